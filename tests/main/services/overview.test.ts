import { describe, expect, it } from 'vitest';
import { fixedClock, openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { moduleCatalogue } from '../../../src/shared/reference';
import type { AgreementCreate } from '../../helpers/agreements';
import { FIGURE_13 } from '../../helpers/fixtures';

/** The Akmola model on a fixed day in the fourth quarter of 2026 (mid-morning in Astana). */
const akmola = (day = '2026-11-20'): TestWorkspace => {
  const t = openTestWorkspace({ clock: fixedClock(`${day}T05:00:00.000Z`) });
  t.api.workspace.initialise({ template: 'akmola' });
  return t;
};

const organisationsOfType = (t: TestWorkspace, typeCode: string) =>
  t.api.organisations.list({ typeCodes: [typeCode], pageSize: 100 }).items;

/** A sitting on `date`, held with the chair present, with one regular agenda item. */
const heldSitting = (t: TestWorkspace, date: string) => {
  const session = t.api.sessions.create({ date, time: '10:00', place: 'Көкшетау қ., Абай к-сі, 96' });
  const chair = session.attendance.find((a) => a.councilRole === 'chair');
  if (!chair) throw new Error('The Akmola model has a chair');
  t.api.sessions.setAttendance({
    sessionId: session.id,
    members: [{ personId: chair.personId as string, status: 'present' }],
    guests: [],
  });
  t.api.sessions.setStatus({ id: session.id, status: 'held' });
  const item = t.api.agenda.add({ sessionId: session.id, title: 'Инклюзивті білім беру жоспары туралы' });
  return { session, item };
};

const agreement = (t: TestWorkspace, overrides: Partial<AgreementCreate>): AgreementCreate => {
  const [pmpk] = organisationsOfType(t, 'SPED.PMPK');
  const [school] = organisationsOfType(t, 'EDU.SCHOOL');
  return {
    number: '1',
    title: 'Ынтымақтастық туралы келісім',
    kind: 'cooperation',
    signedOn: '2026-01-10',
    validFrom: '2026-01-10',
    validTo: '2026-12-31',
    noticeDays: 30,
    parties: [
      { organisationId: pmpk!.id, role: 'Консультация' },
      { organisationId: school!.id, role: 'Мектеп' },
    ],
    ...overrides,
  };
};

describe('the overview of a new Akmola workspace', () => {
  it('shows the Figure 13 counts, no sitting planned, nothing overdue and all 12 modules without a lead', () => {
    const t = akmola();
    const o = t.api.overview.get({});
    expect(o.today).toBe('2026-11-20');
    expect(o.organisationTypes.map((r) => [r.figure13Label, r.count])).toEqual(FIGURE_13);
    expect(o.organisationTotal).toBe(124);
    // The two methodological-office blocks are one type, told apart by level.
    expect(o.organisationTypes.filter((r) => r.typeCode === 'EDU.METHOD_OFFICE')).toEqual([
      { typeCode: 'EDU.METHOD_OFFICE', level: 'regional', figure13Label: 'ООӘК', count: 1 },
      { typeCode: 'EDU.METHOD_OFFICE', level: 'district', figure13Label: 'А(Қ)ӘК', count: 19 },
    ]);
    expect(o.organisationTypes.find((r) => r.typeCode === 'SPED.PMPK')?.level).toBeNull();
    expect(o.nextSession).toBeNull();
    expect(o.currentPeriod).toEqual({
      year: 2026,
      cadence: 'quarterly',
      period: 4,
      from: '2026-10-01',
      to: '2026-12-31',
      noSessionPlanned: true,
    });
    expect(o.decisions).toEqual({ open: 0, overdue: 0, topOverdue: [] });
    expect(o.agreements).toEqual({ expiring: [], recentlyExpired: [] });
    expect(o.modulesWithoutLead).toEqual(moduleCatalogue.map((m) => m.id));
    // The only change so far is the creation of the workspace.
    expect(o.recentChanges).toHaveLength(1);
    expect(o.recentChanges[0]).toMatchObject({ action: 'create', kind: 'edit', initialisation: true });
    expect(o.recentChanges[0]?.count).toBeGreaterThan(124);
  });
});

describe('the overview as the council works', () => {
  it('counts down to the next sitting on the workspace clock and follows it when one is cancelled', () => {
    const t = akmola();
    const december = t.api.sessions.create({ date: '2026-12-03', time: '10:00', place: 'Көкшетау' });
    const later = t.api.sessions.create({ date: '2026-12-20', onlinePlatform: 'Zoom' });
    let o = t.api.overview.get({});
    expect(o.nextSession).toEqual({
      id: december.id,
      number: december.number,
      year: 2026,
      date: '2026-12-03',
      time: '10:00',
      place: 'Көкшетау',
      onlinePlatform: '',
      status: 'planned',
      daysUntil: 13,
    });
    expect(o.currentPeriod.noSessionPlanned).toBe(false);

    t.clock.set('2026-12-02T05:00:00.000Z');
    expect(t.api.overview.get({}).nextSession?.daysUntil).toBe(1);
    t.clock.set('2026-12-03T12:00:00.000Z');
    expect(t.api.overview.get({}).nextSession).toMatchObject({ id: december.id, daysUntil: 0 });

    // Once the day has passed, the next one is the later sitting; cancelled, nothing is left.
    t.clock.set('2026-12-04T05:00:00.000Z');
    o = t.api.overview.get({});
    expect(o.nextSession).toMatchObject({ id: later.id, daysUntil: 16, time: null, onlinePlatform: 'Zoom' });
    t.api.sessions.archive({ id: later.id });
    o = t.api.overview.get({});
    expect(o.nextSession).toBeNull();
    // December's sitting still happened in the quarter.
    expect(o.currentPeriod.noSessionPlanned).toBe(false);

    // In the new year the first quarter has no sitting yet.
    t.clock.set('2027-01-10T05:00:00.000Z');
    expect(t.api.overview.get({}).currentPeriod).toMatchObject({
      year: 2027,
      period: 1,
      noSessionPlanned: true,
    });
  });

  it('counts open and overdue decisions and lists the overdue ones, oldest deadline first', () => {
    const t = akmola();
    const { session, item } = heldSitting(t, '2026-09-17');
    const late = t.api.decisions.create({
      agendaItemId: item.id,
      text: 'ПМПК-ның қашықтан кеңес беру тәртібін әзірлеу',
      deadline: '2026-10-30',
    });
    const later = t.api.decisions.create({
      agendaItemId: item.id,
      text: 'Аудандық білім бөлімдеріне әдістемелік ұсыным жіберу',
      deadline: '2026-11-19',
    });
    t.api.decisions.create({
      agendaItemId: item.id,
      text: 'Жылдық есепті дайындау',
      deadline: '2026-12-25',
    });
    const done = t.api.decisions.create({
      agendaItemId: item.id,
      text: 'Ақпаратты сайтқа орналастыру',
      deadline: '2026-10-01',
    });
    t.api.decisions.setStatus({ id: done.id, status: 'done' });
    t.api.decisions.setStatus({ id: later.id, status: 'in_progress' });

    const o = t.api.overview.get({});
    expect(o.decisions.open).toBe(3);
    expect(o.decisions.overdue).toBe(2);
    expect(o.decisions.topOverdue.map((d) => [d.number, d.id, d.deadline, d.status, d.sessionDate])).toEqual([
      ['2.1', late.id, '2026-10-30', 'open', '2026-09-17'],
      ['2.2', later.id, '2026-11-19', 'in_progress', '2026-09-17'],
    ]);
    expect(o.decisions.topOverdue[0]).toMatchObject({ sessionId: session.id, sessionNumber: session.number });

    // The deadline day itself is not overdue yet; the day after, it is.
    t.clock.set('2026-12-25T05:00:00.000Z');
    expect(t.api.overview.get({}).decisions.overdue).toBe(2);
    t.clock.set('2026-12-26T05:00:00.000Z');
    expect(t.api.overview.get({}).decisions.overdue).toBe(3);
  });

  it('lists agreements in their notice period and those expired in the last 30 days', () => {
    const t = akmola();
    const expiring = t.api.agreements.create(agreement(t, { number: '7', validTo: '2026-12-10' }));
    const soonest = t.api.agreements.create(agreement(t, { number: '8', validTo: '2026-11-25' }));
    const expired = t.api.agreements.create(agreement(t, { number: '9', validTo: '2026-11-05' }));
    t.api.agreements.create(agreement(t, { number: '10', validTo: '2026-08-01' }));
    t.api.agreements.create(agreement(t, { number: '11', validTo: '2027-12-31' }));
    t.api.agreements.create(agreement(t, { number: '12', signedOn: null, validTo: '2026-11-30' }));

    const o = t.api.overview.get({});
    expect(o.agreements.expiring.map((a) => [a.id, a.daysToExpiry, a.termEnd])).toEqual([
      [soonest.id, 5, '2026-11-25'],
      [expiring.id, 20, '2026-12-10'],
    ]);
    expect(o.agreements.expiring[0]?.parties).toEqual(['ПМПК №1', 'ОББҰ №1']);
    expect(o.agreements.recentlyExpired.map((a) => [a.id, a.daysToExpiry])).toEqual([[expired.id, -15]]);
  });

  it('drops a module from "without a lead" once an organisation leads it', () => {
    const t = akmola();
    const [pmpk] = organisationsOfType(t, 'SPED.PMPK');
    const first = moduleCatalogue[0]!;
    t.api.modules.assign({ moduleId: first.id, organisationId: pmpk!.id, role: 'participant' });
    expect(t.api.overview.get({}).modulesWithoutLead).toContain(first.id);
    t.api.modules.assign({ moduleId: first.id, organisationId: pmpk!.id, role: 'lead' });
    const o = t.api.overview.get({});
    expect(o.modulesWithoutLead).toHaveLength(11);
    expect(o.modulesWithoutLead).not.toContain(first.id);
  });

  it('counts an archived organisation out of its type and a new one into it', () => {
    const t = akmola();
    const [pmpk] = organisationsOfType(t, 'SPED.PMPK');
    t.api.organisations.archive({ id: pmpk!.id });
    t.api.organisations.create({ nameKk: 'Бурабай ауданының ҮЕҰ-ы', typeCode: 'NGO', level: 'district' });
    const o = t.api.overview.get({});
    const count = (label: string) => o.organisationTypes.find((r) => r.figure13Label === label)?.count;
    expect(count('ПМПК')).toBe(3);
    // A type outside the scheme's blocks follows them, without a Figure 13 label.
    expect(o.organisationTypes.at(-1)).toEqual({
      typeCode: 'NGO',
      level: null,
      figure13Label: null,
      count: 1,
    });
    expect(o.organisationTotal).toBe(124);
  });

  it('names the recent changes as the undo button does, newest first, undo included', () => {
    const t = akmola();
    const [pmpk] = organisationsOfType(t, 'SPED.PMPK');
    t.clock.advance(60_000);
    t.api.organisations.update({ id: pmpk!.id, patch: { nameKk: 'Көкшетау қаласының ПМПК-сы' } });
    t.clock.advance(60_000);
    const session = t.api.sessions.create({ date: '2026-12-03' });
    t.clock.advance(60_000);
    t.api.agreements.create(agreement(t, { number: '21', title: 'Желілік шарт' }));
    t.clock.advance(60_000);
    t.api.history.undo({});

    const o = t.api.overview.get({});
    // An undo is named after the edit it undid, at the time it was undone.
    expect(o.recentChanges.map((c) => [c.kind, c.entity, c.action, c.label, c.initialisation])).toEqual([
      ['undo', 'agreement', 'create', '№ 21 Желілік шарт', false],
      ['edit', 'agreement', 'create', '№ 21 Желілік шарт', false],
      ['edit', 'session', 'create', `№${session.number} 2026-12-03`, false],
      ['edit', 'organisation', 'update', 'Көкшетау қаласының ПМПК-сы', false],
      ['edit', 'group', 'create', 'Мемлекеттік органдар', true],
    ]);
    expect(o.recentChanges.map((c) => c.at)).toEqual([
      '2026-11-20T05:04:00.000Z',
      '2026-11-20T05:03:00.000Z',
      '2026-11-20T05:02:00.000Z',
      '2026-11-20T05:01:00.000Z',
      '2026-11-20T05:00:00.000Z',
    ]);
    expect(o.now).toBe('2026-11-20T05:04:00.000Z');

    // Redone, it is named after the same edit again.
    t.clock.advance(60_000);
    t.api.history.redo({});
    expect(t.api.overview.get({}).recentChanges[0]).toMatchObject({
      kind: 'redo',
      entity: 'agreement',
      action: 'create',
      label: '№ 21 Желілік шарт',
      at: '2026-11-20T05:05:00.000Z',
    });
  });

  it('keeps only the ten newest changes', () => {
    const t = akmola();
    const [pmpk] = organisationsOfType(t, 'SPED.PMPK');
    for (let i = 1; i <= 12; i++) {
      t.clock.advance(1000);
      t.api.organisations.update({ id: pmpk!.id, patch: { nameKk: `ПМПК ${i}` } });
    }
    const o = t.api.overview.get({});
    expect(o.recentChanges).toHaveLength(10);
    expect(o.recentChanges.map((c) => c.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => `ПМПК ${12 - i}`),
    );
  });
});

describe('the overview of an empty workspace', () => {
  it('has nothing to count but the workspace’s creation', () => {
    const t = openTestWorkspace({ clock: fixedClock('2026-11-20T05:00:00.000Z') });
    t.api.workspace.initialise({ template: 'empty', councilName: 'Үйлестіру кеңесі' });
    const o = t.api.overview.get({});
    expect(o.organisationTypes).toEqual([]);
    expect(o.organisationTotal).toBe(0);
    expect(o.nextSession).toBeNull();
    expect(o.currentPeriod.noSessionPlanned).toBe(true);
    expect(o.modulesWithoutLead).toHaveLength(12);
    // The empty template starts with the council's own hub in the registry.
    expect(o.recentChanges.map((c) => [c.entity, c.action, c.initialisation])).toEqual([
      ['organisation', 'create', true],
    ]);
  });

  it('is refused, with the workspace’s own message, before the workspace is created', () => {
    const t = openTestWorkspace();
    expect(t.fail('overview:get', {})).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.notInitialised',
    });
  });
});
