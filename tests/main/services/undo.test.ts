import { describe, expect, it } from 'vitest';
import {
  fixedClock,
  openTestWorkspace,
  tempDir,
  trackedOpen,
  type TestWorkspace,
} from '../../helpers/workspace';
import { migrationsUpTo } from '../../helpers/migrations';
import { organisationInput } from '../../helpers/fixtures';

const withCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

const pmpk = (nameKk = 'ПМПК №1') => organisationInput({ nameKk, typeCode: 'SPED.PMPK' });

/** The organisation's row as SQLite holds it, or undefined. */
const organisationRow = (t: TestWorkspace, id: string): unknown =>
  t.workspace.sqlite.prepare('SELECT * FROM organisations WHERE id = ?').get(id);

const historyRows = (t: TestWorkspace): unknown[] =>
  t.workspace.sqlite.prepare('SELECT * FROM change_history ORDER BY rowid').all();

describe('undo and redo', () => {
  it('undoes a create by deleting the row, and redo puts back the very same row', () => {
    const t = withCouncil();
    t.api.settings.update({ patch: { userName: 'Сәрсенова Ә.' } });
    const org = t.api.organisations.create(pmpk());
    const row = organisationRow(t, org.id);
    const state = t.api.history.undoState({});
    expect(state.redo).toBeNull();
    expect(state.undo).toMatchObject({
      entity: 'organisation',
      action: 'create',
      count: 1,
      label: 'ПМПК №1',
      by: 'Сәрсенова Ә.',
      at: '2025-03-10T09:00:00.000Z',
    });

    t.clock.advance(1000);
    const undone = t.api.history.undo({});
    expect(undone).toMatchObject({ entity: 'organisation', action: 'create', label: 'ПМПК №1' });
    expect(organisationRow(t, org.id)).toBeUndefined();
    expect(t.fail('organisations:get', { id: org.id }).code).toBe('not_found');
    // The undo is history too: the record's story shows it was deleted by an undo.
    const story = t.api.history.list({ entity: 'organisation', entityId: org.id }).items;
    expect(story.map((h) => [h.action, h.kind])).toEqual([
      ['delete', 'undo'],
      ['create', 'edit'],
    ]);
    expect(story[0]?.revertsBatchId).toBe(undone.batchId);
    expect(t.api.history.undoState({})).toEqual({ undo: null, redo: undone });

    t.clock.advance(1000);
    const redone = t.api.history.redo({});
    expect(redone).toMatchObject({ entity: 'organisation', action: 'create', label: 'ПМПК №1' });
    expect(organisationRow(t, org.id)).toEqual(row);
    expect(t.api.history.undoState({})).toEqual({ undo: redone, redo: null });
  });

  it('undoes an update, timestamps included, and redoes it', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(pmpk());
    const original = organisationRow(t, org.id);
    t.clock.advance(60_000);
    t.api.organisations.update({ id: org.id, patch: { nameKk: 'ПМПК №2', district: 'Зеренді ауданы' } });
    const edited = organisationRow(t, org.id);

    expect(t.api.history.undo({})).toMatchObject({ action: 'update', label: 'ПМПК №2' });
    expect(organisationRow(t, org.id)).toEqual(original);
    t.api.history.redo({});
    expect(organisationRow(t, org.id)).toEqual(edited);
  });

  it('undoes an archive: the organisation is back in the network', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(pmpk());
    t.api.organisations.archive({ id: org.id });
    expect(t.api.network.load({}).organisations.map((o) => o.id)).not.toContain(org.id);

    expect(t.api.history.undoState({}).undo).toMatchObject({ action: 'archive' });
    t.api.history.undo({});
    expect(t.api.organisations.get({ id: org.id }).organisation.archivedAt).toBeNull();
    expect(t.api.network.load({}).organisations.map((o) => o.id)).toContain(org.id);
    const [last] = t.api.history.list({ entity: 'organisation', entityId: org.id }).items;
    expect(last).toMatchObject({ action: 'restore', kind: 'undo' });
  });

  it('undoes a many-row batch as one step', () => {
    const t = withCouncil();
    const before = t.count('organisations');
    const { ids } = t.api.organisations.createMany({
      items: ['ПМПК №1', 'ПМПК №2', 'ПМПК №3'].map((n) => pmpk(n)),
    });
    expect(t.api.history.undoState({}).undo).toMatchObject({ count: 3, label: 'ПМПК №1' });
    t.api.history.undo({});
    expect(t.count('organisations')).toBe(before);
    t.api.history.redo({});
    expect(t.count('organisations')).toBe(before + 3);
    expect(
      t.api.organisations
        .list({})
        .items.map((o) => o.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('undoes a batch spanning people and the council profile, in reverse order', () => {
    const t = withCouncil();
    const first = t.api.people.create({ fullName: 'Ахметов Асқар', councilRole: 'chair' });
    // One action: the new chair is created, the old one demoted, the profile renamed.
    const second = t.api.people.create({ fullName: 'Бекова Бибігүл', councilRole: 'chair' });
    expect(t.api.people.get({ id: first.id }).councilRole).toBe('member');
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'person',
      action: 'create',
      label: 'Бекова Бибігүл',
      count: 3,
    });

    t.api.history.undo({});
    expect(t.fail('people:get', { id: second.id }).code).toBe('not_found');
    expect(t.api.people.get({ id: first.id }).councilRole).toBe('chair');
    expect(t.api.council.get({})?.chairPersonId).toBe(first.id);

    t.api.history.redo({});
    expect(t.api.people.get({ id: second.id }).councilRole).toBe('chair');
    expect(t.api.people.get({ id: first.id }).councilRole).toBe('member');
    expect(t.api.council.get({})?.chairPersonId).toBe(second.id);
  });

  it('names a link by both of its ends', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({ items: [pmpk('ПМПК №1'), pmpk('ПМПК №2')] });
    t.api.links.create({ sourceId: ids[0] as string, targetId: ids[1] as string, kind: 'external' });
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'link',
      label: 'ПМПК №1 — ПМПК №2',
    });
  });

  it('works as two stacks: undo walks back, redo forward, in order', () => {
    const t = withCouncil();
    const a = t.api.organisations.create(pmpk('Алтын'));
    const b = t.api.organisations.create(pmpk('Бәйтерек'));
    expect(t.api.history.undo({}).label).toBe('Бәйтерек');
    expect(t.api.history.undo({}).label).toBe('Алтын');
    expect(t.api.history.undoState({})).toMatchObject({ undo: null, redo: { label: 'Алтын' } });
    expect(t.api.history.redo({}).label).toBe('Алтын');
    expect(organisationRow(t, a.id)).toBeDefined();
    expect(organisationRow(t, b.id)).toBeUndefined();
    expect(t.api.history.undoState({})).toMatchObject({
      undo: { label: 'Алтын' },
      redo: { label: 'Бәйтерек' },
    });
    // Undoing a redo, and redoing that again, keeps working.
    expect(t.api.history.undo({}).label).toBe('Алтын');
    expect(organisationRow(t, a.id)).toBeUndefined();
    expect(t.api.history.redo({}).label).toBe('Алтын');
    expect(t.api.history.redo({}).label).toBe('Бәйтерек');
    expect(organisationRow(t, b.id)).toBeDefined();
    expect(t.api.history.undoState({}).redo).toBeNull();
  });

  it('empties the redo stack on any new edit', () => {
    const t = withCouncil();
    t.api.organisations.create(pmpk('Алтын'));
    t.api.history.undo({});
    expect(t.api.history.undoState({}).redo).not.toBeNull();
    t.api.groups.create({ nameKk: 'Топ' });
    expect(t.api.history.undoState({})).toMatchObject({ undo: { entity: 'group' }, redo: null });
    const error = t.fail('history:redo');
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.nothingToRedo' });
    expect(error.message).toBe('Бұл өзгерісті сақтау мүмкін емес: қайталайтын ештеңе жоқ');
  });

  it('never undoes the workspace’s initialisation', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'akmola' });
    expect(t.api.history.undoState({})).toEqual({ undo: null, redo: null });
    t.api.settings.update({ patch: { language: 'ru' } });
    const error = t.fail('history:undo');
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.nothingToUndo' });
    expect(error.message).toBe('Это изменение нельзя сохранить: нечего отменять');

    const org = t.api.organisations.create(pmpk());
    t.api.history.undo({});
    expect(organisationRow(t, org.id)).toBeUndefined();
    expect(t.fail('history:undo').messageKey).toBe('conflict.nothingToUndo');
    expect(t.count('organisations')).toBe(125);
  });

  it('refuses when the record changed outside the history, and writes nothing', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({
      items: ['ПМПК №1', 'ПМПК №2', 'ПМПК №3'].map((n) => pmpk(n)),
    });
    // The first record is reverted last: the two before it must be put back as well.
    t.workspace.sqlite.prepare("UPDATE organisations SET notes = 'қолмен' WHERE id = ?").run(ids[0]);
    const rows = historyRows(t);
    const count = t.count('organisations');

    const error = t.fail('history:undo');
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.undoOutdated' });
    expect(t.count('organisations')).toBe(count);
    expect(historyRows(t)).toEqual(rows);
    expect(t.internalErrors).toEqual([]);
  });

  it('refuses to undo a create that something written since still refers to', () => {
    const t = withCouncil();
    const hub = t.api.council.get({})?.hubOrganisationId as string;
    const org = t.api.organisations.create(pmpk());
    // A link that bypassed the history: deleting the organisation would break it.
    t.workspace.sqlite
      .prepare(
        `INSERT INTO organisation_links (id, source_id, target_id, kind, created_at, updated_at)
         VALUES ('6b1f5c7e-0000-4000-8000-000000000001', ?, ?, 'external', 'x', 'x')`,
      )
      .run(hub, org.id);
    expect(t.fail('history:undo')).toMatchObject({ code: 'conflict', messageKey: 'conflict.undoOutdated' });
    expect(organisationRow(t, org.id)).toBeDefined();
    expect(t.internalErrors).toEqual([]);
  });

  it('refuses a redo whose record changed since the undo', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(pmpk());
    t.api.organisations.update({ id: org.id, patch: { nameKk: 'ПМПК №2' } });
    t.api.history.undo({});
    t.workspace.sqlite.prepare("UPDATE organisations SET name_kk = 'Басқа' WHERE id = ?").run(org.id);
    expect(t.fail('history:redo').messageKey).toBe('conflict.redoOutdated');
    expect(t.api.organisations.get({ id: org.id }).organisation.nameKk).toBe('Басқа');
  });

  it('survives closing and reopening the workspace', () => {
    const t = withCouncil();
    const a = t.api.organisations.create(pmpk('Алтын'));
    t.api.organisations.create(pmpk('Бәйтерек'));
    t.api.history.undo({});
    t.workspace.close();

    const again = openTestWorkspace({ dir: t.dir, clock: t.clock });
    expect(again.api.history.undoState({})).toMatchObject({
      undo: { label: 'Алтын' },
      redo: { label: 'Бәйтерек' },
    });
    again.api.history.undo({});
    expect(again.fail('organisations:get', { id: a.id }).code).toBe('not_found');
    again.api.history.redo({});
    again.api.history.redo({});
    expect(again.api.organisations.list({}).items.map((o) => o.nameKk)).toEqual(['Алтын', 'Бәйтерек']);
  });

  it('undoes a council profile edit together with the officer roles it changed', () => {
    const t = withCouncil();
    const chair = t.api.people.create({ fullName: 'Ахметов Асқар', councilRole: 'chair' });
    const next = t.api.people.create({ fullName: 'Бекова Бибігүл' });
    t.api.council.update({ patch: { chairPersonId: next.id, region: 'Ақмола облысы' } });
    expect(t.api.history.undoState({}).undo).toMatchObject({ entity: 'council', action: 'update' });
    t.api.history.undo({});
    expect(t.api.council.get({})).toMatchObject({ chairPersonId: chair.id, region: '' });
    expect(t.api.people.get({ id: chair.id }).councilRole).toBe('chair');
    expect(t.api.people.get({ id: next.id }).councilRole).toBeNull();
  });

  it('undoes history written before undo existed, once the workspace is migrated', () => {
    const dir = tempDir();
    const clock = fixedClock();
    const old = trackedOpen({ dataDir: dir, clock, migrationsDir: migrationsUpTo(1) });
    // An initialised workspace and one edit, as the first Kenes wrote them.
    const insert = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
    const hub = '10000000-0000-4000-8000-000000000001';
    const org = '10000000-0000-4000-8000-000000000002';
    const orgRow = (id: string, name: string) =>
      insert(
        `INSERT INTO organisations (id, name_kk, type_code, sector, level, created_at, updated_at)
         VALUES (?, ?, 'EDU.SCHOOL', 'EDU', 'organisation', 'x', 'x')`,
        id,
        name,
      );
    const history = (batch: string, entity: string, id: string, after: object) =>
      insert(
        `INSERT INTO change_history (id, batch_id, entity, entity_id, action, before, after, at, by)
         VALUES (?, ?, ?, ?, 'create', NULL, ?, 'x', '')`,
        `${batch}-${id}`,
        batch,
        entity,
        id,
        JSON.stringify(after),
      );
    orgRow(hub, 'Кеңес');
    insert(
      `INSERT INTO council_profile (id, name_kk, template, hub_organisation_id, created_at, updated_at)
       VALUES ('council', 'Кеңес', 'empty', ?, 'x', 'x')`,
      hub,
    );
    history('init', 'organisation', hub, { id: hub });
    history('init', 'council', 'council', { id: 'council' });
    orgRow(org, 'Алтын');
    const snapshot = old.sqlite.prepare('SELECT * FROM organisations WHERE id = ?').get(org) as Record<
      string,
      unknown
    >;
    history('edit', 'organisation', org, {
      id: org,
      nameKk: 'Алтын',
      typeCode: 'EDU.SCHOOL',
      sector: 'EDU',
      level: 'organisation',
      isCouncilHub: false,
      createdAt: snapshot.created_at,
      updatedAt: snapshot.updated_at,
    });
    old.close();

    const t = openTestWorkspace({ dir, clock });
    expect(t.api.history.undoState({}).undo).toMatchObject({ label: 'Алтын', action: 'create' });
    t.api.history.undo({});
    expect(t.fail('organisations:get', { id: org }).code).toBe('not_found');
    expect(t.fail('history:undo').messageKey).toBe('conflict.nothingToUndo');
    expect(t.api.organisations.get({ id: hub }).organisation.nameKk).toBe('Кеңес');
  });

  it('takes no input', () => {
    const t = withCouncil();
    expect(t.fail('history:undo', { batchId: 'x' }).code).toBe('validation');
    expect(t.fail('history:undoState', null).code).toBe('validation');
  });
});
