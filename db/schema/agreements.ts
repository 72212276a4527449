import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  agreementKinds,
  agreementVersionReasons,
  attachmentOwners,
  partnershipStages,
  trackedStatuses,
} from '../../src/shared/domain/enums';
import { archivedAt, bool, id, timestamps } from './columns';
import { organisations, people } from './organisations';
import { interactionModules } from './modules';

/**
 * Agreements between partners (DOMAIN.md §8). Status (draft, active, expiring, expired,
 * terminated) is computed from the dates and the clock, never stored.
 */
export const agreements = sqliteTable(
  'agreements',
  {
    id: id(),
    number: text().notNull().default(''),
    title: text().notNull(),
    kind: text({ enum: agreementKinds }).notNull(),
    subject: text().notNull().default(''),
    signedOn: text(),
    validFrom: text(),
    validTo: text(),
    indefinite: bool().notNull().default(false),
    autoRenew: bool().notNull().default(false),
    noticeDays: integer().notNull().default(30),
    terminatedOn: text(),
    /** Where the partnership stands among the guide's six stages (§8.4) plus amended/terminated. */
    stage: text({ enum: partnershipStages }).notNull().default('problem_stated'),
    /** Amendments and renewals form a chain: each version points at the one it replaces. */
    previousVersionId: text().references((): AnySQLiteColumn => agreements.id),
    /** Why this version was made (amendment or renewal); null for the first version. */
    versionReason: text({ enum: agreementVersionReasons }),
    notes: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('agreements_previous_idx').on(t.previousVersionId)],
);

export const agreementParties = sqliteTable(
  'agreement_parties',
  {
    id: id(),
    agreementId: text()
      .notNull()
      .references(() => agreements.id),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    role: text().notNull().default(''),
    signatoryPersonId: text().references(() => people.id),
    position: integer().notNull().default(0),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [
    index('agreement_parties_agreement_idx').on(t.agreementId),
    // The registry's party filter and an organisation's impact look agreements up by party.
    index('agreement_parties_organisation_idx').on(t.organisationId),
  ],
);

export const agreementObligations = sqliteTable(
  'agreement_obligations',
  {
    id: id(),
    agreementId: text()
      .notNull()
      .references(() => agreements.id),
    /** The party responsible for the obligation. */
    partyId: text()
      .notNull()
      .references(() => agreementParties.id),
    description: text().notNull(),
    dueOn: text(),
    /** Overdue is computed from dueOn and the clock. */
    status: text({ enum: trackedStatuses }).notNull().default('open'),
    /** The order the methodologist listed them in, which the draft document keeps. */
    position: integer().notNull().default(0),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('agreement_obligations_agreement_idx').on(t.agreementId)],
);

/**
 * The interaction modules an agreement serves. A row of its own with an id, as every
 * recorded entity has (undo finds records by id); a module taken off the agreement is
 * archived and comes back as the same row, so one pair never has two rows.
 */
export const agreementModules = sqliteTable(
  'agreement_modules',
  {
    id: id(),
    agreementId: text()
      .notNull()
      .references(() => agreements.id),
    moduleId: text()
      .notNull()
      .references(() => interactionModules.id),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('agreement_modules_pair_idx').on(t.agreementId, t.moduleId),
    index('agreement_modules_module_idx').on(t.moduleId),
  ],
);

/**
 * Files kept inside the workspace (signed scans, agenda papers). The owner is an
 * agreement or an agenda item; the bytes live under the data directory, by hash.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: id(),
    ownerType: text({ enum: attachmentOwners }).notNull(),
    ownerId: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
);
