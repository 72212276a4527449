import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  agendaItemKinds,
  agendaReferenceTypes,
  attendanceStatuses,
  sessionStatuses,
  trackedStatuses,
  voteChoices,
} from '../../src/shared/domain/enums';
import { archivedAt, bool, id, timestamps } from './columns';
import { organisations, people } from './organisations';

/** A sitting of the council (quarterly by default, DOMAIN.md §9). */
export const councilSessions = sqliteTable(
  'council_sessions',
  {
    id: id(),
    year: integer().notNull(),
    quarter: integer().notNull(),
    /** Number as printed on the minutes; per year or since founding (a council setting). */
    number: integer().notNull(),
    startsAt: text(),
    place: text().notNull().default(''),
    onlinePlatform: text().notNull().default(''),
    status: text({ enum: sessionStatuses }).notNull().default('planned'),
    chairPersonId: text().references(() => people.id),
    secretaryPersonId: text().references(() => people.id),
    /** Set when the minutes are approved: the session is locked from then on. */
    approvedAt: text(),
    notes: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('council_sessions_period_idx').on(t.year, t.quarter)],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: id(),
    sessionId: text()
      .notNull()
      .references(() => councilSessions.id),
    position: integer().notNull(),
    /** The first item of a session reviews the execution of earlier decisions. */
    kind: text({ enum: agendaItemKinds }).notNull().default('regular'),
    title: text().notNull(),
    rapporteurPersonId: text().references(() => people.id),
    rapporteurOrganisationId: text().references(() => organisations.id),
    durationMinutes: integer(),
    /** ТЫҢДАЛДЫ / СЛУШАЛИ */
    heard: text().notNull().default(''),
    /** СӨЙЛЕГЕНДЕР / ВЫСТУПИЛИ */
    spoke: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('agenda_items_session_idx').on(t.sessionId)],
);

/** Organisations, agreements and modules an agenda item concerns. */
export const agendaItemReferences = sqliteTable(
  'agenda_item_references',
  {
    id: id(),
    agendaItemId: text()
      .notNull()
      .references(() => agendaItems.id),
    entityType: text({ enum: agendaReferenceTypes }).notNull(),
    entityId: text().notNull(),
    createdAt: text().notNull(),
  },
  (t) => [index('agenda_item_references_item_idx').on(t.agendaItemId)],
);

export const attendance = sqliteTable(
  'attendance',
  {
    id: id(),
    sessionId: text()
      .notNull()
      .references(() => councilSessions.id),
    personId: text().references(() => people.id),
    /** For guests not in the register. */
    guestName: text().notNull().default(''),
    organisationId: text().references(() => organisations.id),
    status: text({ enum: attendanceStatuses }).notNull(),
    isGuest: bool().notNull().default(false),
    deputyPersonId: text().references(() => people.id),
    deputyName: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [index('attendance_session_idx').on(t.sessionId)],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: id(),
    sessionId: text()
      .notNull()
      .references(() => councilSessions.id),
    agendaItemId: text()
      .notNull()
      .references(() => agendaItems.id),
    /** Position within the item: decision "2.1" is item 2, position 1. */
    position: integer().notNull(),
    text: text().notNull(),
    deadline: text(),
    /** Overdue is computed from the deadline and the clock. */
    status: text({ enum: trackedStatuses }).notNull().default('open'),
    votesFor: integer(),
    votesAgainst: integer(),
    votesAbstained: integer(),
    /** How the chair voted: on a tie under the "chair decides" rule it settles the outcome. */
    chairVote: text({ enum: voteChoices }),
    /** Recording a decision without quorum needs a reason, which the minutes state. */
    quorumOverrideReason: text(),
    indicator: text().notNull().default(''),
    closedAt: text(),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('decisions_session_idx').on(t.sessionId), index('decisions_status_idx').on(t.status)],
);

/**
 * How an organisation or person is named on a decision: responsible for it (Жауаптылар) or a
 * partner in carrying it out (Серіктестер), the Table 5 columns of DOMAIN.md §9.2.
 */
export const decisionPartyRoles = ['responsible', 'partner'] as const;
export type DecisionPartyRole = (typeof decisionPartyRoles)[number];

/** Organisations and people named on a decision, as responsible or as partners. */
export const decisionResponsibles = sqliteTable(
  'decision_responsibles',
  {
    id: id(),
    decisionId: text()
      .notNull()
      .references(() => decisions.id),
    organisationId: text().references(() => organisations.id),
    personId: text().references(() => people.id),
    role: text({ enum: decisionPartyRoles }).notNull().default('responsible'),
    createdAt: text().notNull(),
  },
  (t) => [index('decision_responsibles_decision_idx').on(t.decisionId)],
);

export const decisionProgressNotes = sqliteTable(
  'decision_progress_notes',
  {
    id: id(),
    decisionId: text()
      .notNull()
      .references(() => decisions.id),
    /** The session at which the progress was reported, if any. */
    sessionId: text().references(() => councilSessions.id),
    notedOn: text().notNull(),
    text: text().notNull(),
    ...timestamps,
  },
  (t) => [index('decision_progress_notes_decision_idx').on(t.decisionId)],
);

/**
 * A change made after the minutes were approved: the approved record stays as signed and
 * the amendment is listed with it (and printed by the next export of the minutes).
 */
export const sessionAmendments = sqliteTable(
  'session_amendments',
  {
    id: id(),
    sessionId: text()
      .notNull()
      .references(() => councilSessions.id),
    madeOn: text().notNull(),
    text: text().notNull(),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('session_amendments_session_idx').on(t.sessionId)],
);
