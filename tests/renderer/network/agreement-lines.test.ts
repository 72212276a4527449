import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import {
  AGREEMENT_KIND,
  buildScene,
  type SceneSettings,
} from '../../../src/renderer/src/pages/Network/scene';
import { legendOf, type LegendTexts } from '../../../src/renderer/src/pages/Network/legend';
import {
  agreementStatusStyles,
  moduleColour,
  NO_MODULE_COLOUR,
} from '../../../src/renderer/src/pages/Network/palette';
import { moduleCatalogue } from '../../../src/shared/reference';

/** The Akmola model with the default view's blocks opened, so single organisations are drawn. */
const akmola = () => {
  const t = openTestWorkspace({});
  t.clock.set('2026-03-01T09:00:00.000Z');
  t.api.workspace.initialise({ template: 'akmola' });
  const [view] = t.api.views.list({});
  if (!view) throw new Error('no view');
  const opened = t.api.views.get({ id: view.id }).display.expandedGroupIds;
  const settings = (patch: Partial<SceneSettings> = {}): SceneSettings => ({
    filters: {},
    expandedGroupIds: new Set(opened),
    colourBy: 'sector',
    search: '',
    ...patch,
  });
  return { t, settings };
};

const texts: LegendTexts = {
  nodesTitle: 'nodes',
  edgesTitle: 'lines',
  mixed: 'mixed',
  sectorName: (c) => c,
  typeLabel: (c) => c,
  kindName: (c) => c,
  moduleLabel: (id) => (id ? `module ${moduleCatalogue.find((m) => m.id === id)?.number}` : 'none'),
  agreementStatus: (s) => `agreement: ${s}`,
};

describe('agreements on the network', () => {
  it('joins every pair of a three-party agreement, coloured by its status, and follows the clock', () => {
    const { t, settings } = akmola();
    const drawn = buildScene(t.api.network.load({}), settings(), 'kk');
    // Three organisations drawn as themselves (not folded into a block box).
    const [a, b, c] = drawn.nodes.filter((n) => n.kind === 'organisation').map((n) => n.id);
    if (!a || !b || !c) throw new Error('the default view shows fewer than three organisations');
    const created = t.api.agreements.create({
      number: '7',
      title: 'Ерте көмек туралы ынтымақтастық келісімі',
      kind: 'cooperation',
      signedOn: '2026-01-15',
      validFrom: '2026-01-15',
      validTo: '2026-12-31',
      noticeDays: 30,
      parties: [{ organisationId: a }, { organisationId: b }, { organisationId: c }],
    });

    const scene = buildScene(t.api.network.load({}), settings(), 'kk');
    const lines = scene.edges.filter((e) => e.kind === AGREEMENT_KIND);
    const pairs = lines.map((e) => [e.source, e.target].sort().join('|')).sort();
    expect(pairs).toEqual(
      [
        [a, b],
        [a, c],
        [b, c],
      ]
        .map((p) => p.sort().join('|'))
        .sort(),
    );
    expect(lines.every((e) => e.agreement?.id === created.id && e.agreement.status === 'active')).toBe(true);
    expect(legendOf(scene, 'sector', texts).at(-1)?.items).toContainEqual(
      expect.objectContaining({ label: 'agreement: active', stroke: agreementStatusStyles.active.stroke }),
    );

    // Into the notice period: the same lines now say "expiring".
    t.clock.set('2026-12-10T09:00:00.000Z');
    const later = buildScene(t.api.network.load({}), settings(), 'kk');
    expect(later.edges.filter((e) => e.kind === AGREEMENT_KIND).map((e) => e.agreement?.status)).toEqual([
      'expiring',
      'expiring',
      'expiring',
    ]);

    // The link-kind filter can leave the agreement lines alone on the picture.
    const only = buildScene(
      t.api.network.load({}),
      settings({ filters: { linkKinds: [AGREEMENT_KIND] } }),
      'kk',
    );
    expect(only.edges.map((e) => e.kind)).toEqual([AGREEMENT_KIND, AGREEMENT_KIND, AGREEMENT_KIND]);
  });

  it('gives no second line where a recorded link already names the agreement, and colours that link', () => {
    const { t, settings } = akmola();
    const scene0 = buildScene(t.api.network.load({}), settings(), 'kk');
    const [a, b] = scene0.nodes.filter((n) => n.kind === 'organisation').map((n) => n.id);
    if (!a || !b) throw new Error('too few organisations');
    const agreement = t.api.agreements.create({
      title: 'Ақпарат алмасу туралы меморандум',
      kind: 'memorandum',
      parties: [{ organisationId: a }, { organisationId: b }],
    });
    const link = t.api.links.create({
      sourceId: a,
      targetId: b,
      kind: 'information_exchange',
      agreementId: agreement.id,
    });

    const scene = buildScene(t.api.network.load({}), settings(), 'kk');
    const between = scene.edges.filter((e) => [e.source, e.target].sort().join() === [a, b].sort().join());
    expect(between.map((e) => e.id)).toEqual([link.id]);
    // Not signed yet: a draft.
    expect(between[0]?.agreement?.status).toBe('draft');
  });

  it('colours organisations by their module, grey when they are in none', () => {
    const { t, settings } = akmola();
    const scene0 = buildScene(t.api.network.load({}), settings(), 'kk');
    const [a] = scene0.nodes.filter((n) => n.kind === 'organisation');
    const module9 = moduleCatalogue.find((m) => m.number === 9);
    if (!a || !module9) throw new Error('fixture');
    t.api.modules.assign({ moduleId: module9.id, organisationId: a.id, role: 'lead', tasks: '' });

    const scene = buildScene(t.api.network.load({}), settings({ colourBy: 'module' }), 'kk');
    const node = scene.nodes.find((n) => n.id === a.id);
    expect(node?.colour).toBe(moduleColour(module9.id));
    const others = scene.nodes.filter((n) => n.kind === 'organisation' && n.id !== a.id);
    expect(others.every((n) => n.colour === NO_MODULE_COLOUR)).toBe(true);
    const legend = legendOf(scene, 'module', texts)[0]
      ?.items.map((i) => i.label)
      .sort();
    expect(legend).toEqual(['module 9', 'none']);
  });
});
