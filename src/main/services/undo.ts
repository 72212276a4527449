import type { ServiceContext } from './context';
import { conflict } from './errors';
import { recordChanges } from './history';
import { countEntriesOfBatch, firstEntryOfBatch, type StoredEntry } from './historyList';
import { revertChanges, type RecordedChange, type RevertKind } from './revert';
import type { HistoryAction, HistoryBatchKind } from '../../shared/domain/enums';
import type { BatchSummary, UndoState } from '../../shared/model';

/**
 * Undo and redo, read from the change history alone, so they survive a restart and
 * cover edits made on any screen.
 *
 * The history replays as two stacks. An edit pushes its batch on the undo stack and
 * empties the redo stack; an undo batch reverts the top of the undo stack and goes on
 * the redo stack; a redo batch reverts the top of the redo stack (undoing the undo) and
 * goes on the undo stack. Nothing is ever removed from the history, so the stack tops
 * are found by walking back batch by batch from the newest, without a replay:
 * - undo top: the newest edit or redo batch that no undo batch reverts;
 * - redo top: the newest undo batch that no redo batch reverts, unless an edit comes
 *   first (a later edit emptied the redo stack).
 * Workspace initialisation is the bottom of the undo stack: its batch is never undone.
 */

interface HistoryRow extends RecordedChange {
  batchId: string;
  action: HistoryAction;
  at: string;
  by: string;
}

interface Batch {
  batchId: string;
  kind: HistoryBatchKind;
  revertsBatchId: string | null;
  /** The batch's first rowid: its rows were appended together, so they are contiguous. */
  first: number;
}

/** The newest batch whose rows lie before `rowid`. Two indexed lookups, whatever the batch's size. */
const batchBefore = (ctx: ServiceContext, rowid: number): Batch | null => {
  const last = ctx.sqlite
    .prepare(
      `SELECT batch_id AS batchId, kind, reverts_batch_id AS revertsBatchId FROM change_history
       WHERE rowid < ? ORDER BY rowid DESC LIMIT 1`,
    )
    .get(rowid) as Omit<Batch, 'first'> | undefined;
  if (!last) return null;
  const { first } = ctx.sqlite
    .prepare('SELECT min(rowid) AS first FROM change_history WHERE batch_id = ?')
    .get(last.batchId) as { first: number };
  return { ...last, first };
};

const newestBatches = function* (ctx: ServiceContext): Generator<Batch> {
  for (let b = batchBefore(ctx, Number.MAX_SAFE_INTEGER); b; b = batchBefore(ctx, b.first)) yield b;
};

const revertedBy = (ctx: ServiceContext, batchId: string, kind: 'undo' | 'redo'): boolean =>
  ctx.sqlite
    .prepare('SELECT 1 FROM change_history WHERE reverts_batch_id = ? AND kind = ? LIMIT 1')
    .get(batchId, kind) !== undefined;

/** The last rowid of the batch that initialised the workspace (0 if it has not been initialised). */
const stackFloor = (ctx: ServiceContext): number => {
  const init = ctx.sqlite
    .prepare(
      `SELECT batch_id AS batchId FROM change_history WHERE entity = 'council' AND action = 'create'
       ORDER BY rowid DESC LIMIT 1`,
    )
    .get() as { batchId: string } | undefined;
  if (!init) return 0;
  const last = ctx.sqlite
    .prepare('SELECT max(rowid) AS n FROM change_history WHERE batch_id = ?')
    .get(init.batchId) as { n: number };
  return last.n;
};

const undoTop = (ctx: ServiceContext): Batch | null => {
  const floor = stackFloor(ctx);
  for (const b of newestBatches(ctx)) {
    if (b.first <= floor) return null;
    if (b.kind !== 'undo' && !revertedBy(ctx, b.batchId, 'undo')) return b;
  }
  return null;
};

/** The undo batch redo would revert (its revertsBatchId is the change redo makes again). */
const redoTop = (ctx: ServiceContext): Batch | null => {
  for (const b of newestBatches(ctx)) {
    if (b.kind === 'edit') return null;
    if (b.kind === 'undo' && !revertedBy(ctx, b.batchId, 'redo')) return b;
  }
  return null;
};

