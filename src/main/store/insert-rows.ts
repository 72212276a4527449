import { Column, is, Param, Placeholder, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { KenesDb, Sqlite } from './database';

/** What a column without an encoder of its own does to a value: nothing. */
// eslint-disable-next-line @typescript-eslint/unbound-method -- compared with, never called
const IDENTITY = Column.prototype.mapToDriverValue;

type Slot =
  | { key: string; encoder: { mapToDriverValue(value: unknown): unknown } }
  | { key: undefined; value: unknown };

/**
 * A function that runs the statement with one row's values, written for this column list:
 * `row.nameKk` read by name, as hand-written code would, instead of `row[key]` in a loop,
 * which V8 cannot specialise and which made a bulk insert a quarter slower than raw
 * prepared statements. Only column names from the schema go into the code; values never do.
 */
const rowRunner = (
  slots: Slot[],
  statement: { run(...values: unknown[]): unknown },
): ((row: object) => void) => {
  const constants = slots.map((slot) => (slot.key === undefined ? slot.value : undefined));
  const encoders = slots.map((slot) => (slot.key === undefined ? undefined : slot.encoder));
  const args = slots.map((slot, i) => {
    if (slot.key === undefined) return `constants[${i}]`;
    if (!/^[A-Za-z_$][\w$]*$/.test(slot.key)) throw new Error(`Unexpected column key ${slot.key}`);
    return slot.encoder.mapToDriverValue === IDENTITY
      ? `row.${slot.key}`
      : `encoders[${i}].mapToDriverValue(row.${slot.key})`;
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- keys are schema identifiers, checked above
  const make = new Function(
    'statement',
    'constants',
    'encoders',
    `return (row) => { statement.run(${args.join(', ')}); };`,
  ) as (s: typeof statement, c: unknown[], e: unknown[]) => (row: object) => void;
  return make(statement, constants, encoders);
};

/** The two handles on one open workspace file. */
export interface Store {
  db: KenesDb;
  sqlite: Sqlite;
}

/**
 * Inserts many rows of one shape with one prepared statement. Drizzle builds the SQL
 * once, from placeholders, instead of once per multi-row chunk: building it was most of
 * the cost of a bulk insert. Which value goes where, and through which column encoder,
 * is also decided once — what drizzle's fillPlaceholders would redo for every value of
 * every row. Every row must have the keys of the first, none undefined, as the
 * services' row builders make them.
 */
export const insertRows = <T extends SQLiteTable>(
  store: Store,
  table: T,
  rows: T['$inferInsert'][],
): void => {
  const first = rows[0];
  if (!first) return;
  const placeholders = Object.fromEntries(Object.keys(first).map((key) => [key, sql.placeholder(key)]));
  const query = store.db
    .insert(table)
    .values(placeholders as T['$inferInsert'])
    .toSQL();
  const slots = query.params.map((param) =>
    is(param, Param) && is(param.value, Placeholder)
      ? { key: param.value.name, encoder: param.encoder }
      : { key: undefined, value: param },
  );
  const statement = store.sqlite.prepare(query.sql);
  const run = rowRunner(slots, statement);
  for (const row of rows) run(row);
};
