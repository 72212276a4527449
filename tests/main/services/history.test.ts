import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { organisationInput } from '../../helpers/fixtures';

describe('change history', () => {
  it('writes one entry per create, update, archive and restore, with before, after and who did it', () => {
    const t = openTestWorkspace();
    t.api.settings.update({ patch: { userName: 'Сәрсенова Ә.' } });
    const org = t.api.organisations.create(organisationInput({ nameKk: 'ПМПК №1', typeCode: 'SPED.PMPK' }));
    t.clock.advance(1000);
    t.api.organisations.update({ id: org.id, patch: { nameKk: 'ПМПК №2', district: 'Зеренді ауданы' } });
    t.clock.advance(1000);
    t.api.organisations.archive({ id: org.id });
    t.clock.advance(1000);
    t.api.settings.update({ patch: { userName: 'Ахметов А.' } });
    t.api.organisations.restore({ id: org.id });

    const { items, total } = t.api.history.list({ entity: 'organisation', entityId: org.id });
    expect(total).toBe(4);
    expect(items.map((h) => [h.action, h.by, h.at])).toEqual([
      ['restore', 'Ахметов А.', '2025-03-10T09:00:03.000Z'],
      ['archive', 'Сәрсенова Ә.', '2025-03-10T09:00:02.000Z'],
      ['update', 'Сәрсенова Ә.', '2025-03-10T09:00:01.000Z'],
      ['create', 'Сәрсенова Ә.', '2025-03-10T09:00:00.000Z'],
    ]);
    const [restore, archive, update, create] = items;
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ id: org.id, nameKk: 'ПМПК №1' });
    expect(update?.before).toMatchObject({ nameKk: 'ПМПК №1', district: '' });
    expect(update?.after).toMatchObject({ nameKk: 'ПМПК №2', district: 'Зеренді ауданы' });
    expect(update?.changedFields.sort()).toEqual(['district', 'nameKk']);
    expect(archive?.changedFields).toEqual(['archivedAt']);
    expect(restore?.after?.archivedAt).toBeNull();
  });

  it('records nothing for a refused change', () => {
    const t = openTestWorkspace();
    const org = t.api.organisations.create(organisationInput());
    const before = t.count('change_history');
    t.fail('organisations:update', { id: org.id, patch: { email: 'no' } });
    t.fail('organisations:restore', { id: org.id });
    t.fail('links:create', { sourceId: org.id, targetId: org.id, kind: 'external' });
    expect(t.count('change_history')).toBe(before);
  });

  it('shows an organisation’s story with its links and people when asked', () => {
    const t = openTestWorkspace();
    const [a, b, c] = t.api.organisations.createMany({
      items: ['Алтын', 'Бәйтерек', 'Шұғыла'].map((nameKk) => organisationInput({ nameKk })),
    }).ids as [string, string, string];
    const ab = t.api.links.create({ sourceId: a, targetId: b, kind: 'external' });
    const ca = t.api.links.create({ sourceId: c, targetId: a, kind: 'external' });
    const bc = t.api.links.create({ sourceId: b, targetId: c, kind: 'external' });
    const person = t.api.people.create({ fullName: 'Ахметов А.', organisationId: a });
    t.api.people.create({ fullName: 'Бекова Б.', organisationId: b });
    t.api.people.update({ id: person.id, patch: { position: 'директор' } });

    const own = t.api.history.list({ entity: 'organisation', entityId: a });
    expect(own.items.map((h) => h.entityId)).toEqual([a]);
    const related = t.api.history.list({
      entity: 'organisation',
      entityId: a,
      includeRelated: true,
      pageSize: 100,
    });
    const ids = related.items.map((h) => h.entityId);
    expect(new Set(ids)).toEqual(new Set([a, ab.id, ca.id, person.id]));
    expect(ids).not.toContain(bc.id);
    expect(related.total).toBe(5);
    expect(
      t.api.history.list({ includeRelated: true, entity: 'organisation', entityId: a, actions: ['update'] })
        .total,
    ).toBe(1);
  });

  it('filters by entity and action and pages', () => {
    const t = openTestWorkspace();
    const ids = t.api.organisations.createMany({
      items: Array.from({ length: 7 }, (_, i) => organisationInput({ nameKk: `Мектеп №${i}` })),
    }).ids;
    t.api.organisations.archive({ id: ids[0] as string });
    t.api.groups.create({ nameKk: 'Топ' });
    expect(t.api.history.list({}).total).toBe(9);
    expect(t.api.history.list({ entity: 'group' }).total).toBe(1);
    expect(t.api.history.list({ actions: ['archive'] }).items.map((h) => h.entityId)).toEqual([ids[0]]);
    const page = t.api.history.list({ entity: 'organisation', actions: ['create'], page: 2, pageSize: 5 });
    expect(page).toMatchObject({ total: 7, page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(2);
    expect(t.fail('history:list', { entity: 'secrets' }).fields?.[0]).toMatchObject({
      path: 'entity',
      messageKey: 'validation.choice',
    });
  });

  it('records one user action as one batch, the officer changes it brings included', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'empty', councilName: 'Кеңес' });
    const first = t.api.people.create({ fullName: 'Ахметов Асқар', councilRole: 'chair' });
    const batchesBefore = new Set(t.api.history.list({ pageSize: 500 }).items.map((h) => h.batchId)).size;
    const second = t.api.people.create({ fullName: 'Бекова Бибігүл' });
    t.api.council.update({ patch: { chairPersonId: second.id } });
    t.api.people.archive({ id: second.id });
    const items = t.api.history.list({ pageSize: 500 }).items;
    expect(new Set(items.map((h) => h.batchId)).size).toBe(batchesBefore + 3);
    // The council update names the new chair and demotes and promotes people: one batch.
    const [archive] = items;
    const update = items.find((h) => h.entity === 'council' && h.after?.chairPersonId === second.id);
    const updateBatch = items.filter((h) => h.batchId === update?.batchId);
    expect(updateBatch.map((h) => [h.entity, h.entityId]).sort()).toEqual(
      [
        ['council', update?.entityId],
        ['person', first.id],
        ['person', second.id],
      ].sort(),
    );
    // Archiving the chair un-names them on the profile in the same batch.
    expect(items.filter((h) => h.batchId === archive?.batchId).map((h) => h.entity)).toEqual([
      'council',
      'person',
    ]);
  });

  it('is never rewritten: the table has no updates or deletes even after many edits', () => {
    const t = openTestWorkspace();
    const org = t.api.organisations.create(organisationInput());
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      t.api.organisations.update({ id: org.id, patch: { notes: `Ескерту ${i}` } });
    }
    const rows = t.workspace.sqlite.prepare('SELECT before, after FROM change_history ORDER BY at').all() as {
      before: string | null;
      after: string;
    }[];
    expect(rows).toHaveLength(6);
    // Each entry's "before" is the previous entry's "after": the chain is unbroken.
    for (let i = 1; i < rows.length; i++) {
      expect(JSON.parse(rows[i]?.before as string)).toEqual(JSON.parse(rows[i - 1]?.after as string));
    }
  });
});
