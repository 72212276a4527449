import { organisations, people } from '../../../../db/schema';
import type { DocumentLanguage } from '../../../shared/api/exports';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type {
  AgendaItemDetail,
  CouncilProfile,
  DecisionItem,
  Quorum,
  SessionDetail,
} from '../../../shared/model';
import type { ServiceContext } from '../../services/context';
import { getSession } from '../../services/sessions';
import { requireCouncil } from '../../services/sessions/records';

/** Everything the minutes print, read from the record and put in the document language. */
export interface MinutesFacts {
  councilName: string;
  number: number;
  /** The sitting's day, YYYY-MM-DD; null when the record has none. */
  date: string | null;
  time: string | null;
  place: string;
  onlinePlatform: string;
  /** "Name — position, organisation", as the officers are introduced. */
  chair: string | null;
  secretary: string | null;
  /** Full names as the signatures need them. */
  chairName: string | null;
  secretaryName: string | null;
  /** Attendance is taken once any member is marked; before that the lists are left blank. */
  attendanceTaken: boolean;
  quorum: Quorum;
  present: string[];
  absent: { person: string; excused: boolean; deputy: string | null }[];
  guests: string[];
  items: ItemFacts[];
  /** Decisions recorded without a quorum state why (issue 5, item 4). */
  overrideReasons: string[];
  approvedOn: string | null;
  amendments: { madeOn: string; text: string }[];
}

export interface ItemFacts {
  /** The agenda position, which decision numbers start with ("2" of "2.1"). */
  number: number;
  execution: boolean;
  title: string;
  rapporteur: string | null;
  heard: string;
  spoke: string;
  reviewed: { number: string; sessionNumber: number; sessionYear: number; text: string; notes: string[] }[];
  decisions: DecisionFacts[];
}

export interface DecisionFacts {
  number: string;
  text: string;
  responsible: string[];
  /** Partner organisations (DOMAIN.md §9.2, the "Серіктестер" column of Table 5). */
  partners: string[];
  deadline: string | null;
  indicator: string;
  vote: { for: number; against: number; abstained: number } | null;
  chairDecided: boolean;
  rejected: boolean;
  overrideReason: string | null;
}

type OrganisationRow = typeof organisations.$inferSelect;
type PersonRow = typeof people.$inferSelect;

const named = (row: { nameKk: string; nameRu: string }, language: DocumentLanguage): string =>
  (language === 'ru' ? row.nameRu || row.nameKk : row.nameKk).trim();

const joined = (...parts: (string | null | undefined)[]): string =>
  parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(', ');

/**
 * Reads the sitting once, synchronously, so the document shows one consistent state of the
 * record even though writing the file is asynchronous.
 */
