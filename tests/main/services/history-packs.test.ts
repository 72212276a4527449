import { describe, expect, it } from 'vitest';
import { openTestWorkspace, tempDir, trackedOpen, type TestWorkspace } from '../../helpers/workspace';
import { migrationsUpTo } from '../../helpers/migrations';
import { organisationInput } from '../../helpers/fixtures';
import { PACK_FROM, recordChanges, type Change } from '../../../src/main/services/history';

/**
 * A bulk change (a createMany, a template, an import) is packed into few history rows;
 * everything that reads the history must still see one entry per record, in order.
 */

const withCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

const schools = (n: number) =>
  Array.from({ length: n }, (_, i) => organisationInput({ nameKk: `№${i + 1} мектеп «Ақбота»` }));

/** The organisations besides the council itself, which every workspace has. */
const activeOrganisations = (t: TestWorkspace): number =>
  t.workspace.sqlite
    .prepare('SELECT count(*) FROM organisations WHERE archived_at IS NULL AND is_council_hub = 0')
    .pluck()
    .get() as number;

describe('a bulk change in the history', () => {
  it('shows one entry per record, each with the record as it was created', () => {
    const t = withCouncil();
    const rowsBefore = t.count('change_history');
    const createdBefore = t.api.history.list({ entity: 'organisation', actions: ['create'] }).total;
    const { ids } = t.api.organisations.createMany({ items: schools(250) });

    // Stored as one row: that is what keeps a bulk insert within reach of a raw one.
    expect(t.count('change_history')).toBe(rowsBefore + 1);
    const page = t.api.history.list({ entity: 'organisation', actions: ['create'], pageSize: 100, page: 3 });
    expect(page.total).toBe(createdBefore + 250);
    // Newest first: the third page of 100 holds the first fifty created, the first one last,
    // then what came before them.
    expect(page.items.slice(0, 50).map((e) => e.entityId)).toEqual(ids.slice(0, 50).reverse());
    const first = page.items[49];
    const stored = t.workspace.sqlite.prepare('SELECT * FROM organisations WHERE id = ?').get(ids[0]) as {
      name_kk: string;
      created_at: string;
    };
    expect(first).toMatchObject({ action: 'create', before: null, entity: 'organisation' });
    expect(first?.after).toMatchObject({ id: ids[0], nameKk: stored.name_kk, createdAt: stored.created_at });
    expect(new Set(page.items.map((e) => e.id)).size).toBe(page.items.length);
  });

  it('finds a bulk-created organisation’s own story by its id, with its links', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({ items: schools(120) });
    const [a, b] = ids as [string, string];
    t.api.links.createMany({
      items: ids.slice(1).map((id) => ({ sourceId: a, targetId: id, kind: 'external' as const })),
    });
    t.api.organisations.update({ id: b, patch: { district: 'Зеренді ауданы' } });

    const own = t.api.history.list({ entity: 'organisation', entityId: b });
    expect(own.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(own.items[1]?.after).toMatchObject({ id: b, nameKk: '№2 мектеп «Ақбота»', district: '' });
    const story = t.api.history.list({
      entity: 'organisation',
      entityId: a,
      includeRelated: true,
      pageSize: 200,
    });
    expect(story.total).toBe(1 + 119);
    expect(story.items.filter((e) => e.entity === 'link')).toHaveLength(119);
  });

  it('is undone and redone as one, every record with it', () => {
    const t = withCouncil();
    t.api.organisations.create(organisationInput({ nameKk: 'ПМПК №1', typeCode: 'SPED.PMPK' }));
    t.api.organisations.createMany({ items: schools(300) });
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'organisation',
      action: 'create',
      count: 300,
    });

    t.api.history.undo({});
    expect(activeOrganisations(t)).toBe(1);
    expect(t.api.history.undoState({}).undo).toMatchObject({ count: 1, label: 'ПМПК №1' });
    t.api.history.redo({});
    expect(activeOrganisations(t)).toBe(301);
    expect(t.api.history.list({ entity: 'organisation', pageSize: 1 }).total).toBe(1 + 1 + 300 + 300 + 300);
  });

  it('keeps the order of a batch whose runs are packed and not', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({ items: schools(PACK_FROM + 1) });
    const [hub, other] = ids as [string, string];
    const snapshot = (entityId: string, n: number) => ({ id: entityId, n });
    const changes: Change[] = [
      ...ids.map((id, n): Change => ({
        entity: 'organisation',
        entityId: id,
        action: 'update',
        before: snapshot(id, n),
        after: snapshot(id, n + 1),
      })),
      { entity: 'link', entityId: hub, action: 'create', before: null, after: snapshot(hub, 0) },
      ...ids.slice(0, PACK_FROM - 1).map((id, n): Change => ({
        entity: 'person',
        entityId: id,
        action: 'create',
        before: null,
        after: snapshot(id, n),
      })),
      {
        entity: 'organisation',
        entityId: other,
        action: 'archive',
        before: snapshot(other, 1),
        after: snapshot(other, 2),
      },
    ];
    const batchId = t.ctx.transaction(() => recordChanges(t.ctx, changes));
    const entries = t.workspace.sqlite
      .prepare(
        'SELECT entity, entity_id AS entityId, action, before, after FROM change_history_entries WHERE batch_id = ? ORDER BY seq',
      )
      .all(batchId);
    expect(entries).toEqual(
      changes.map((c) => ({
        entity: c.entity,
        entityId: c.entityId,
        action: c.action,
        before: c.before === null ? null : JSON.stringify(c.before),
        after: c.after === null ? null : JSON.stringify(c.after),
      })),
    );
    // One packed row for the long run, one row each for the short ones.
    expect(
      t.workspace.sqlite
        .prepare('SELECT count(*) FROM change_history WHERE batch_id = ?')
        .pluck()
        .get(batchId),
    ).toBe(1 + 1 + (PACK_FROM - 1) + 1);
  });

  it('gives back each snapshot byte for byte: numbers, escapes and Kazakh text', () => {
    const t = withCouncil();
    const awkward = {
      x: 0.1 + 0.2,
      y: -1234567.8901234567,
      tiny: 1e-7,
      big: 2 ** 70,
      text: 'Ә Ғ Қ Ң Ө Ұ Ү Һ І "тырнақша" \\ \n \u2028 \u0000',
      nested: { list: [1, 'екі', null, true] },
    };
    const changes: Change[] = Array.from({ length: PACK_FROM }, (_, i) => ({
      entity: 'network_view',
      entityId: `view-${i}`,
      action: 'update',
      before: { ...awkward, i },
      after: { ...awkward, i: -i },
    }));
    const batchId = t.ctx.transaction(() => recordChanges(t.ctx, changes));
    const read = t.workspace.sqlite
      .prepare('SELECT before, after FROM change_history_entries WHERE batch_id = ? ORDER BY seq')
      .all(batchId);
    expect(read).toEqual(
      changes.map((c) => ({ before: JSON.stringify(c.before), after: JSON.stringify(c.after) })),
    );
  });

  it('reads a history written before packs existed, in its order, after the migration', () => {
    const dir = tempDir();
    const older = trackedOpen({ dataDir: dir, migrationsDir: migrationsUpTo(7) });
    const insert = older.sqlite.prepare(
      `INSERT INTO change_history (id, batch_id, entity, entity_id, action, before, after, at, by)
       VALUES (?, 'b1', 'organisation', ?, ?, ?, ?, '2025-01-01T00:00:00.000Z', 'Сәрсенова Ә.')`,
    );
    const id = '00000000-0000-4000-8000-000000000001';
    insert.run('00000000-0000-4000-8000-0000000000a1', id, 'create', null, '{"nameKk":"Ескі"}');
    insert.run(
      '00000000-0000-4000-8000-0000000000a2',
      id,
      'update',
      '{"nameKk":"Ескі"}',
      '{"nameKk":"Жаңа"}',
    );
    older.close();

    const t = openTestWorkspace({ dir });
    const story = t.api.history.list({ entityId: id });
    expect(story.items.map((e) => [e.action, e.after?.nameKk, e.by])).toEqual([
      ['update', 'Жаңа', 'Сәрсенова Ә.'],
      ['create', 'Ескі', 'Сәрсенова Ә.'],
    ]);
    expect(story.items[0]?.changedFields).toEqual(['nameKk']);
  });
});
