import { withCouncil, type Council } from '../../helpers/sessions';
import { fixedClock } from '../../helpers/workspace';
import type { SessionDetail } from '../../../src/shared/model';

export const COUNCIL_RU = 'Координационный совет по развитию инклюзивного образования в Акмолинской области';
export const OVERRIDE_REASON = 'Мерзімі шұғыл: жоспар облыстық басқармаға 1 қаңтарға дейін ұсынылуы тиіс';
export const AMENDMENT = '2.1-тармақтағы орындау мерзімі 2027 жылғы 1 сәуірге ауыстырылды';

export interface MinutesScene {
  c: Council;
  session: SessionDetail;
}

/**
 * A sitting as a secretary records it: eight members (six present, one absent, one excused
 * with a deputy), two guests, a regular item with what was heard and said, a decision with a
 * vote, responsibles, a deadline and an indicator, and a second one by consensus.
 */
export const recordedSitting = (): MinutesScene => {
  const c = withCouncil(8, fixedClock('2026-12-16T09:00:00.000Z'));
  c.api.council.update({ patch: { nameRu: COUNCIL_RU } });
  c.api.people.update({ id: c.chair.id, patch: { position: 'басшының орынбасары' } });
  const session = c.api.sessions.create({
    date: '2026-12-15',
    time: '10:00',
    place: 'Көкшетау қ., Абай к-сі, 96',
  });
  const [chair, secretary, a, b, d, e, absent, excused] = c.members;
  c.api.sessions.setAttendance({
    sessionId: session.id,
    members: [
      ...[chair!, secretary!, a!, b!, d!, e!].map((m) => ({ personId: m.id, status: 'present' as const })),
      { personId: absent!.id, status: 'absent' as const },
      { personId: excused!.id, status: 'excused' as const, deputyName: 'Ахметова Жанар Қанатқызы' },
    ],
    guests: [
      { personId: c.guest.id, organisationId: c.pmpk.id },
      { guestName: 'Иванова Анна Петровна', organisationId: c.department.id },
    ],
  });
  c.api.sessions.setStatus({ id: session.id, status: 'held' });
  const item = c.api.agenda.add({
    sessionId: session.id,
    title: 'Аутизмі бар балаларды қолдау жоспары туралы',
    rapporteurPersonId: c.guest.id,
    rapporteurOrganisationId: c.pmpk.id,
    durationMinutes: 20,
    heard: 'ПМПК 2026 жылы 412 баланы тексерді, оның 57-сінде аутизм спектрінің бұзылысы анықталды.',
    spoke: 'Бурдинская О.В. ресурстық орталықтың мамандарын оқыту қажеттігін атап өтті.',
  });
  c.api.decisions.create({
    agendaItemId: item.id,
    text: 'Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу',
    responsibleOrganisationIds: [c.pmpk.id],
    responsiblePersonIds: [c.secretary.id],
    partnerOrganisationIds: [c.department.id],
    deadline: '2027-03-01',
    indicator: 'Жоспар бекітілді',
    vote: { for: 5, against: 1, abstained: 0 },
  });
  c.api.decisions.create({ agendaItemId: item.id, text: 'Ақпарат назарға алынсын' });
  return { c, session: c.api.sessions.get({ id: session.id }) };
};

/** The same sitting approved, then amended. */
export const approvedAndAmended = (scene: MinutesScene): SessionDetail => {
  const { c, session } = scene;
  c.api.sessions.setStatus({ id: session.id, status: 'minutes_drafted' });
  c.api.sessions.setStatus({ id: session.id, status: 'approved' });
  return c.api.sessions.amend({ id: session.id, text: AMENDMENT, madeOn: '2026-12-22' });
};

/** A sitting of three of eight members that decided all the same, giving its reason. */
export const sittingWithoutQuorum = (): MinutesScene => {
  const c = withCouncil(8, fixedClock('2026-12-16T09:00:00.000Z'));
  const held = c.heldSession(
    '2026-12-10',
    c.members.slice(0, 3).map((m) => m.id),
  );
  const item = c.api.agenda.add({
    sessionId: held.id,
    title: 'Өңірлік жоспар',
    rapporteurPersonId: c.secretary.id,
  });
  c.api.decisions.create({
    agendaItemId: item.id,
    text: 'Өңірлік жоспарды облыстық басқармаға ұсыну',
    quorumOverrideReason: OVERRIDE_REASON,
  });
  return { c, session: c.api.sessions.get({ id: held.id }) };
};
