import { is, Param, Placeholder, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { KenesDb, Sqlite } from './database';

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
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    statement.run(
      slots.map((slot) =>
        slot.key === undefined ? slot.value : slot.encoder.mapToDriverValue(values[slot.key]),
      ),
    );
  }
};
