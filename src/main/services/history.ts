import { asc, getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { changeHistory, PACK_SEQ_SPAN } from '../../../db/schema';
import type { ServiceContext } from './context';
import { insertRows } from '../store/insert-rows';
import { readSettings } from './settings';
import type { HistoryAction, HistoryBatchKind } from '../../shared/domain/enums';
import type { historyEntities } from '../../shared/api/history';

export type HistoryEntity = (typeof historyEntities)[number];

export interface Change {
  entity: HistoryEntity;
  entityId: string;
  action: HistoryAction;
  before: object | null;
  after: object | null;
}

/** How a batch came about: an ordinary edit, or the undoing or redoing of another batch. */
export interface BatchOrigin {
  kind: HistoryBatchKind;
  revertsBatchId: string | null;
}

const ORDINARY_EDIT: BatchOrigin = { kind: 'edit', revertsBatchId: null };

/**
 * A run of at least this many changes of one entity and action is packed into rows of at
 * most PACK_SIZE (see db/schema/history.ts). Below it, a change is its own row, as every
 * ordinary edit is: indexed by its record's id, and read without unpacking anything.
 */
export const PACK_FROM = 100;
const PACK_SIZE = Math.min(5_000, PACK_SEQ_SPAN - 1);

const snapshot = (value: object | null): string | null => (value === null ? null : JSON.stringify(value));

/** The changes cut into runs: a long run of one entity and action is packed, the rest are rows of their own. */
const runsOf = (changes: Change[]): Change[][] => {
  const runs: Change[][] = [];
  let run: Change[] = [];
  const close = (): void => {
    if (run.length >= PACK_FROM)
      for (let i = 0; i < run.length; i += PACK_SIZE) runs.push(run.slice(i, i + PACK_SIZE));
    else for (const change of run) runs.push([change]);
    run = [];
  };
  for (const change of changes) {
    const last = run[run.length - 1];
    if (last && (last.entity !== change.entity || last.action !== change.action)) close();
    run.push(change);
  }
  close();
  return runs;
};

/**
 * Appends the changes of one user action, with one batch id, inside the caller's
 * transaction, and returns the batch id. Nothing else writes to change_history, and
 * nothing updates or deletes it. An ordinary edit also empties the redo stack, simply by
 * being newer than every undo (see undo.ts).
 */
export const recordChanges = (
  ctx: ServiceContext,
  changes: Change[],
  origin: BatchOrigin = ORDINARY_EDIT,
): string | null => {
  if (changes.length === 0) return null;
  const batchId = ctx.newId();
  const at = ctx.now().toISOString();
  const by = readSettings(ctx.db).userName;
  const rows = runsOf(changes).map((run) => {
    const change = run[0] as Change;
    const packed = run.length > 1;
    return {
      id: ctx.newId(),
      batchId,
      entity: change.entity,
      entityId: packed ? null : change.entityId,
      action: change.action,
      before: packed ? null : snapshot(change.before),
      after: packed ? null : snapshot(change.after),
      pack: packed ? JSON.stringify(run.map((c) => [c.entityId, c.before, c.after])) : null,
      packSize: packed ? run.length : null,
      at,
      by,
      kind: origin.kind,
      revertsBatchId: origin.revertsBatchId,
    };
  });
  insertRows(ctx, changeHistory, rows);
  return batchId;
};

export const recordChange = (ctx: ServiceContext, change: Change): void => {
  recordChanges(ctx, [change]);
};

/**
 * A snapshot with every column of its table. One recorded from a bulk insert leaves out the
 * columns the database filled with their defaults; those are put back (null where a column
 * has no fixed default), so the snapshot compares with a stored row column for column.
 */
export const withColumnDefaults = <T extends Record<string, unknown>>(table: SQLiteTable, snapshot: T): T => {
  const complete: Record<string, unknown> = { ...snapshot };
  for (const [key, column] of Object.entries(getTableColumns(table)))
    if (!(key in complete)) complete[key] = column.default ?? null;
  return complete as T;
};

/** Every user name that has made a change, for the "who" filter of the workspace history. */
export const listHistoryAuthors = (ctx: ServiceContext): string[] =>
  ctx.db
    .selectDistinct({ by: changeHistory.by })
    .from(changeHistory)
    .orderBy(asc(changeHistory.by))
    .all()
    .map((r) => r.by);