export const minutesFacts = (
  ctx: ServiceContext,
  sessionId: string,
  language: DocumentLanguage,
): MinutesFacts => {
  const session: SessionDetail = getSession(ctx, sessionId);
  const council: CouncilProfile = requireCouncil(ctx);
  const orgs = new Map<string, OrganisationRow>(
    ctx.db
      .select()
      .from(organisations)
      .all()
      .map((o) => [o.id, o]),
  );
  const persons = new Map<string, PersonRow>(
    ctx.db
      .select()
      .from(people)
      .all()
      .map((p) => [p.id, p]),
  );
  const orgName = (id: string | null | undefined): string => {
    const org = id ? orgs.get(id) : undefined;
    return org ? named(org, language) : '';
  };
  /** "Name — position, organisation"; the organisation given for the occasion wins over the person's own. */
  const introduce = (personId: string | null | undefined, organisationId?: string | null): string | null => {
    const person = personId ? persons.get(personId) : undefined;
    const org = orgName(organisationId ?? person?.organisationId);
    if (!person) return org || null;
    const detail = joined(person.position, org);
    return detail ? `${person.fullName.trim()} — ${detail}` : person.fullName.trim();
  };

  const members = session.attendance.filter((a) => !a.isGuest);
  const orgOfAttendee = (a: (typeof session.attendance)[number]): string =>
    (language === 'ru' ? a.organisationNameRu || a.organisationNameKk : a.organisationNameKk)?.trim() ?? '';
  const attendee = (a: (typeof session.attendance)[number]): string => {
    const person = a.personId ? persons.get(a.personId) : undefined;
    const detail = joined(person?.position, orgOfAttendee(a));
    const name = a.name.trim();
    return detail ? `${name} — ${detail}` : name;
  };

  const decisions = session.agenda.flatMap((i) => i.decisions);
  const overrideReasons = session.quorum.reached
    ? []
    : [...new Set(decisions.map((d) => d.quorumOverrideReason?.trim() ?? '').filter(Boolean))];

  const decisionFacts = (d: DecisionItem): DecisionFacts => {
    const tie = d.votesFor !== null && d.votesFor === d.votesAgainst;
    return {
      number: d.number,
      text: d.text.trim(),
      responsible: [
        ...d.responsibleOrganisationIds.map(orgName),
        ...d.responsiblePersonIds.map((id) => persons.get(id)?.fullName.trim() ?? ''),
      ].filter(Boolean),
      // Read defensively: a record made before decisions had partners carries none.
      partners: (d.partnerOrganisationIds ?? []).map(orgName).filter(Boolean),
      deadline: d.deadline,
      indicator: d.indicator.trim(),
      vote:
        d.votesFor === null
          ? null
          : { for: d.votesFor, against: d.votesAgainst ?? 0, abstained: d.votesAbstained ?? 0 },
      chairDecided: tie && d.outcome === 'adopted',
      rejected: d.outcome === 'rejected',
      // Kept even when members arrived later and the sitting ended with a quorum: the
      // decision itself was taken without one, and the minutes say why.
      overrideReason: d.quorumOverrideReason?.trim() || null,
    };
  };

  const itemFacts = (item: AgendaItemDetail): ItemFacts => ({
    number: item.position,
    execution: item.kind === 'execution_of_decisions',
    title: item.title.trim(),
    rapporteur: introduce(item.rapporteurPersonId, item.rapporteurOrganisationId),
    heard: item.heard.trim(),
    spoke: item.spoke.trim(),
    reviewed: item.reviewedDecisions.map((d) => ({
      number: d.number,
      sessionNumber: d.sessionNumber,
      sessionYear: d.sessionYear,
      text: d.text.trim(),
      // What was reported at this sitting; later notes belong to later minutes.
      notes: d.progressNotes.filter((n) => n.sessionId === session.id).map((n) => n.text.trim()),
    })),
    decisions: item.decisions.map(decisionFacts),
  });

  const startsAt = session.startsAt ?? '';
  const chairPerson = session.chairPersonId ? persons.get(session.chairPersonId) : undefined;
  const secretaryPerson = session.secretaryPersonId ? persons.get(session.secretaryPersonId) : undefined;
  return {
    councilName: named(council, language),
    number: session.number,
    date: startsAt ? startsAt.slice(0, 10) : null,
    time: startsAt.length > 10 ? startsAt.slice(11, 16) : null,
    place: session.place.trim(),
    onlinePlatform: session.onlinePlatform.trim(),
    chair: introduce(session.chairPersonId),
    secretary: introduce(session.secretaryPersonId),
    chairName: chairPerson?.fullName.trim() || null,
    secretaryName: secretaryPerson?.fullName.trim() || null,
    attendanceTaken: members.some((m) => m.status !== null),
    quorum: session.quorum,
    present: members.filter((m) => m.status === 'present').map(attendee),
    absent: members
      .filter((m) => m.status === 'absent' || m.status === 'excused')
      .map((m) => ({
        person: attendee(m),
        excused: m.status === 'excused',
        deputy: m.deputyFullName?.trim() || m.deputyName.trim() || null,
      })),
    guests: session.attendance.filter((a) => a.isGuest).map(attendee),
    items: session.agenda.map(itemFacts),
    overrideReasons,
    approvedOn: session.approvedAt ? isoDay(new Date(session.approvedAt)) : null,
    amendments: session.amendments.map((a) => ({ madeOn: a.madeOn, text: a.text.trim() })),
  };
};
