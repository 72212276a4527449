import { randomUUID } from 'node:crypto';
import type { Workspace } from '../store/workspace';
import { createWorkspaceHost, type WorkspaceHost } from '../store/host';
import type { KenesDb, Sqlite } from '../store/database';
import type { ReadOnlyWorkspace } from '../../shared/model';

/**
 * What every service function gets: the database and the clock. Tests pass a fixed
 * clock; the app passes the real one. Services are plain functions of (ctx, input).
 */
export interface ServiceContext {
  readonly db: KenesDb;
  readonly sqlite: Sqlite;
  readonly dataDir: string;
  readonly databasePath: string;
  readonly schemaVersion: number;
  /** Set while a file made by a newer Kenes is open for reading only; every write is then refused. */
  readonly readOnly: ReadOnlyWorkspace | null;
  /** The holder of the open workspace, which opening a file or restoring a backup replaces. */
  readonly host: WorkspaceHost;
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

const isHost = (source: Workspace | WorkspaceHost): source is WorkspaceHost => 'current' in source;

/**
 * The context reads the database through getters on the host, never a copy: the shells and
 * the dispatcher keep this one object for the app's lifetime, and a workspace opened or
 * restored under them must be what the very next call sees. A plain Workspace gets a host
 * of its own (scripts and tests that never replace it).
 */
export const createServiceContext = (
  source: Workspace | WorkspaceHost,
  clock: () => Date = () => new Date(),
): ServiceContext => {
  const host = isHost(source) ? source : createWorkspaceHost(source, { clock });
  return {
    get db() {
      return host.current.db;
    },
    get sqlite() {
      return host.current.sqlite;
    },
    get dataDir() {
      return host.current.dataDir;
    },
    get databasePath() {
      return host.current.databasePath;
    },
    get schemaVersion() {
      return host.current.schemaVersion;
    },
    get readOnly() {
      return host.readOnly;
    },
    host,
    now: clock,
    newId: randomUUID,
    transaction: <T>(fn: () => T): T => host.current.sqlite.transaction(fn)(),
  };
};
