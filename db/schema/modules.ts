import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { moduleRoles } from '../../src/shared/domain/enums';
import { archivedAt, id, timestamps } from './columns';
import { organisations } from './organisations';

/**
 * The 12 interaction modules (DOMAIN.md §5). Seeded into every workspace from
 * resources/reference/modules.json with fixed ids, so assignments merge across workspaces.
 */
export const interactionModules = sqliteTable('interaction_modules', {
  id: id(),
  number: integer().notNull().unique(),
  nameKk: text().notNull(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  ...timestamps,
});

/** Which organisation takes part in which module, as lead or participant, with what tasks. */
export const moduleAssignments = sqliteTable(
  'module_assignments',
  {
    id: id(),
    moduleId: text()
      .notNull()
      .references(() => interactionModules.id),
    organisationId: text()
      .notNull()
      .references(() => organisations.id),
    role: text({ enum: moduleRoles }).notNull(),
    tasks: text().notNull().default(''),
    archivedAt: archivedAt(),
    ...timestamps,
  },
  (t) => [
    index('module_assignments_module_idx').on(t.moduleId),
    index('module_assignments_organisation_idx').on(t.organisationId),
  ],
);
