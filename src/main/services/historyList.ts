import { CHANGES_IN_ROW, organisationLinks, people, PACK_SEQ_SPAN } from '../../../db/schema';
import { eq, or } from 'drizzle-orm';
import type { ServiceContext } from './context';
import type { HistoryAction, HistoryBatchKind } from '../../shared/domain/enums';
import type { HistoryEntry } from '../../shared/model';
import type { Page } from '../../shared/api/fields';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { historyCalls } from '../../shared/api/history';

/**
 * Reading the change history: the History list, a record's story, and the first change and
 * size of a batch for the undo button. A bulk change is stored packed (db/schema/history.ts),
 * so these read the rows themselves and unpack only what they show; undo, merge and reports
 * read every change of what they need through the change_history_entries view.
 */

type Snapshot = Record<string, unknown>;

/** A change_history row as stored, with its rowid (its place in time). */
interface StoredRow {
  rowid: number;
  id: string;
  batchId: string;
  entity: string;
  entityId: string | null;
  action: HistoryAction;
  before: string | null;
  after: string | null;
  pack: string | null;
  at: string;
  by: string;
  kind: HistoryBatchKind;
  revertsBatchId: string | null;
}

/** One change, unpacked, with its place in the history (as the change_history_entries view numbers it). */
export interface StoredEntry extends Omit<HistoryEntry, 'changedFields'> {
  seq: number;
}

/** A row's columns, with its pack as `pack` (by default the whole of it). */
const storedColumns = (pack = 'pack'): string =>
  `rowid, id, batch_id AS batchId, entity, entity_id AS entityId, action, before, after, ${pack} AS pack,
   at, by, kind, reverts_batch_id AS revertsBatchId`;
const STORED_COLUMNS = storedColumns();

const parseSnapshot = (json: string | null): Snapshot | null =>
  json === null ? null : (JSON.parse(json) as Snapshot);

/**
 * A row's changes, oldest first: itself, or the changes of its pack, with the ids and
 * order the change_history_entries view gives them. Parsing here instead of in the view
 * lets a page of the history unpack only the rows it shows.
 */
const unpack = (row: StoredRow): StoredEntry[] => {
  const { rowid, pack, entityId, before, after, ...batch } = row;
  if (pack === null)
    return [
      {
        ...batch,
        entityId: entityId as string,
        before: parseSnapshot(before),
        after: parseSnapshot(after),
        seq: rowid * PACK_SEQ_SPAN,
      },
    ];
  return (JSON.parse(pack) as [string, Snapshot | null, Snapshot | null][]).map(([id, b, a], i) => ({
    ...batch,
    id: `${row.id}/${i}`,
    entityId: id,
    before: b,
    after: a,
    seq: rowid * PACK_SEQ_SPAN + i,
  }));
};

/** A change picked out of a pack by SQLite: its snapshots still JSON text. */
type PackedEntryRow = Omit<StoredEntry, 'before' | 'after'> & { before: string | null; after: string | null };

/** The first change of a batch, read from its first row alone. */
export const firstEntryOfBatch = (ctx: ServiceContext, batchId: string): StoredEntry | undefined => {
  // A pack's first change only, cut out by SQLite: the rest of it is not parsed in JS.
  const row = ctx.sqlite
    .prepare(
      `SELECT ${storedColumns('CASE WHEN pack IS NULL THEN NULL ELSE json_array(json(pack -> 0)) END')}
       FROM change_history WHERE batch_id = ? ORDER BY rowid LIMIT 1`,
    )
    .get(batchId) as StoredRow | undefined;
  return row ? unpack(row)[0] : undefined;
};

/** How many changes a batch made, packed or not, without unpacking any. */
export const countEntriesOfBatch = (ctx: ServiceContext, batchId: string): number =>
  ctx.sqlite
    .prepare(`SELECT coalesce(sum(${CHANGES_IN_ROW}), 0) FROM change_history WHERE batch_id = ?`)
    .pluck()
    .get(batchId) as number;

const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt']);

const changedFields = (before: Snapshot | null, after: Snapshot | null): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter(
    (k) =>
      !IGNORED_FIELDS.has(k) && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
  );
};

const asHistoryEntry = ({ seq: _seq, ...entry }: StoredEntry): HistoryEntry => ({
  ...entry,
  changedFields: changedFields(entry.before, entry.after),
});

type ListInput = ParsedInputOf<typeof historyCalls.list>;

/** The conditions every change of a row shares (its batch's entity, action, author and time), as SQL. */
const rowConditions = (input: ListInput): { sql: string[]; params: unknown[] } => {
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]): void => {
    sql.push(condition);
    params.push(...values);
  };
  if (input.entity) add('entity = ?', input.entity);
  if (input.actions?.length) add('action IN (SELECT value FROM json_each(?))', JSON.stringify(input.actions));
  if (input.by !== undefined) add('by = ?', input.by);
  // `at` is stored as toISOString() (UTC, "Z"), so normalising the bounds the same way makes text order time order.
  if (input.from) add('at >= ?', new Date(input.from).toISOString());
  if (input.to) add('at < ?', new Date(input.to).toISOString());
  return { sql, params };
};

