import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';

const withCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

const names = (t: TestWorkspace, input: Parameters<TestWorkspace['api']['people']['list']>[0] = {}) =>
  t.api.people.list({ pageSize: 500, ...input }).items.map((p) => p.fullName);

describe('people', () => {
  it('creates a person at an organisation and shows the organisation’s name beside them', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput({ nameKk: 'ПМПК №1', typeCode: 'SPED.PMPK' }));
    const person = t.api.people.create({
      fullName: ' Сәрсенова Әйгерім Қайратқызы ',
      organisationId: org.id,
      position: 'меңгеруші',
      councilRole: 'member',
      phone: '+7 701 000 00 00',
      email: 'aigerim@pmpk.kz',
    });
    expect(person).toMatchObject({ fullName: 'Сәрсенова Әйгерім Қайратқызы', notes: '', archivedAt: null });
    expect(t.api.people.list({}).items).toEqual([
      expect.objectContaining({ id: person.id, organisationName: 'ПМПК №1' }),
    ]);
    const moved = t.api.people.update({
      id: person.id,
      patch: { organisationId: null, position: 'сарапшы' },
    });
    expect(moved).toMatchObject({ organisationId: null, position: 'сарапшы', email: 'aigerim@pmpk.kz' });
  });

  it('refuses a person at an archived or unknown organisation', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    t.api.organisations.archive({ id: org.id });
    expect(t.fail('people:create', { fullName: 'Ахметов А.', organisationId: org.id }).messageKey).toBe(
      'conflict.archivedReference',
    );
    expect(t.fail('people:create', { fullName: 'Ахметов А.', organisationId: MISSING_ID }).code).toBe(
      'not_found',
    );
    const p = t.api.people.create({ fullName: 'Ахметов А.' });
    expect(t.fail('people:update', { id: p.id, patch: { organisationId: org.id } }).messageKey).toBe(
      'conflict.archivedReference',
    );
    expect(t.count('people')).toBe(1);
  });

  it('archives and restores, refusing edits while archived', () => {
    const t = withCouncil();
    const p = t.api.people.create({ fullName: 'Ахметов Асқар' });
    t.api.people.archive({ id: p.id });
    expect(names(t)).toEqual([]);
    expect(names(t, { archived: 'archived' })).toEqual(['Ахметов Асқар']);
    expect(t.fail('people:update', { id: p.id, patch: { position: 'x' } }).messageKey).toBe(
      'conflict.archived',
    );
    expect(t.fail('people:archive', { id: p.id }).messageKey).toBe('conflict.archived');
    t.api.people.restore({ id: p.id });
    expect(t.fail('people:restore', { id: p.id }).messageKey).toBe('conflict.notArchived');
    expect(names(t)).toEqual(['Ахметов Асқар']);
  });

  it('searches names in Kazakh and Russian spelling, filters by organisation and council role, and sorts in Kazakh order', () => {
    const t = withCouncil();
    const org = t.api.organisations.create(organisationInput());
    t.api.people.create({ fullName: 'Әбенова Гүлнар', councilRole: 'member', organisationId: org.id });
    t.api.people.create({ fullName: 'Бекова Ёлдыз', councilRole: 'secretary' });
    t.api.people.create({ fullName: 'Ахметов Асқар', position: 'ПМПК меңгерушісі' });
    t.api.people.create({ fullName: 'Қасымов Нұрлан', councilRole: 'invited' });
    t.api.people.create({ fullName: 'Калиев Ерлан', councilRole: 'chair' });
    expect(names(t)).toEqual([
      'Ахметов Асқар',
      'Әбенова Гүлнар',
      'Бекова Ёлдыз',
      'Калиев Ерлан',
      'Қасымов Нұрлан',
    ]);
    expect(names(t, { search: 'гулнар' })).toEqual(['Әбенова Гүлнар']);
    expect(names(t, { search: 'КАСЫМОВ' })).toEqual(['Қасымов Нұрлан']);
    expect(names(t, { search: 'елдыз' })).toEqual(['Бекова Ёлдыз']);
    expect(names(t, { search: 'пмпк' })).toEqual(['Ахметов Асқар']);
    expect(names(t, { organisationId: org.id })).toEqual(['Әбенова Гүлнар']);
    expect(names(t, { councilOnly: true })).toEqual([
      'Әбенова Гүлнар',
      'Бекова Ёлдыз',
      'Калиев Ерлан',
      'Қасымов Нұрлан',
    ]);
    expect(names(t, { councilRoles: ['chair', 'secretary'] })).toEqual(['Бекова Ёлдыз', 'Калиев Ерлан']);
    const page2 = t.api.people.list({ page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2 });
    expect(page2.items.map((p) => p.fullName)).toEqual(['Бекова Ёлдыз', 'Калиев Ерлан']);
  });
});

