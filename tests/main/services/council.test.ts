import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID } from '../../helpers/fixtures';

const withCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

describe('council:update', () => {
  it('needs an initialised workspace', () => {
    const t = openTestWorkspace();
    expect(t.api.council.get({})).toBeNull();
    expect(t.fail('council:update', { patch: { region: 'Ақмола облысы' } })).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.notInitialised',
    });
  });

  it('saves the profile fields and records the change', () => {
    const t = withCouncil();
    t.clock.advance(1000);
    const updated = t.api.council.update({
      patch: {
        region: 'Ақмола облысы',
        yearFounded: 2014,
        sessionCadence: 'monthly',
        quorumRule: 'two_thirds',
      },
    });
    expect(updated).toMatchObject({
      nameKk: 'Ақмола облысының үйлестіру кеңесі',
      region: 'Ақмола облысы',
      yearFounded: 2014,
      sessionCadence: 'monthly',
      quorumRule: 'two_thirds',
      updatedAt: '2025-03-10T09:00:01.000Z',
    });
    const [entry] = t.api.history.list({ entity: 'council', actions: ['update'] }).items;
    expect(entry?.changedFields.sort()).toEqual(['quorumRule', 'region', 'sessionCadence', 'yearFounded']);
  });

  it('refuses a founding year before independence, an unknown cadence and an empty name', () => {
    const t = withCouncil();
    const year = t.fail('council:update', { patch: { yearFounded: 1990 } });
    expect(year.fields).toEqual([
      expect.objectContaining({
        path: 'patch.yearFounded',
        messageKey: 'validation.year',
        params: { min: 1991, max: new Date().getFullYear() + 1 },
      }),
    ]);
    expect(year.fields?.[0]?.message).toBe(
      `Жыл 1991 мен ${new Date().getFullYear() + 1} аралығында болуы керек.`,
    );
    expect(t.fail('council:update', { patch: { yearFounded: 3000 } }).fields?.[0]?.messageKey).toBe(
      'validation.year',
    );
    expect(t.fail('council:update', { patch: { sessionCadence: 'weekly' } }).fields?.[0]).toMatchObject({
      path: 'patch.sessionCadence',
      messageKey: 'validation.choice',
    });
    expect(t.fail('council:update', { patch: { nameKk: ' ' } }).fields?.[0]).toMatchObject({
      path: 'patch.nameKk',
      messageKey: 'validation.required',
    });
    expect(t.api.council.get({})?.yearFounded).toBeNull();
  });

  it('naming a chair on the profile gives them the role and demotes the previous chair', () => {
    const t = withCouncil();
    const a = t.api.people.create({ fullName: 'Ахметов Асқар', councilRole: 'chair' });
    const b = t.api.people.create({ fullName: 'Бекова Гүлнар' });
    t.api.council.update({ patch: { chairPersonId: b.id } });
    expect(t.api.people.get({ id: a.id }).councilRole).toBe('member');
    expect(t.api.people.get({ id: b.id }).councilRole).toBe('chair');
    expect(t.api.council.get({})?.chairPersonId).toBe(b.id);

    t.api.council.update({ patch: { chairPersonId: null } });
    expect(t.api.people.get({ id: b.id }).councilRole).toBe('member');
    expect(t.api.people.list({ councilRoles: ['chair'] }).total).toBe(0);
  });

  it('naming the secretary as chair leaves the secretary post empty, not held twice', () => {
    const t = withCouncil();
    const s = t.api.people.create({ fullName: 'Хатшы Әлия', councilRole: 'secretary' });
    t.api.council.update({ patch: { chairPersonId: s.id } });
    expect(t.api.people.get({ id: s.id }).councilRole).toBe('chair');
    expect(t.api.council.get({})).toMatchObject({ chairPersonId: s.id, secretaryPersonId: null });
  });

  it('refuses one person as both chair and secretary, and changes nothing', () => {
    const t = withCouncil();
    const p = t.api.people.create({ fullName: 'Екі лауазым' });
    const refused = t.fail('council:update', { patch: { chairPersonId: p.id, secretaryPersonId: p.id } });
    expect(refused).toMatchObject({ code: 'conflict', messageKey: 'conflict.sameOfficer' });
    expect(t.api.council.get({})).toMatchObject({ chairPersonId: null, secretaryPersonId: null });
    expect(t.api.people.get({ id: p.id }).councilRole).toBeNull();
  });

  it('refuses an archived or unknown person as an officer', () => {
    const t = withCouncil();
    const p = t.api.people.create({ fullName: 'Бұрынғы мүше' });
    t.api.people.archive({ id: p.id });
    expect(t.fail('council:update', { patch: { secretaryPersonId: p.id } }).messageKey).toBe(
      'conflict.archivedReference',
    );
    expect(t.fail('council:update', { patch: { chairPersonId: MISSING_ID } }).code).toBe('not_found');
    expect(t.api.council.get({})).toMatchObject({ chairPersonId: null, secretaryPersonId: null });
  });
});
