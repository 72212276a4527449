import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../../db/schema';
import { foldForSearch, sortKey } from '../../shared/text/fold';

export type KenesDb = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export interface DatabaseOptions {
  /** better-sqlite3 native binding built for Electron's ABI, when running inside Electron from a dev checkout. */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens the SQLite file with the settings Kenes relies on:
 * WAL so readers never block the writer; foreign keys enforced; synchronous=FULL so a
 * write acknowledged to the user survives a power cut or a killed process.
 */
export const openSqlite = (file: string, options: DatabaseOptions = {}): Sqlite => {
  const sqlite = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    if (!options.readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    // 32 MB of page cache (the default is 2 MB). A council's whole workspace is a few tens of
    // MB, and a bulk write (an import, a merge, a layout) updates several indexes keyed by
    // random UUIDs: with the small default those pages spill to the WAL mid-transaction.
    sqlite.pragma('cache_size = -32000');
    // Workspace files now come from outside (opened, merged, restored): their schema may not
    // call Kenes's own functions from a view or trigger. Our one view (the history's
    // entries) uses only SQLite's own JSON functions, which are marked harmless.
    sqlite.pragma('trusted_schema = OFF');
  } catch (error) {
    // A damaged or foreign file fails here; close it so no handle (or -wal/-shm file) outlives the refusal.
    sqlite.close();
    throw error;
  }
  // SQLite's LOWER() and collation know only ASCII; Kazakh and Russian search and sort
  // go through these deterministic functions instead.
  sqlite.function('kenes_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : '',
  );
  sqlite.function('kenes_sort_key', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? sortKey(value) : '',
  );
  return sqlite;
};

export const wrapDrizzle = (sqlite: Sqlite): KenesDb =>
  drizzle({ client: sqlite, schema, casing: 'snake_case' });