describe('the council’s chair and secretary follow the people', () => {
  it('making a person chair demotes the previous chair and names the new one on the profile, in the history', () => {
    const t = withCouncil();
    t.api.settings.update({ patch: { userName: 'Хатшы Әлия' } });
    const first = t.api.people.create({ fullName: 'Бірінші Төраға', councilRole: 'chair' });
    expect(t.api.council.get({})?.chairPersonId).toBe(first.id);

    t.clock.advance(60_000);
    const second = t.api.people.create({ fullName: 'Екінші Төраға', councilRole: 'member' });
    t.clock.advance(60_000);
    t.api.people.update({ id: second.id, patch: { councilRole: 'chair' } });

    expect(t.api.people.get({ id: first.id }).councilRole).toBe('member');
    expect(t.api.people.get({ id: second.id }).councilRole).toBe('chair');
    expect(t.api.council.get({})?.chairPersonId).toBe(second.id);
    expect(t.api.people.list({ councilRoles: ['chair'] }).items.map((p) => p.id)).toEqual([second.id]);

    const batch = t.api.history.list({}).items.filter((h) => h.at === '2025-03-10T09:02:00.000Z');
    expect(batch.map((h) => `${h.entity}:${h.changedFields.join(',')}`).sort()).toEqual([
      'council:chairPersonId',
      'person:councilRole',
      'person:councilRole',
    ]);
    expect(batch.every((h) => h.by === 'Хатшы Әлия')).toBe(true);
    const council = batch.find((h) => h.entity === 'council');
    expect(council?.before?.chairPersonId).toBe(first.id);
    expect(council?.after?.chairPersonId).toBe(second.id);
  });

  it('a chair who steps down or is archived is no longer named on the profile', () => {
    const t = withCouncil();
    const chair = t.api.people.create({ fullName: 'Төраға', councilRole: 'chair' });
    const secretary = t.api.people.create({ fullName: 'Хатшы', councilRole: 'secretary' });
    expect(t.api.council.get({})).toMatchObject({ chairPersonId: chair.id, secretaryPersonId: secretary.id });
    t.api.people.update({ id: chair.id, patch: { councilRole: 'member' } });
    expect(t.api.council.get({})?.chairPersonId).toBeNull();
    t.api.people.archive({ id: secretary.id });
    expect(t.api.council.get({})?.secretaryPersonId).toBeNull();
  });

  it('a chair archived and restored after a new chair was named does not make two chairs', () => {
    const t = withCouncil();
    const old = t.api.people.create({ fullName: 'Бұрынғы Төраға', councilRole: 'chair' });
    t.api.people.archive({ id: old.id });
    const next = t.api.people.create({ fullName: 'Жаңа Төраға', councilRole: 'chair' });
    t.api.people.restore({ id: old.id });
    expect(t.api.people.list({ councilRoles: ['chair'] }).items.map((p) => p.id)).toEqual([next.id]);
    expect(t.api.council.get({})?.chairPersonId).toBe(next.id);
  });

  it('a chair archived by mistake and restored is the chair again, on the profile too', () => {
    const t = withCouncil();
    const chair = t.api.people.create({ fullName: 'Төраға', councilRole: 'chair' });
    t.api.people.archive({ id: chair.id });
    expect(t.api.council.get({})?.chairPersonId).toBeNull();
    t.api.people.restore({ id: chair.id });
    expect(t.api.people.get({ id: chair.id }).councilRole).toBe('chair');
    expect(t.api.council.get({})?.chairPersonId).toBe(chair.id);
  });

  it('a secretary made chair is no longer named as secretary', () => {
    const t = withCouncil();
    const chair = t.api.people.create({ fullName: 'Төраға', councilRole: 'chair' });
    const secretary = t.api.people.create({ fullName: 'Хатшы', councilRole: 'secretary' });
    t.api.people.update({ id: secretary.id, patch: { councilRole: 'chair' } });
    const council = t.api.council.get({});
    expect(council).toMatchObject({ chairPersonId: secretary.id, secretaryPersonId: null });
    expect(t.api.people.get({ id: chair.id }).councilRole).toBe('member');
  });
});