const nameOf = (ctx: ServiceContext, organisationId: unknown): string => {
  if (typeof organisationId !== 'string') return '';
  const row = ctx.sqlite
    .prepare('SELECT name_kk AS nameKk, short_name AS shortName FROM organisations WHERE id = ?')
    .get(organisationId) as { nameKk: string; shortName: string } | undefined;
  return row ? row.nameKk || row.shortName : '';
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "№ 12 Ынтымақтастық туралы келісім", or the title alone when the agreement has no number. */
const agreementLabel = (snapshot: Record<string, unknown>): string =>
  [text(snapshot.number) && `№ ${text(snapshot.number)}`, text(snapshot.title)].filter(Boolean).join(' ');

const agreementOf = (ctx: ServiceContext, agreementId: unknown): string => {
  if (typeof agreementId !== 'string') return '';
  const row = ctx.sqlite.prepare('SELECT number, title FROM agreements WHERE id = ?').get(agreementId) as
    { number: string; title: string } | undefined;
  return row ? agreementLabel(row) : '';
};

const moduleNameOf = (ctx: ServiceContext, moduleId: unknown): string => {
  if (typeof moduleId !== 'string') return '';
  const row = ctx.sqlite
    .prepare('SELECT name_kk AS nameKk FROM interaction_modules WHERE id = ?')
    .get(moduleId) as { nameKk: string } | undefined;
  return row?.nameKk ?? '';
};

const personNameOf = (ctx: ServiceContext, personId: unknown): string => {
  if (typeof personId !== 'string') return '';
  const row = ctx.sqlite.prepare('SELECT full_name AS fullName FROM people WHERE id = ?').get(personId) as
    { fullName: string } | undefined;
  return row?.fullName ?? '';
};

/** A name a person recognises the record by, from its snapshot. */
const labelOf = (ctx: ServiceContext, entity: string, snapshot: Record<string, unknown>): string => {
  switch (entity) {
    case 'person':
      return text(snapshot.fullName);
    case 'network_view':
      return text(snapshot.name);
    case 'link':
      return `${nameOf(ctx, snapshot.sourceId)} — ${nameOf(ctx, snapshot.targetId)}`;
    case 'module_assignment':
      return nameOf(ctx, snapshot.organisationId);
    case 'agreement':
      return agreementLabel(snapshot);
    case 'agreement_party':
      return nameOf(ctx, snapshot.organisationId);
    case 'agreement_obligation':
      return text(snapshot.description);
    case 'agreement_module':
      return `${agreementOf(ctx, snapshot.agreementId)} — ${moduleNameOf(ctx, snapshot.moduleId)}`;
    case 'attachment':
      return text(snapshot.fileName);
    case 'session':
      return `№${typeof snapshot.number === 'number' ? snapshot.number : ''} ${text(snapshot.startsAt).slice(0, 10)}`;
    case 'agenda_item':
      return text(snapshot.title);
    case 'agenda_item_reference':
      return text(snapshot.entityType);
    case 'attendance':
      return personNameOf(ctx, snapshot.personId) || text(snapshot.guestName);
    case 'decision':
    case 'decision_progress_note':
    case 'session_amendment':
      return text(snapshot.text);
    case 'decision_responsible':
      return nameOf(ctx, snapshot.organisationId) || personNameOf(ctx, snapshot.personId);
    default:
      return text(snapshot.nameKk) || text(snapshot.shortName);
  }
};

const HISTORY_COLUMNS = 'batch_id AS batchId, entity, entity_id AS entityId, action, before, after, at, by';

/** A batch as the undo button names it; the overview lists recent changes with the same words. */
export const summarise = (ctx: ServiceContext, batchId: string): BatchSummary => {
  // Read from the batch's first row alone: a bulk change's thousands are not unpacked to name it.
  const first = firstEntryOfBatch(ctx, batchId) as StoredEntry;
  const snapshot = first.after ?? first.before ?? {};
  return {
    batchId,
    at: first.at,
    by: first.by,
    entity: first.entity,
    action: first.action,
    count: countEntriesOfBatch(ctx, batchId),
    label: labelOf(ctx, first.entity, snapshot),
  };
};

export const undoState = (ctx: ServiceContext): UndoState => {
  const undo = undoTop(ctx);
  const redo = redoTop(ctx);
  return {
    undo: undo ? summarise(ctx, undo.batchId) : null,
    redo: redo ? summarise(ctx, redo.revertsBatchId as string) : null,
  };
};

/**
 * Writes every record of the batch back as it was before it, newest change first, and
 * records that as one new batch. One transaction: a refusal on any record leaves
 * everything as it was. Returns the new batch's id.
 */
const revertBatch = (ctx: ServiceContext, batchId: string, kind: RevertKind): string =>
  ctx.transaction(() => {
    const rows = ctx.sqlite
      .prepare(`SELECT ${HISTORY_COLUMNS} FROM change_history_entries WHERE batch_id = ? ORDER BY seq DESC`)
      .all(batchId) as HistoryRow[];
    const changes = revertChanges(ctx, rows, kind);
    return recordChanges(ctx, changes, { kind, revertsBatchId: batchId }) as string;
  });

/** Undoes the newest change not yet undone; returns it, as the redo button will now name it. */
export const undo = (ctx: ServiceContext): BatchSummary =>
  ctx.transaction(() => {
    const top = undoTop(ctx);
    if (!top) throw conflict('nothingToUndo');
    revertBatch(ctx, top.batchId, 'undo');
    return summarise(ctx, top.batchId);
  });

/** Makes the most recently undone change again; returns it, as the undo button will now name it. */
export const redo = (ctx: ServiceContext): BatchSummary =>
  ctx.transaction(() => {
    const top = redoTop(ctx);
    if (!top) throw conflict('nothingToRedo');
    return summarise(ctx, revertBatch(ctx, top.batchId, 'redo'));
  });
