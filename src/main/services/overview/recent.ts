import type { ServiceContext } from '../context';
import { summarise } from '../undo';
import { RECENT_CHANGES, type RecentChange } from '../../../shared/api/overview';
import type { HistoryBatchKind } from '../../../shared/domain/enums';

interface BatchRow {
  batchId: string;
  kind: HistoryBatchKind;
  revertsBatchId: string | null;
}

const batchRow = (ctx: ServiceContext, batchId: string): BatchRow | undefined =>
  ctx.sqlite
    .prepare(
      `SELECT batch_id AS batchId, kind, reverts_batch_id AS revertsBatchId FROM change_history
       WHERE batch_id = ? LIMIT 1`,
    )
    .get(batchId) as BatchRow | undefined;

/**
 * The edit a batch is about: an edit is about itself; an undo about the edit it reverted;
 * a redo reverts an undo, so it is about the edit that undo reverted. Undo and redo batches
 * start with whatever record they had to put back first, which would name the wrong thing.
 */
const editBehind = (ctx: ServiceContext, row: BatchRow): string => {
  if (row.kind === 'edit' || !row.revertsBatchId) return row.batchId;
  if (row.kind === 'undo') return row.revertsBatchId;
  const undone = batchRow(ctx, row.revertsBatchId);
  return undone?.revertsBatchId ?? row.batchId;
};

const createsCouncil = (ctx: ServiceContext, batchId: string): boolean =>
  ctx.sqlite
    .prepare(
      `SELECT 1 FROM change_history WHERE batch_id = ? AND entity = 'council' AND action = 'create' LIMIT 1`,
    )
    .get(batchId) !== undefined;

/**
 * The newest batches of the change history, newest first, each named as the undo button
 * names it. Walks back from the newest row and stops once it has enough batches, so a
 * long history costs no more than a short one.
 */
export const recentChanges = (ctx: ServiceContext, limit = RECENT_CHANGES): RecentChange[] => {
  const rows = ctx.sqlite
    .prepare(
      `SELECT batch_id AS batchId, kind, reverts_batch_id AS revertsBatchId FROM change_history
       ORDER BY rowid DESC`,
    )
    .iterate() as IterableIterator<BatchRow>;
  const batches: BatchRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.batchId)) continue;
    seen.add(row.batchId);
    batches.push(row);
    if (batches.length === limit) {
      rows.return?.();
      break;
    }
  }
  return batches.map((row) => {
    const own = summarise(ctx, row.batchId);
    const subject = editBehind(ctx, row);
    const about = subject === row.batchId ? own : summarise(ctx, subject);
    return {
      ...about,
      batchId: row.batchId,
      at: own.at,
      by: own.by,
      kind: row.kind,
      initialisation: createsCouncil(ctx, subject),
    };
  });
};
