import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { historyActions } from '../../src/shared/domain/enums';
import { id } from './columns';

/**
 * Append-only change history: the services write one row per changed record in the
 * same transaction as the change, and nothing ever updates or deletes a row here.
 * `batchId` groups the rows of one user action so it can be undone as one.
 */
export const changeHistory = sqliteTable(
  'change_history',
  {
    id: id(),
    batchId: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text({ enum: historyActions }).notNull(),
    /** JSON snapshot of the record before the change; null on create. */
    before: text(),
    /** JSON snapshot after the change; null on delete. */
    after: text(),
    at: text().notNull(),
    by: text().notNull(),
  },
  // No index on `at`: rows are only ever appended, so insertion (rowid) order is time
  // order, and one index fewer makes every write cheaper.
  (t) => [index('change_history_entity_idx').on(t.entity, t.entityId)],
);
