import { openTestWorkspace, type TestClock, type TestWorkspace } from './workspace';
import { organisationInput } from './fixtures';
import type { Organisation, Person, SessionDetail } from '../../src/shared/model';

/** A council as the secretary sets it up: officers, members, a partner who is invited. */
export interface Council extends TestWorkspace {
  department: Organisation;
  pmpk: Organisation;
  chair: Person;
  secretary: Person;
  /** Every member: chair, secretary, then the rest by name. */
  members: Person[];
  /** Someone from a partner organisation, invited to sittings but not on the council. */
  guest: Person;
  /** Marks the listed members present and the rest absent. */
  attend: (session: SessionDetail, presentIds: string[]) => SessionDetail;
  /** A sitting on the given day, held, with the given members present. */
  heldSession: (date: string, presentIds?: string[]) => SessionDetail;
}

const MEMBER_NAMES = [
  'Әбенова Гүлнар Серікқызы',
  'Бурдинская Ольга Владимировна',
  'Жақсылықов Нұрлан Қайратұлы',
  'Құрманова Айгүл Бейсенқызы',
  'Оспанова Дина Маратқызы',
  'Сейтқали Әсел Нұрланқызы',
  'Төлеуов Бауыржан Ерланұлы',
  'Үсенова Мәдина Асқарқызы',
];

/** `size` members in all: the chair (Ибраев М.У., DOMAIN.md §2), the secretary and the rest. */
export const withCouncil = (size = 5, clock?: TestClock): Council => {
  const t = openTestWorkspace(clock ? { clock } : {});
  t.api.workspace.initialise({
    template: 'empty',
    councilName: 'Ақмола облысында инклюзивті білім беруді дамыту жөніндегі үйлестіру кеңесі',
  });
  const department = t.api.organisations.create(
    organisationInput({
      nameKk: 'Ақмола облысының білім басқармасы',
      nameRu: 'Управление образования Акмолинской области',
      typeCode: 'GOV.REGION_EDU',
    }),
  );
  const pmpk = t.api.organisations.create(
    organisationInput({
      nameKk: 'Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы',
      shortName: 'ПМПК №1',
      typeCode: 'SPED.PMPK',
    }),
  );
  const chair = t.api.people.create({
    fullName: 'Ибраев Марат Ұзақбайұлы',
    organisationId: department.id,
    councilRole: 'chair',
  });
  const secretary = t.api.people.create({
    fullName: 'Нұрланова Сәуле Болатқызы',
    organisationId: department.id,
    councilRole: 'secretary',
  });
  const others = MEMBER_NAMES.slice(0, Math.max(0, size - 2)).map((fullName) =>
    t.api.people.create({ fullName, organisationId: department.id, councilRole: 'member' }),
  );
  const guest = t.api.people.create({
    fullName: 'Сәрсенова Әйгерім Қайратқызы',
    organisationId: pmpk.id,
    councilRole: 'invited',
  });
  // As the minutes list them: chair, secretary, then members in Kazakh alphabetical order.
  const members = [chair, secretary, ...others.sort((a, b) => a.fullName.localeCompare(b.fullName, 'kk'))];
  const attend = (session: SessionDetail, presentIds: string[]): SessionDetail =>
    t.api.sessions.setAttendance({
      sessionId: session.id,
      members: presentIds.map((personId) => ({ personId, status: 'present' as const })),
      guests: [],
    });
  const heldSession = (date: string, presentIds = members.map((m) => m.id)): SessionDetail => {
    const session = t.api.sessions.create({ date, time: '10:00', place: 'Көкшетау қ., Абай к-сі, 96' });
    attend(session, presentIds);
    return t.api.sessions.setStatus({ id: session.id, status: 'held' });
  };
  return { ...t, department, pmpk, chair, secretary, members, guest, attend, heldSession };
};

/** The regular item a test records decisions under. */
export const addItem = (c: Council, session: SessionDetail, title = 'Аутизмі бар балаларды қолдау жоспары') =>
  c.api.agenda.add({ sessionId: session.id, title, rapporteurPersonId: c.secretary.id, durationMinutes: 20 });
