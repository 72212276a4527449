import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { organisationInput } from '../../helpers/fixtures';

describe('groups (the blocks of the scheme)', () => {
  it('lists blocks depth-first by position, each counting the active organisations of its sub-blocks', () => {
    const t = openTestWorkspace();
    const support = t.api.groups.create({ nameKk: 'Тірек білім беру ұйымдары', position: 2 });
    const special = t.api.groups.create({ nameKk: 'Арнайы білім беру ұйымдары', position: 1 });
    const pptk = t.api.groups.create({ nameKk: 'ППТК', parentId: special.id, position: 2 });
    const pmpk = t.api.groups.create({ nameKk: 'ПМПК', parentId: special.id, position: 1 });
    const add = (groupId: string, n: number) =>
      t.api.organisations.createMany({
        items: Array.from({ length: n }, (_, i) =>
          organisationInput({ nameKk: `Ұйым ${groupId.slice(0, 4)} ${i}`, groupId }),
        ),
      }).ids;
    add(pmpk.id, 4);
    const pptkIds = add(pptk.id, 3);
    add(special.id, 1);
    t.api.organisations.archive({ id: pptkIds[0] as string });

    const list = t.api.groups.list({});
    expect(list.map((g) => [g.nameKk, g.organisationCount])).toEqual([
      ['Арнайы білім беру ұйымдары', 1 + 4 + 2],
      ['ПМПК', 4],
      ['ППТК', 2],
      ['Тірек білім беру ұйымдары', 0],
    ]);
    expect(list.find((g) => g.id === support.id)?.parentId).toBeNull();
  });

  it('never lets a block sit inside its own sub-block', () => {
    const t = openTestWorkspace();
    const a = t.api.groups.create({ nameKk: 'A' });
    const b = t.api.groups.create({ nameKk: 'B', parentId: a.id });
    const c = t.api.groups.create({ nameKk: 'C', parentId: b.id });
    for (const parentId of [c.id, b.id, a.id]) {
      expect(t.fail('groups:update', { id: a.id, patch: { parentId } }), parentId).toMatchObject({
        code: 'conflict',
        messageKey: 'conflict.groupCycle',
      });
    }
    expect(t.api.groups.update({ id: c.id, patch: { parentId: null } }).parentId).toBeNull();
    expect(t.api.groups.update({ id: a.id, patch: { parentId: c.id } }).parentId).toBe(c.id);
  });

  it('archiving a block keeps its organisations in the registry and hides the block', () => {
    const t = openTestWorkspace();
    const g = t.api.groups.create({ nameKk: 'ҮЕҰ' });
    const org = t.api.organisations.create(organisationInput({ typeCode: 'NGO', groupId: g.id }));
    t.api.groups.archive({ id: g.id });
    expect(t.api.groups.list({})).toEqual([]);
    expect(t.api.groups.list({ archived: 'archived' }).map((x) => x.id)).toEqual([g.id]);
    expect(t.api.groups.list({ archived: 'all' })).toHaveLength(1);
    expect(t.api.network.load({}).groups).toEqual([]);
    expect(t.api.organisations.list({}).items.map((o) => o.id)).toEqual([org.id]);
    expect(t.fail('groups:update', { id: g.id, patch: { nameKk: 'Жаңа' } }).messageKey).toBe(
      'conflict.archived',
    );
    expect(t.fail('groups:archive', { id: g.id }).messageKey).toBe('conflict.archived');
    expect(t.fail('groups:create', { nameKk: 'Ішкі', parentId: g.id }).messageKey).toBe(
      'conflict.archivedReference',
    );
    t.api.groups.restore({ id: g.id });
    expect(t.api.groups.list({}).map((x) => [x.nameKk, x.organisationCount])).toEqual([['ҮЕҰ', 1]]);
  });

  it('will not archive a block while it has active sub-blocks', () => {
    const t = openTestWorkspace();
    const parent = t.api.groups.create({ nameKk: 'Арнайы білім беру ұйымдары' });
    const child = t.api.groups.create({ nameKk: 'ПМПК', parentId: parent.id });
    expect(t.fail('groups:archive', { id: parent.id }).messageKey).toBe('conflict.groupHasSubgroups');
    expect(t.api.groups.list({}).map((g) => g.id)).toEqual([parent.id, child.id]);
    t.api.groups.archive({ id: child.id });
    t.api.groups.archive({ id: parent.id });
    expect(t.api.groups.list({})).toHaveLength(0);
  });

  it('will not restore a sub-block while its block is archived', () => {
    const t = openTestWorkspace();
    const parent = t.api.groups.create({ nameKk: 'Арнайы' });
    const child = t.api.groups.create({ nameKk: 'ПМПК', parentId: parent.id });
    t.api.groups.archive({ id: child.id });
    t.api.groups.archive({ id: parent.id });
    expect(t.fail('groups:restore', { id: child.id }).messageKey).toBe('conflict.archivedReference');
    t.api.groups.restore({ id: parent.id });
    expect(t.api.groups.restore({ id: child.id }).archivedAt).toBeNull();
  });

  it('validates names and positions', () => {
    const t = openTestWorkspace();
    expect(t.fail('groups:create', { nameKk: '' }).fields?.[0]).toMatchObject({
      path: 'nameKk',
      messageKey: 'validation.required',
    });
    expect(t.fail('groups:create', { nameKk: 'A', position: -1 }).fields?.[0]).toMatchObject({
      path: 'position',
      messageKey: 'validation.min',
    });
    expect(t.fail('groups:create', { nameKk: 'A', shortName: 'Қ'.repeat(101) }).fields?.[0]).toMatchObject({
      path: 'shortName',
      messageKey: 'validation.tooLong',
      params: { max: 100 },
    });
    expect(t.count('organisation_groups')).toBe(0);
  });
});
