import { randomUUID } from 'node:crypto';
import type { Workspace } from '../store/workspace';
import type { KenesDb, Sqlite } from '../store/database';

/**
 * What every service function gets: the database and the clock. Tests pass a fixed
 * clock; the app passes the real one. Services are plain functions of (ctx, input).
 */
export interface ServiceContext {
  db: KenesDb;
  sqlite: Sqlite;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  now(): Date;
  newId(): string;
  /**
   * Runs `fn` in one SQLite transaction: a multi-row change is written whole or not at
   * all. Nested calls become savepoints (better-sqlite3), so services can compose.
   */
  transaction<T>(fn: () => T): T;
  /**
   * Opens a file with the system's viewer (Electron's shell.openPath: resolves to an error
   * message, empty on success). Absent in browser mode, where the renderer downloads instead.
   */
  openPath?: (file: string) => Promise<string> | string;
}

export const createServiceContext = (
  workspace: Workspace,
  clock: () => Date = () => new Date(),
): ServiceContext => ({
  db: workspace.db,
  sqlite: workspace.sqlite,
  dataDir: workspace.dataDir,
  databasePath: workspace.databasePath,
  schemaVersion: workspace.schemaVersion,
  now: clock,
  newId: randomUUID,
  transaction: <T>(fn: () => T): T => workspace.sqlite.transaction(fn)(),
});
