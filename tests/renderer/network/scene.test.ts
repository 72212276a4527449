import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { buildScene, type SceneSettings } from '../../../src/renderer/src/pages/Network/scene';
import type { NetworkSnapshot } from '../../../src/shared/model';

/** The Akmola model as the canvas receives it: a real workspace, read through the API. */
const akmola = () => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'akmola' });
  const [view] = t.api.views.list({});
  if (!view) throw new Error('no view');
  // The blocks the workspace's default view opens: the Figure 13 picture.
  const figure13 = t.api.views.get({ id: view.id }).display.expandedGroupIds;
  return { t, snapshot: t.api.network.load({}), figure13 };
};

const settings = (opened: readonly string[], patch: Partial<SceneSettings> = {}): SceneSettings => ({
  filters: {},
  expandedGroupIds: new Set(opened),
  colourBy: 'sector',
  search: '',
  ...patch,
});

const labels = (snapshot: NetworkSnapshot, s: SceneSettings) =>
  buildScene(snapshot, s, 'kk')
    .nodes.map((n) => n.label)
    .sort();

describe('the network scene of the Akmola model', () => {
  it('draws Figure 13: the council, the single bodies and every block as a counted box', () => {
    const { snapshot, figure13 } = akmola();
    const scene = buildScene(snapshot, settings(figure13), 'kk');
    const groups = scene.nodes.filter((n) => n.kind === 'group');
    expect(groups.map((g) => g.label).sort()).toEqual(
      [
        'А(Қ)ББ – 19',
        'А(Қ)ӘК – 19',
        'Педагогикалық колледждер – 2',
        'ОТМИ – 5',
        'ПМПК – 4',
        'ППТК – 20',
        'ТжКББҰ – 6',
        'МДБҰ – 20',
        'ОББҰ – 24',
        'ЖОО – 2',
      ].sort(),
    );
    expect(groups.reduce((sum, g) => sum + (g.count ?? 0), 0)).toBe(121);
    expect(scene.nodes.filter((n) => n.kind === 'hub')).toHaveLength(1);
    expect(
      scene.nodes
        .filter((n) => n.kind === 'organisation')
        .map((n) => n.label)
        .sort(),
    ).toEqual(['БАИ', 'ББ', 'ООӘК'].sort());
    // Every organisation is linked to the council: one line per box, carrying its links.
    const hub = scene.nodes.find((n) => n.kind === 'hub');
    expect(scene.edges).toHaveLength(13);
    expect(scene.edges.every((e) => e.source === hub?.id || e.target === hub?.id)).toBe(true);
    const pmpk = groups.find((g) => g.label === 'ПМПК – 4');
    expect(scene.edges.find((e) => e.source === pmpk?.id || e.target === pmpk?.id)?.linkIds).toHaveLength(4);
    // The four opened blocks are framed around what they hold.
    expect(scene.frames.map((f) => f.label).sort()).toEqual(
      [
        'Арнайы білім беру ұйымдары',
        'Әдістемелік кабинеттер',
        'Мемлекеттік органдар',
        'Тірек білім беру ұйымдары, РО',
      ].sort(),
    );
  });

  it('opens a block into its organisations and folds it back', () => {
    const { snapshot, figure13 } = akmola();
    const pmpk = snapshot.groups.find((g) => g.shortName === 'ПМПК');
    const opened = new Set([...figure13, pmpk?.id ?? '']);
    const names = labels(snapshot, settings(figure13, { expandedGroupIds: opened }));
    expect(names).toEqual(expect.arrayContaining(['ПМПК №1', 'ПМПК №2', 'ПМПК №3', 'ПМПК №4']));
    expect(names).not.toContain('ПМПК – 4');
    // Folding the top block folds everything inside it into one box of 29.
    const none = labels(snapshot, settings(figure13, { expandedGroupIds: new Set() }));
    expect(none).toContain('Арнайы білім беру ұйымдары – 29');
  });

  it('filters by type and says how many organisations are hidden', () => {
    const { snapshot, figure13 } = akmola();
    const scene = buildScene(snapshot, settings(figure13, { filters: { typeCodes: ['SPED.PMPK'] } }), 'kk');
    expect(scene.nodes.map((n) => n.label).sort()).toEqual(
      ['ПМПК – 4', scene.nodes.find((n) => n.kind === 'hub')?.label].sort(),
    );
    expect(scene.hiddenCount).toBe(120);
  });

  it('finds organisations by Kazakh or Russian text, whatever the case', () => {
    const { snapshot, figure13 } = akmola();
    const opened = new Set(snapshot.groups.map((g) => g.id));
    for (const search of ['пмпк №3', 'ПСИХОЛОГО-МЕДИКО-ПЕДАГОГИЧЕСКАЯ КОНСУЛЬТАЦИЯ №3', 'консультация №3']) {
      const scene = buildScene(snapshot, settings(figure13, { expandedGroupIds: opened, search }), 'kk');
      expect(
        scene.nodes.filter((n) => n.match).map((n) => n.label),
        search,
      ).toEqual(['ПМПК №3']);
    }
  });

  it('focuses on what lies within N links of an organisation', () => {
    const { t, snapshot: before, figure13 } = akmola();
    const opened = new Set(before.groups.map((g) => g.id));
    const byShort = (s: string) => before.organisations.find((o) => o.shortName === s)?.id ?? '';
    t.api.links.create({ sourceId: byShort('ПМПК №1'), targetId: byShort('ОТМИ №2'), kind: 'joint_actions' });
    const snapshot = t.api.network.load({});
    const focus = (steps: number) =>
      labels(
        snapshot,
        settings(figure13, {
          expandedGroupIds: opened,
          filters: { focus: { organisationId: byShort('ОТМИ №2'), steps } },
        }),
      );
    const hubLabel = snapshot.organisations.find((o) => o.isCouncilHub)?.shortName ?? '';
    expect(focus(1)).toEqual(['ОТМИ №2', 'ПМПК №1', hubLabel].sort());
    expect(focus(2)).toHaveLength(125);
  });

  it('fans parallel links between the same two organisations apart, and flags the isolated', () => {
    const { t, snapshot: before, figure13 } = akmola();
    const byShort = (s: string) => before.organisations.find((o) => o.shortName === s)?.id ?? '';
    t.api.links.create({ sourceId: byShort('ББ'), targetId: byShort('БАИ'), kind: 'joint_actions' });
    t.api.links.create({ sourceId: byShort('БАИ'), targetId: byShort('ББ'), kind: 'information_exchange' });
    const lonely = t.api.organisations.create({ nameKk: 'Жаңа ҮЕҰ', typeCode: 'PARENTS', level: 'regional' });
    const snapshot = t.api.network.load({});
    const scene = buildScene(snapshot, settings(figure13), 'kk');
    const pair = scene.edges.filter(
      (e) => [e.source, e.target].sort().join() === [byShort('ББ'), byShort('БАИ')].sort().join(),
    );
    expect(pair).toHaveLength(2);
    // Opposite offsets in one frame of reference, whichever way each link was drawn.
    const signed = pair.map((e) => (e.source === pair[0]?.source ? e.curvature : -e.curvature));
    expect(signed.sort()).toEqual([-0.5, 0.5]);
    expect(scene.nodes.find((n) => n.id === lonely.id)?.isolated).toBe(true);
    expect(scene.nodes.find((n) => n.id === byShort('ББ'))?.isolated).toBe(false);
  });
});
