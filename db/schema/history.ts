import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { historyActions, historyBatchKinds } from '../../src/shared/domain/enums';
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
    /**
     * 'edit' for an ordinary change; 'undo' and 'redo' for a batch that reverted the
     * batch named in `revertsBatchId`. Undo and redo are themselves history, so a
     * record's story shows them and the stacks can be rebuilt after a restart.
     */
    kind: text({ enum: historyBatchKinds }).notNull().default('edit'),
    revertsBatchId: text(),
  },
  // No index on `at`: rows are only ever appended, so insertion (rowid) order is time
  // order, and one index fewer makes every write cheaper.
  (t) => [
    // A record's story is read by its id alone (an organisation's takes in its links' and
    // people's ids too); ids are UUIDs, unique across entities, so the entity adds nothing
    // to the key but bytes to every write.
    index('change_history_entity_id_idx').on(t.entityId),
    // Undo reads one batch by id.
    index('change_history_batch_idx').on(t.batchId),
    // "Has this batch been reverted?" Partial, so the bulk of rows (ordinary edits) add nothing to it.
    index('change_history_reverts_idx')
      .on(t.revertsBatchId)
      .where(sql`reverts_batch_id IS NOT NULL`),
  ],
);
