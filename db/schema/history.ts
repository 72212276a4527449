import { index, integer, sqliteTable, sqliteView, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { historyActions, historyBatchKinds } from '../../src/shared/domain/enums';
import { id } from './columns';

/**
 * Append-only change history: the services write it in the same transaction as the
 * change, and nothing ever updates or deletes a row here. `batchId` groups the rows of
 * one user action so it can be undone as one.
 *
 * An ordinary change is one row. A bulk change (an import, a template, a createMany of
 * thousands) packs a run of changes of one entity and action into one row's `pack`,
 * because a row per record, with its UUID and entity-id index entries in random order,
 * cost as much as writing the records themselves. Read the changes one by one from
 * `historyEntries` below, which unpacks them.
 */
export const changeHistory = sqliteTable(
  'change_history',
  {
    id: id(),
    batchId: text().notNull(),
    entity: text().notNull(),
    /** Null on a packed row: its records' ids are in `pack`. */
    entityId: text(),
    action: text({ enum: historyActions }).notNull(),
    /** JSON snapshot of the record before the change; null on create, and on a packed row. */
    before: text(),
    /** JSON snapshot after the change; null on delete, and on a packed row. */
    after: text(),
    /**
     * A packed row's changes, oldest first: a JSON array of [entityId, before, after], the
     * snapshots as objects (SQLite gives each back as the very text JSON.stringify made of
     * it). Null on an ordinary row.
     */
    pack: text(),
    /** How many changes `pack` holds; null on an ordinary row, which holds one. */
    packSize: integer(),
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

/**
 * Every change of the history, one row each, packed or not, in the order they were made
 * (`seq`). A packed row's changes take its rowid's range of `seq`, so a pack holds fewer
 * than PACK_SEQ_SPAN changes.
 */
export const PACK_SEQ_SPAN = 100_000;

/** SQL: how many changes a change_history row holds (a plain row, one). */
export const CHANGES_IN_ROW = 'coalesce(pack_size, 1)';

export const historyEntries = sqliteView('change_history_entries', {
  id: text().notNull(),
  batchId: text().notNull(),
  entity: text().notNull(),
  entityId: text().notNull(),
  action: text({ enum: historyActions }).notNull(),
  before: text(),
  after: text(),
  at: text().notNull(),
  by: text().notNull(),
  kind: text({ enum: historyBatchKinds }).notNull(),
  revertsBatchId: text(),
  seq: integer().notNull(),
}).as(
  sql`SELECT id, batch_id, entity, entity_id, action, before, after, at, by, kind, reverts_batch_id,
        rowid * ${sql.raw(String(PACK_SEQ_SPAN))} AS seq
      FROM change_history WHERE pack IS NULL
    UNION ALL
    SELECT h.id || '/' || p.key, h.batch_id, h.entity, p.value ->> 0, h.action, json_extract(p.value, '$[1]'), json_extract(p.value, '$[2]'),
        h.at, h.by, h.kind, h.reverts_batch_id, h.rowid * ${sql.raw(String(PACK_SEQ_SPAN))} + p.key
      FROM change_history h, json_each(h.pack) p WHERE h.pack IS NOT NULL`,
);
