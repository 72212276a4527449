import { eq, getTableColumns } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import type { Change } from '../history';
import { insertRows } from '../../store/insert-rows';
import type { MergedKind, Row } from './kinds';
import type { ChangedRecord, KindPlan } from './plan';

/** Rows of one table in an order where each comes after the row of the same table it refers to (group parents, earlier agreement versions). */
const parentsFirst = (spec: MergedKind, rows: Row[]): Row[] => {
  const selfColumn = Object.keys(spec.references).find((c) => spec.references[c] === spec.kind);
  if (!selfColumn) return rows;
  const pending = new Map(rows.map((r) => [r.id, r]));
  const ordered: Row[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((r) => {
      const parent = r[selfColumn];
      return typeof parent !== 'string' || !pending.has(parent);
    });
    // A cycle cannot be written in any order; the foreign key will refuse it and roll back.
    const batch = ready.length > 0 ? ready : [...pending.values()];
    for (const r of batch) {
      ordered.push(r);
      pending.delete(r.id);
    }
  }
  return ordered;
};

const readBack = (ctx: ServiceContext, spec: MergedKind, id: string): Row => {
  const idColumn = getTableColumns(spec.table).id;
  if (!idColumn) throw new Error(`${spec.kind} has no id column`);
  return ctx.db.select().from(spec.table).where(eq(idColumn, id)).get() as Row;
};

/** Inserts a kind's new records and returns their history entries (as written, read back). */
export const insertIncoming = (ctx: ServiceContext, plan: KindPlan): Change[] => {
  const rows = parentsFirst(plan.spec, plan.incoming);
  insertRows(ctx, plan.spec.table, rows);
  return rows.map((row) => ({
    entity: plan.spec.entity,
    entityId: row.id,
    action: 'create',
    before: null,
    after: readBack(ctx, plan.spec, row.id),
  }));
};

/** Puts the district's version in place of this workspace's, keeping what is this workspace's own. */
export const replaceWithTheirs = (ctx: ServiceContext, spec: MergedKind, record: ChangedRecord): Change => {
  const idColumn = getTableColumns(spec.table).id;
  if (!idColumn) throw new Error(`${spec.kind} has no id column`);
  const { id: _id, ...theirs } = record.theirs;
  const values: Record<string, unknown> = { ...theirs, createdAt: record.local.createdAt };
  for (const column of spec.ownColumns) values[column] = record.local[column];
  ctx.db.update(spec.table).set(values).where(eq(idColumn, record.local.id)).run();
  const after = readBack(ctx, spec, record.local.id);
  const wasArchived = record.local.archivedAt != null;
  const isArchived = after.archivedAt != null;
  return {
    entity: spec.entity,
    entityId: record.local.id,
    action: !wasArchived && isArchived ? 'archive' : wasArchived && !isArchived ? 'restore' : 'update',
    before: record.local,
    after,
  };
};

/** Whether some group is, through its parents, inside itself. */
export const hasGroupCycle = (ctx: ServiceContext): boolean =>
  ctx.sqlite
    .prepare(
      `WITH RECURSIVE up(start, id, depth) AS (
         SELECT id, parent_id, 1 FROM organisation_groups WHERE parent_id IS NOT NULL
         UNION ALL
         SELECT up.start, g.parent_id, up.depth + 1 FROM up JOIN organisation_groups g ON g.id = up.id
         WHERE g.parent_id IS NOT NULL AND up.id <> up.start AND up.depth < 1000
       )
       SELECT 1 FROM up WHERE id = start LIMIT 1`,
    )
    .get() !== undefined;
