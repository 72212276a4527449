import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';

const threeOrganisations = (t: TestWorkspace) => {
  const [a, b, c] = t.api.organisations.createMany({
    items: ['Алтын', 'Бәйтерек', 'Шұғыла'].map((nameKk) => organisationInput({ nameKk })),
  }).ids as [string, string, string];
  return { a, b, c };
};

describe('links between organisations', () => {
  it('creates a link with the guide’s classification and shows both ends by name', () => {
    const t = openTestWorkspace();
    const { a, b } = threeOrganisations(t);
    const link = t.api.links.create({
      sourceId: a,
      targetId: b,
      kind: 'joint_actions',
      direction: 'horizontal',
      contact: 'formal',
      systematicity: 'systematic',
      term: 'long',
      participation: 'active',
      object: 'intersectoral',
      label: 'Бірлескен іс-шаралар',
    });
    const [listed] = t.api.links.list({ organisationId: b }).items;
    expect(listed).toMatchObject({
      id: link.id,
      direction: 'horizontal',
      source: { id: a, nameKk: 'Алтын' },
      target: { id: b, nameKk: 'Бәйтерек' },
    });
    const counts = Object.fromEntries(t.api.organisations.list({}).items.map((o) => [o.nameKk, o.linkCount]));
    expect(counts).toEqual({ Алтын: 1, Бәйтерек: 1, Шұғыла: 0 });
    expect(
      t.fail('links:create', { sourceId: a, targetId: b, kind: 'joint_actions', direction: 'up' })
        .fields?.[0],
    ).toMatchObject({
      path: 'direction',
      messageKey: 'validation.choice',
    });
  });

  it('refuses to turn a link into a self-link or point it at an archived or unknown organisation', () => {
    const t = openTestWorkspace();
    const { a, b, c } = threeOrganisations(t);
    const link = t.api.links.create({ sourceId: a, targetId: b, kind: 'external' });
    expect(t.fail('links:update', { id: link.id, patch: { targetId: a } }).messageKey).toBe(
      'conflict.selfLink',
    );
    t.api.organisations.archive({ id: c });
    expect(t.fail('links:update', { id: link.id, patch: { targetId: c } }).messageKey).toBe(
      'conflict.archivedReference',
    );
    expect(t.fail('links:update', { id: link.id, patch: { targetId: MISSING_ID } }).code).toBe('not_found');
    expect(t.fail('links:create', { sourceId: MISSING_ID, targetId: a, kind: 'external' }).code).toBe(
      'not_found',
    );
    expect(t.api.links.list({}).items[0]).toMatchObject({ sourceId: a, targetId: b });
  });

  it('hides a link from the network while one of its ends is archived, and cannot restore it then', () => {
    const t = openTestWorkspace();
    const { a, b } = threeOrganisations(t);
    const link = t.api.links.create({ sourceId: a, targetId: b, kind: 'external' });
    t.api.organisations.archive({ id: b });
    expect(t.api.network.load({}).links).toEqual([]);
    t.api.links.archive({ id: link.id });
    expect(t.fail('links:restore', { id: link.id }).messageKey).toBe('conflict.archivedReference');
    t.api.organisations.restore({ id: b });
    t.api.links.restore({ id: link.id });
    expect(t.api.network.load({}).links.map((l) => l.id)).toEqual([link.id]);
    expect(t.fail('links:restore', { id: link.id }).messageKey).toBe('conflict.notArchived');
  });

  it('lists active, archived or all links, newest change first, in pages', () => {
    const t = openTestWorkspace();
    const { a, b, c } = threeOrganisations(t);
    const ab = t.api.links.create({ sourceId: a, targetId: b, kind: 'external' });
    t.clock.advance(1000);
    const bc = t.api.links.create({ sourceId: b, targetId: c, kind: 'external' });
    t.clock.advance(1000);
    const ca = t.api.links.create({ sourceId: c, targetId: a, kind: 'external' });
    t.clock.advance(1000);
    t.api.links.archive({ id: bc.id });
    expect(t.api.links.list({}).items.map((l) => l.id)).toEqual([ca.id, ab.id]);
    expect(t.api.links.list({ archived: 'archived' }).items.map((l) => l.id)).toEqual([bc.id]);
    expect(t.api.links.list({ archived: 'all', page: 2, pageSize: 2 })).toMatchObject({
      total: 3,
      items: [{ id: ab.id }],
    });
    expect(t.api.links.list({ organisationId: a }).total).toBe(2);
  });

  it('createMany writes every link or none', () => {
    const t = openTestWorkspace();
    const { a, b, c } = threeOrganisations(t);
    const history = t.count('change_history');
    const items = [
      { sourceId: a, targetId: b, kind: 'external' },
      { sourceId: b, targetId: b, kind: 'external' },
      { sourceId: c, targetId: a, kind: 'external' },
    ];
    expect(t.fail('links:createMany', { items }).messageKey).toBe('conflict.selfLink');
    t.api.organisations.archive({ id: c });
    const afterArchive = t.count('change_history');
    expect(afterArchive).toBe(history + 1);
    items[1] = { sourceId: b, targetId: a, kind: 'external' };
    expect(t.fail('links:createMany', { items }).messageKey).toBe('conflict.archivedReference');
    expect(t.count('organisation_links')).toBe(0);
    expect(t.count('change_history')).toBe(afterArchive);
    t.api.organisations.restore({ id: c });
    expect(t.api.links.createMany({ items }).ids).toHaveLength(3);
    expect(t.count('organisation_links')).toBe(3);
  });
});