/** The records whose story is asked for: one, or an organisation with its links and people. */
const recordIds = (ctx: ServiceContext, input: ListInput): string[] | null => {
  if (!input.entityId) return null;
  if (!(input.includeRelated && input.entity === 'organisation')) return [input.entityId];
  const linkIds = ctx.db
    .select({ id: organisationLinks.id })
    .from(organisationLinks)
    .where(or(eq(organisationLinks.sourceId, input.entityId), eq(organisationLinks.targetId, input.entityId)))
    .all()
    .map((r) => r.id);
  const personIds = ctx.db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.organisationId, input.entityId))
    .all()
    .map((r) => r.id);
  return [input.entityId, ...linkIds, ...personIds];
};

/**
 * Some records' stories, newest first: their own rows through the entity-id index, and
 * their changes in packs. A pack is looked into only if its text mentions one of the ids
 * (a plain substring search), and then SQLite picks the records' changes out of it, so a
 * story in a workspace of thousands of bulk-created records parses no pack in JS.
 * The second query repeats the view's unpacking on purpose: asked through the view, with
 * the same batches to look in, a story took two to three times as long.
 */
const storiesOf = (ctx: ServiceContext, ids: string[], input: ListInput): StoredEntry[] => {
  const { sql, params } = rowConditions(
    // An organisation's story spans entities; the ids alone say which records are meant.
    input.includeRelated && input.entity === 'organisation' ? { ...input, entity: undefined } : input,
  );
  const where = sql.map((c) => ` AND h.${c}`).join('');
  const json = JSON.stringify(ids);
  const own = ctx.sqlite
    .prepare(
      `SELECT ${STORED_COLUMNS} FROM change_history h
       WHERE entity_id IN (SELECT value FROM json_each(?))${where}`,
    )
    .all(json, ...params) as StoredRow[];
  const packed = ctx.sqlite
    .prepare(
      `SELECT h.id || '/' || p.key AS id, h.batch_id AS batchId, h.entity, p.value ->> 0 AS entityId, h.action,
         json_extract(p.value, '$[1]') AS before, json_extract(p.value, '$[2]') AS after, h.at, h.by, h.kind,
         h.reverts_batch_id AS revertsBatchId, h.rowid * ${PACK_SEQ_SPAN} + p.key AS seq
       FROM change_history h, json_each(h.pack) p
       WHERE h.pack IS NOT NULL${where}
         AND EXISTS (SELECT 1 FROM json_each(?) wanted WHERE instr(h.pack, wanted.value) > 0)
         AND p.value ->> 0 IN (SELECT value FROM json_each(?))`,
    )
    .all(...params, json, json) as PackedEntryRow[];
  return [
    ...own.flatMap(unpack),
    ...packed.map((e) => ({ ...e, before: parseSnapshot(e.before), after: parseSnapshot(e.after) })),
  ].sort((a, b) => b.seq - a.seq);
};

/**
 * One page of the whole history, newest first. Rows are counted by how many changes each
 * holds, so only the rows that fall on the page are read and unpacked.
 */
const historyPage = (ctx: ServiceContext, input: ListInput, offset: number, size: number) => {
  const { sql, params } = rowConditions(input);
  const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
  const total = ctx.sqlite
    .prepare(`SELECT coalesce(sum(${CHANGES_IN_ROW}), 0) FROM change_history ${where}`)
    .pluck()
    .get(...params) as number;
  // `newer`: how many changes the rows after this one hold.
  const onPage = ctx.sqlite
    .prepare(
      `SELECT rowid, newer FROM (
         SELECT rowid, ${CHANGES_IN_ROW} AS n,
           coalesce(sum(${CHANGES_IN_ROW}) OVER (ORDER BY rowid DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS newer
         FROM change_history ${where})
       WHERE newer < ? AND newer + n > ? ORDER BY rowid DESC`,
    )
    .all(...params, offset + size, offset) as { rowid: number; newer: number }[];
  const first = onPage[0];
  if (!first) return { total, entries: [] };
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${STORED_COLUMNS} FROM change_history WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid DESC`,
    )
    .all(JSON.stringify(onPage.map((r) => r.rowid))) as StoredRow[];
  const entries = rows.flatMap((row) => unpack(row).reverse());
  const skip = offset - first.newer;
  return { total, entries: entries.slice(skip, skip + size) };
};

export const listHistory = (ctx: ServiceContext, input: ListInput): Page<HistoryEntry> => {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const offset = (page - 1) * pageSize;
  const ids = recordIds(ctx, input);
  if (ids === null) {
    const { total, entries } = historyPage(ctx, input, offset, pageSize);
    return { total, page, pageSize, items: entries.map(asHistoryEntry) };
  }
  const entries = storiesOf(ctx, ids, input);
  return {
    total: entries.length,
    page,
    pageSize,
    items: entries.slice(offset, offset + pageSize).map(asHistoryEntry),
  };
};
