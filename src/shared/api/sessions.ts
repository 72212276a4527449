import { z } from 'zod';
import { call } from './contract';
import { LIMITS, idInput, isoDate, longText, optionalText, requiredText, uuid } from './fields';
import { attendanceStatuses, sessionStatuses, trackedStatuses, voteChoices } from '../domain/enums';
import type { AgendaItemDetail, DecisionItem, OpenDecisionItem, SessionDetail, SessionYear } from '../model';

/** Local time of day, 24-hour "HH:MM". */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.format' });

/** Kenes councils date from independence on (as the council profile's founding year). */
const year = z.number().int().min(1991).max(2100);

const sessionFields = {
  /** The sitting's day; year and quarter (the cadence period) follow from it. */
  date: isoDate,
  time: timeOfDay.nullable().optional(),
  place: optionalText(LIMITS.line),
  onlinePlatform: optionalText(LIMITS.line),
  chairPersonId: uuid.nullable().optional(),
  secretaryPersonId: uuid.nullable().optional(),
  notes: longText(LIMITS.notes),
  /**
   * The number printed on the minutes. Left out, the next free number is assigned (per year or
   * since founding, as the council counts); given, it must be free — sittings held before the
   * workspace existed make "since founding" numbers that only the secretary knows.
   */
  number: z.number().int().min(1).max(100_000).optional(),
};

const references = {
  organisationIds: z.array(uuid).max(200).optional(),
  agreementIds: z.array(uuid).max(200).optional(),
  moduleIds: z.array(uuid).max(12).optional(),
};

const agendaItemFields = {
  title: requiredText(LIMITS.name),
  rapporteurPersonId: uuid.nullable().optional(),
  rapporteurOrganisationId: uuid.nullable().optional(),
  /** Planned duration. */
  durationMinutes: z.number().int().min(1).max(600).nullable().optional(),
  /** ТЫҢДАЛДЫ / СЛУШАЛИ */
  heard: longText(LIMITS.notes),
  /** СӨЙЛЕГЕНДЕР / ВЫСТУПИЛИ */
  spoke: longText(LIMITS.notes),
  ...references,
};

const vote = z.strictObject({
  for: z.number().int().min(0).max(1000),
  against: z.number().int().min(0).max(1000),
  abstained: z.number().int().min(0).max(1000),
  /** The chair's own vote: settles a tie under the "chair decides" rule. */
  chairVote: z.enum(voteChoices).nullable().optional(),
});

const decisionFields = {
  text: requiredText(LIMITS.notes),
  deadline: isoDate.nullable().optional(),
  status: z.enum(trackedStatuses).optional(),
  indicator: optionalText(LIMITS.line),
  responsibleOrganisationIds: z.array(uuid).max(200).optional(),
  responsiblePersonIds: z.array(uuid).max(200).optional(),
  /** Partner organisations in carrying the decision out (Серіктестер, DOMAIN.md §9.2 Table 5). */
  partnerOrganisationIds: z.array(uuid).max(200).optional(),
  /** No vote: adopted by consensus. */
  vote: vote.nullable().optional(),
};

const patchOf = <S extends z.ZodRawShape>(shape: S) =>
  z
    .strictObject(shape)
    .partial()
    .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' });

export const attendanceInput = z.strictObject({
  sessionId: uuid,
  /** Council members; members left out are recorded as absent. */
  members: z
    .array(
      z.strictObject({
        personId: uuid,
        status: z.enum(attendanceStatuses),
        deputyPersonId: uuid.nullable().optional(),
        deputyName: optionalText(LIMITS.name),
      }),
    )
    .max(500),
  /** Invited guests: someone in the register, or a name typed in, with their organisation. */
  guests: z
    .array(
      z
        .strictObject({
          personId: uuid.nullable().optional(),
          guestName: optionalText(LIMITS.name),
          organisationId: uuid.nullable().optional(),
        })
        .refine((g) => Boolean(g.personId) || Boolean(g.guestName), {
          message: 'validation.guestName',
          path: ['guestName'],
        }),
    )
    .max(500),
});

