import { getTableColumns, getTableName } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import Database from 'better-sqlite3';
import {
  agreementModules,
  agreementObligations,
  agreementParties,
  agendaItemReferences,
  agendaItems,
  agreements,
  attachments,
  attendance,
  councilProfile,
  councilSessions,
  decisionProgressNotes,
  decisionResponsibles,
  decisions,
  moduleAssignments,
  networkViews,
  organisationGroups,
  organisationLinks,
  organisations,
  people,
  sessionAmendments,
} from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { withColumnDefaults, type Change, type HistoryEntity } from './history';
import type { HistoryAction } from '../../shared/domain/enums';

type Row = Record<string, unknown>;

interface EntityTable {
  table: SQLiteTable;
  /**
   * Columns written outside the history (a view's viewport: panning is not an edit).
   * They are neither compared nor restored, or every pan would block undo.
   */
  volatile?: readonly string[];
}

/** Where each entity of the history lives. A new entity that is recorded must be added here. */
const entityTables: Record<HistoryEntity, EntityTable> = {
  council: { table: councilProfile },
  organisation: { table: organisations },
  group: { table: organisationGroups },
  person: { table: people },
  link: { table: organisationLinks },
  module_assignment: { table: moduleAssignments },
  network_view: { table: networkViews, volatile: ['viewport'] },
  agreement: { table: agreements },
  agreement_party: { table: agreementParties },
  agreement_obligation: { table: agreementObligations },
  agreement_module: { table: agreementModules },
  // The row only: the bytes stay under the data directory, named by their hash, so a redo finds them.
  attachment: { table: attachments },
  session: { table: councilSessions },
  agenda_item: { table: agendaItems },
  agenda_item_reference: { table: agendaItemReferences },
  attendance: { table: attendance },
  decision: { table: decisions },
  decision_responsible: { table: decisionResponsibles },
  decision_progress_note: { table: decisionProgressNotes },
  session_amendment: { table: sessionAmendments },
};

const isEntity = (entity: string): entity is HistoryEntity => Object.hasOwn(entityTables, entity);

export type RevertKind = 'undo' | 'redo';

/** One change as change_history holds it. */
export interface RecordedChange {
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

const outdated = (kind: RevertKind) => conflict(kind === 'undo' ? 'undoOutdated' : 'redoOutdated');

interface ColumnSlot {
  key: string;
  name: string;
  column: SQLiteColumn;
}

/**
 * One table's statements, prepared once per batch: a batch can hold tens of thousands
 * of records (an import), and building each query anew would dominate the undo.
 * They use the drizzle schema's column names and its encoders, so values go in and come
 * out exactly as the services write and read them.
 */
class TableStatements {
  private readonly columns: ColumnSlot[];
  private readonly restored: ColumnSlot[];
  private readonly select: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly update: Database.Statement;
  /** Columns whose values must match for a record to be "as the change left it" (id is the key). */
  private readonly comparedKeys: Set<string>;

  private readonly table: SQLiteTable;

  constructor(sqlite: Database.Database, spec: EntityTable) {
    this.table = spec.table;
    const casing = new CasingCache('snake_case');
    this.columns = Object.entries(getTableColumns(spec.table)).map(([key, column]) => ({
      key,
      name: casing.getColumnCasing(column),
      column,
    }));
    this.restored = this.columns.filter((c) => c.key !== 'id' && !spec.volatile?.includes(c.key));
    const table = `"${getTableName(spec.table)}"`;
    const names = this.columns.map((c) => `"${c.name}"`);
    this.select = sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`);
    this.remove = sqlite.prepare(`DELETE FROM ${table} WHERE id = ?`);
    this.insert = sqlite.prepare(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    );
    this.update = sqlite.prepare(
      `UPDATE ${table} SET ${this.restored.map((c) => `"${c.name}" = ?`).join(', ')} WHERE id = ?`,
    );
    this.comparedKeys = new Set(this.restored.map((c) => c.key));
  }

  /**
   * A snapshot as driver values, column by column. Snapshots are JSON of drizzle rows,
   * so booleans, numbers and nulls come back as they were; a bulk insert's snapshot may
   * leave out columns that took their default, which are filled in here.
   */
  encode(json: string): unknown[] {
    const snapshot = withColumnDefaults(this.table, JSON.parse(json) as Row);
    return this.columns.map(({ key, column }) => {
      const value = snapshot[key];
      return value === null || value === undefined ? null : column.mapToDriverValue(value);
    });
  }

  /** The stored row as driver values in column order, or null. */
  read(id: string): unknown[] | null {
    const raw = this.select.get(id) as Row | undefined;
    return raw ? this.columns.map((c) => raw[c.name] ?? null) : null;
  }

  same(current: unknown[] | null, expected: unknown[] | null): boolean {
    if (current === null || expected === null) return current === expected;
    return this.columns.every((c, i) => !this.comparedKeys.has(c.key) || current[i] === expected[i]);
  }

  /** A row of driver values as the services see it: camelCase keys, booleans as booleans. */
  decode(values: unknown[] | null): Row | null {
    if (values === null) return null;
    return Object.fromEntries(
      this.columns.map((c, i) => [c.key, values[i] === null ? null : c.column.mapFromDriverValue(values[i])]),
    );
  }

  write(id: string, current: unknown[] | null, target: unknown[] | null): void {
    if (target === null) this.remove.run(id);
    else if (current === null) this.insert.run(target);
    else {
      const byKey = new Map(this.columns.map((c, i) => [c.key, target[i]]));
      this.update.run(...this.restored.map((c) => byKey.get(c.key)), id);
    }
  }
}

const revertAction = (from: Row | null, to: Row | null): HistoryAction => {
  if (to === null) return 'delete';
  if (from === null) return 'create';
  if (from.archivedAt == null && to.archivedAt != null) return 'archive';
  if (from.archivedAt != null && to.archivedAt == null) return 'restore';
  return 'update';
};

/**
 * Puts records back as they were before their changes, in the caller's transaction, and
 * returns the changes that made, for the history. Refuses when a record is no longer as
 * its change left it (edited outside the history, or by something the stack skipped):
 * reverting then would silently throw that other edit away.
 */
export const revertChanges = (ctx: ServiceContext, changes: RecordedChange[], kind: RevertKind): Change[] => {
  const statements = new Map<HistoryEntity, TableStatements>();
  const statementsFor = (entity: HistoryEntity): TableStatements => {
    let s = statements.get(entity);
    if (!s) statements.set(entity, (s = new TableStatements(ctx.sqlite, entityTables[entity])));
    return s;
  };
  return changes.map((change) => {
    if (!isEntity(change.entity)) throw outdated(kind);
    const table = statementsFor(change.entity);
    const current = table.read(change.entityId);
    const expected = change.after === null ? null : table.encode(change.after);
    if (!table.same(current, expected)) throw outdated(kind);
    const target = change.before === null ? null : table.encode(change.before);
    try {
      table.write(change.entityId, current, target);
    } catch (error) {
      // A foreign key or the single-hub index: something written since still relies on
      // this record being as it is. The caller's transaction rolls back the whole batch.
      if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
        throw outdated(kind);
      }
      throw error;
    }
    const before = table.decode(current);
    const after = table.decode(table.read(change.entityId));
    return {
      entity: change.entity,
      entityId: change.entityId,
      action: revertAction(before, after),
      before,
      after,
    };
  });
};
