import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  linkContacts,
  linkDirections,
  linkObjects,
  linkParticipations,
  linkSystematicities,
  linkTerms,
} from '../../src/shared/domain/enums';
import { archivedAt, id, timestamps } from './columns';
import { organisations } from './organisations';
import { agreements } from './agreements';

/**
 * A link between two organisations, carrying the guide's classification of
 * interaction (DOMAIN.md §7.1). Codes come from resources/reference/link-classification.json;
 * null means "not set".
 */
export const organisationLinks = sqliteTable(
  'organisation_links',
  {
    id: id(),
    sourceId: text()
      .notNull()
      .references(() => organisations.id),
    targetId: text()
      .notNull()
      .references(() => organisations.id),
    kind: text().notNull(),
    direction: text({ enum: linkDirections }),
    contact: text({ enum: linkContacts }),
    systematicity: text({ enum: linkSystematicities }),
    term: text({ enum: linkTerms }),
    participation: text({ enum: linkParticipations }),
    object: text({ enum: linkObjects }),
    sphere: text().notNull().default(''),
    label: text().notNull().default(''),
    agreementId: text().references(() => agreements.id),
    notes: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [
    index('organisation_links_source_idx').on(t.sourceId),
    index('organisation_links_target_idx').on(t.targetId),
    index('organisation_links_agreement_idx').on(t.agreementId),
  ],
);
