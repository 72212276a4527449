import { and, asc, count, desc, eq, getTableColumns, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { changeHistory, organisationLinks, people } from '../../../db/schema';
import type { ServiceContext } from './context';
import { insertRows } from '../store/insert-rows';
import { readSettings } from './settings';
import type { HistoryAction, HistoryBatchKind } from '../../shared/domain/enums';
import type { HistoryEntry } from '../../shared/model';
import type { Page } from '../../shared/api/fields';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { historyCalls, historyEntities } from '../../shared/api/history';

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
  const rows = changes.map((c) => ({
    id: ctx.newId(),
    batchId,
    entity: c.entity,
    entityId: c.entityId,
    action: c.action,
    before: c.before === null ? null : JSON.stringify(c.before),
    after: c.after === null ? null : JSON.stringify(c.after),
    at,
    by,
    kind: origin.kind,
    revertsBatchId: origin.revertsBatchId,
  }));
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

const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt']);

const parseSnapshot = (json: string | null): Record<string, unknown> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

const changedFields = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter(
    (k) =>
      !IGNORED_FIELDS.has(k) && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
  );
};

type ListInput = ParsedInputOf<typeof historyCalls.list>;

export const listHistory = (ctx: ServiceContext, input: ListInput): Page<HistoryEntry> => {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const where: SQL[] = [];
  if (input.entityId && input.includeRelated && input.entity === 'organisation') {
    // An organisation's story includes its links and its people.
    const linkIds = ctx.db
      .select({ id: organisationLinks.id })
      .from(organisationLinks)
      .where(
        or(eq(organisationLinks.sourceId, input.entityId), eq(organisationLinks.targetId, input.entityId)),
      )
      .all()
      .map((r) => r.id);
    const personIds = ctx.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.organisationId, input.entityId))
      .all()
      .map((r) => r.id);
    where.push(inArray(changeHistory.entityId, [input.entityId, ...linkIds, ...personIds]));
  } else {
    if (input.entity) where.push(eq(changeHistory.entity, input.entity));
    if (input.entityId) where.push(eq(changeHistory.entityId, input.entityId));
  }
  if (input.actions?.length) where.push(inArray(changeHistory.action, input.actions));
  if (input.by !== undefined) where.push(eq(changeHistory.by, input.by));
  // `at` is stored as toISOString() (UTC, "Z"), so normalising the bounds the same way makes text order time order.
  if (input.from) where.push(gte(changeHistory.at, new Date(input.from).toISOString()));
  if (input.to) where.push(lt(changeHistory.at, new Date(input.to).toISOString()));
  const condition = where.length ? and(...where) : undefined;
  const total = ctx.db.select({ n: count() }).from(changeHistory).where(condition).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(changeHistory)
    .where(condition)
    // Append-only: newest first is highest rowid first, and stays in order within a batch.
    .orderBy(desc(sql`${changeHistory}.rowid`))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => {
      const before = parseSnapshot(r.before);
      const after = parseSnapshot(r.after);
      return { ...r, before, after, changedFields: changedFields(before, after) };
    }),
  };
};

/** Every user name that has made a change, for the "who" filter of the workspace history. */
export const listHistoryAuthors = (ctx: ServiceContext): string[] =>
  ctx.db
    .selectDistinct({ by: changeHistory.by })
    .from(changeHistory)
    .orderBy(asc(changeHistory.by))
    .all()
    .map((r) => r.by);
