import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { organisationInput } from '../../helpers/fixtures';

/** The workspace-wide history (Settings › History) filters by who, when and what. */
describe('history filters', () => {
  const story = () => {
    const t = openTestWorkspace();
    t.api.settings.update({ patch: { userName: 'Сәрсенова Ә.' } });
    const org = t.api.organisations.create(organisationInput({ nameKk: 'ПМПК №1' })); // 09:00:00
    t.clock.advance(60_000);
    t.api.organisations.update({ id: org.id, patch: { nameKk: 'ПМПК №2' } }); // 09:01:00
    t.clock.advance(60_000);
    t.api.settings.update({ patch: { userName: 'Ахметов А.' } });
    t.api.organisations.archive({ id: org.id }); // 09:02:00
    t.clock.advance(60_000);
    const person = t.api.people.create({ fullName: 'Бекова Б.' }); // 09:03:00
    return { t, org, person };
  };

  it('keeps only the changes of one user', () => {
    const { t } = story();
    const sarsenova = t.api.history.list({ by: 'Сәрсенова Ә.' });
    expect(sarsenova.items.map((h) => h.action)).toEqual(['update', 'create']);
    const akhmetov = t.api.history.list({ by: 'Ахметов А.' });
    expect(akhmetov.items.map((h) => [h.entity, h.action])).toEqual([
      ['person', 'create'],
      ['organisation', 'archive'],
    ]);
    expect(t.api.history.list({ by: 'Никто' }).total).toBe(0);
  });

  it('keeps only changes from `from` (inclusive) to `to` (exclusive), whatever the offset', () => {
    const { t } = story();
    const window = t.api.history.list({
      from: '2025-03-10T09:01:00.000Z',
      to: '2025-03-10T09:03:00.000Z',
    });
    expect(window.items.map((h) => h.action)).toEqual(['archive', 'update']);
    // The same moments written in Astana time (+05:00) select the same changes.
    const local = t.api.history.list({ from: '2025-03-10T14:01:00+05:00', to: '2025-03-10T14:03:00+05:00' });
    expect(local.items.map((h) => h.id)).toEqual(window.items.map((h) => h.id));
    expect(t.api.history.list({ from: '2025-03-10T09:03:00.001Z' }).total).toBe(0);
  });

  it('combines who, when, entity and action, and pages the result', () => {
    const { t, org } = story();
    const found = t.api.history.list({
      entity: 'organisation',
      actions: ['archive', 'update'],
      by: 'Ахметов А.',
      from: '2025-03-10T09:00:00Z',
    });
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ entityId: org.id, action: 'archive' });
    const page2 = t.api.history.list({ page: 2, pageSize: 3 });
    expect(page2.total).toBe(4);
    expect(page2.items.map((h) => h.action)).toEqual(['create']);
  });

  it('lists every author once, and refuses a malformed date', () => {
    const { t } = story();
    expect(t.api.history.authors({})).toEqual(['Ахметов А.', 'Сәрсенова Ә.']);
    const error = t.fail('history:list', { from: 'yesterday' });
    expect(error.code).toBeTruthy();
  });
});
