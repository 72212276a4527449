import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { clusterRoles, councilRoles, memberships, organisationLevels } from '../../src/shared/domain/enums';
import { archivedAt, bool, id, timestamps } from './columns';

/**
 * A block of the council's scheme (Figure 13), e.g. "Арнайы білім беру ұйымдары",
 * which holds the sub-blocks ОТМИ, ПМПК and ППТК. The network draws a block as one
 * counted box; the count is the number of its organisations, never stored.
 */
export const organisationGroups = sqliteTable(
  'organisation_groups',
  {
    id: id(),
    parentId: text().references((): AnySQLiteColumn => organisationGroups.id),
    nameKk: text().notNull(),
    nameRu: text().notNull().default(''),
    /** Label as printed on the scheme, e.g. "ПМПК". */
    shortName: text().notNull().default(''),
    position: integer().notNull().default(0),
    notes: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('organisation_groups_parent_idx').on(t.parentId)],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: id(),
    nameKk: text().notNull(),
    nameRu: text().notNull().default(''),
    shortName: text().notNull().default(''),
    /** Code from resources/reference/organisation-types.json, e.g. "SPED.PMPK". */
    typeCode: text().notNull(),
    sector: text().notNull(),
    level: text({ enum: organisationLevels }).notNull(),
    district: text().notNull().default(''),
    legalForm: text().notNull().default(''),
    address: text().notNull().default(''),
    headName: text().notNull().default(''),
    phone: text().notNull().default(''),
    email: text().notNull().default(''),
    website: text().notNull().default(''),
    membership: text({ enum: memberships }).notNull().default('partner'),
    clusterRole: text({ enum: clusterRoles }).notNull().default('participant'),
    groupId: text().references(() => organisationGroups.id),
    /** The council itself, drawn in the centre of the network. At most one per workspace. */
    isCouncilHub: bool().notNull().default(false),
    notes: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [
    index('organisations_group_idx').on(t.groupId),
    index('organisations_type_idx').on(t.typeCode),
    uniqueIndex('organisations_single_hub_idx')
      .on(t.isCouncilHub)
      .where(sql`is_council_hub = 1`),
  ],
);

/** Representatives of organisations and their role in the council. */
export const people = sqliteTable(
  'people',
  {
    id: id(),
    organisationId: text().references(() => organisations.id),
    fullName: text().notNull(),
    position: text().notNull().default(''),
    /** Null: a contact who does not sit on the council. */
    councilRole: text({ enum: councilRoles }),
    phone: text().notNull().default(''),
    email: text().notNull().default(''),
    notes: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [index('people_organisation_idx').on(t.organisationId)],
);