export const sessionCalls = {
  /**
   * A year's sittings grouped by the council's cadence periods; periods with none planned are
   * flagged. Without a year: the current year of the workspace clock (which KENES_NOW may move).
   */
  year: call<SessionYear>()('sessions:year', z.strictObject({ year: year.optional() })),
  get: call<SessionDetail>()('sessions:get', idInput),
  /** The sitting with its first agenda item, "on the execution of earlier decisions", listing the open ones. */
  create: call<SessionDetail>()('sessions:create', z.strictObject(sessionFields)),
  update: call<SessionDetail>()(
    'sessions:update',
    z.strictObject({ id: uuid, patch: patchOf(sessionFields) }),
  ),
  /**
   * planned → held → minutes_drafted → approved, one step at a time. Back one step is allowed
   * before approval (minutes_drafted → held; held → planned while no decision is recorded).
   * Approved is final: later changes are amendments.
   */
  setStatus: call<SessionDetail>()(
    'sessions:setStatus',
    z.strictObject({ id: uuid, status: z.enum(sessionStatuses) }),
  ),
  /** A change to approved minutes, kept beside them. */
  amend: call<SessionDetail>()(
    'sessions:amend',
    z.strictObject({ id: uuid, text: requiredText(LIMITS.notes), madeOn: isoDate.optional() }),
  ),
  archive: call<SessionDetail>()('sessions:archive', idInput),
  /** Replaces the attendance of the sitting: members and guests in one transaction. */
  setAttendance: call<SessionDetail>()('sessions:setAttendance', attendanceInput),
  /** Decisions adopted and not yet done or cancelled, across sittings, overdue first. */
  openDecisions: call<OpenDecisionItem[]>()(
    'sessions:openDecisions',
    z.strictObject({ overdueOnly: z.boolean().optional() }),
  ),
};

export const agendaCalls = {
  add: call<AgendaItemDetail>()('agenda:add', z.strictObject({ sessionId: uuid, ...agendaItemFields })),
  update: call<AgendaItemDetail>()(
    'agenda:update',
    z.strictObject({ id: uuid, patch: patchOf(agendaItemFields) }),
  ),
  /** The regular items in their new order; the execution item stays first. */
  reorder: call<SessionDetail>()(
    'agenda:reorder',
    z.strictObject({ sessionId: uuid, itemIds: z.array(uuid).min(1).max(500) }),
  ),
  archive: call<SessionDetail>()('agenda:archive', idInput),
  /**
   * Adds to the execution item the decisions of earlier sittings opened since the sitting
   * was planned (minutes are often entered after the next sitting is planned).
   */
  refreshExecution: call<SessionDetail>()('agenda:refreshExecution', z.strictObject({ sessionId: uuid })),
};

export const decisionCalls = {
  /**
   * A decision under an agenda item, numbered "item.position". Without a quorum it needs
   * `quorumOverrideReason`, which is stored for the minutes.
   */
  create: call<DecisionItem>()(
    'decisions:create',
    z.strictObject({
      agendaItemId: uuid,
      ...decisionFields,
      quorumOverrideReason: optionalText(LIMITS.line),
    }),
  ),
  update: call<DecisionItem>()(
    'decisions:update',
    z.strictObject({ id: uuid, patch: patchOf(decisionFields) }),
  ),
  /** Follow-up: status changes stay possible after approval (chasing a decision is not editing the minutes). */
  setStatus: call<DecisionItem>()(
    'decisions:setStatus',
    z.strictObject({ id: uuid, status: z.enum(trackedStatuses) }),
  ),
  addProgressNote: call<DecisionItem>()(
    'decisions:addProgressNote',
    z.strictObject({
      decisionId: uuid,
      text: requiredText(LIMITS.notes),
      notedOn: isoDate.optional(),
      /** The sitting at which the progress was reported. */
      sessionId: uuid.nullable().optional(),
    }),
  ),
  archive: call<DecisionItem>()('decisions:archive', idInput),
};
