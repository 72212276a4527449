import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlite, wrapDrizzle, type Sqlite } from './database';
import { DATABASE_FILE, openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';
import { carriesAttachmentFiles, dropAttachmentFiles, unpackAttachmentFiles } from './attachmentFiles';
import type { BackupEntry, ReadOnlyWorkspace } from '../../shared/model';
import { backupDir } from './backups';
import { resolveMigrationsDir } from './migrations';

/**
 * The workspace the running app has open, behind one holder so it can be replaced while the
 * services, the dispatcher and the transports keep the same `ctx` (they capture it once, at
 * start). The context reads `db`, `sqlite` and the paths through getters on this holder
 * (see services/context.ts) rather than copying them, so nothing can keep a closed connection.
 *
 * Two workspaces may be held: the council's own, and — while a file made by a newer Kenes is
 * being looked at — a read-only view of that file. The own one stays open underneath (daily
 * backups go on) and comes back untouched when the view is closed.
 */
export interface WorkspaceHost {
  /** The workspace calls go to: the read-only view while one is open, else the own one. */
  readonly current: Workspace;
  /** The council's own workspace, `<dataDir>/kenes.sqlite`. */
  readonly own: Workspace;
  readonly readOnly: ReadOnlyWorkspace | null;
  /** The migrations this Kenes ships, against which a picked file is judged older or newer. */
  readonly migrationsDir: string;
  /** better-sqlite3's binding for Electron from a dev checkout: every other file is opened with it too. */
  readonly nativeBinding: string | undefined;
  /**
   * Replaces the own workspace with `sourceFile` (a Kenes workspace, already inspected). The
   * state before is backed up by `backUp` first; on any failure after the old connection is
   * closed, that backup is put back and reopened, and the error is rethrown. Returns the backup.
   */
  replace(sourceFile: string, backUp: () => BackupEntry): BackupEntry;
  /** Opens a copy of `sourceFile` read-only in front of the own workspace. */
  openReadOnly(sourceFile: string, info: ReadOnlyWorkspace): Workspace;
  closeReadOnly(): void;
  close(): void;
}

export interface HostOptions extends Omit<OpenWorkspaceOptions, 'dataDir'> {
  /** How a workspace is opened; tests stub it to fail in the middle of a replacement. */
  open?: (options: OpenWorkspaceOptions) => Workspace;
}

const INCOMING_SUFFIX = '.incoming';
/** Where a read-only view lives: its own folder, so its attachments, uploads and any files it makes stay apart. */
export const READ_ONLY_DIR = 'read-only';

/** The files SQLite keeps beside a database; a stale -wal would be replayed onto a new file of that name. */
const companions = (file: string): string[] => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

const removeWithCompanions = (file: string): void => {
  for (const f of [file, ...companions(file)]) fs.rmSync(f, { force: true });
};

/** A plain connection to a file that is not the live workspace (a picked file, a copy being made). */
export const openFile = (
  file: string,
  options: { readonly?: boolean; nativeBinding?: string } = {},
): Sqlite => {
  const sqlite = new Database(file, {
    fileMustExist: true,
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // A file from outside is not trusted to run anything from its schema (see database.ts).
    sqlite.pragma('trusted_schema = OFF');
  } catch (error) {
    // Not a database at all: no handle may outlive the refusal.
    sqlite.close();
    throw error;
  }
  return sqlite;
};

/** Opens a file read-only and always closes it; removes the -wal/-shm a read-only connection leaves behind. */
export const withReadOnlySqlite = <T>(file: string, fn: (sqlite: Sqlite) => T, nativeBinding?: string): T => {
  const before = new Set(companions(file).filter((f) => fs.existsSync(f)));
  const sqlite = openFile(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return fn(sqlite);
  } finally {
    sqlite.close();
    for (const f of companions(file)) if (!before.has(f)) fs.rmSync(f, { force: true });
  }
};

/** `PRAGMA integrity_check` of a file: the whole check, not the quick one, since it came from outside. */
export const integrityOf = (sqlite: Sqlite): string =>
  String(sqlite.pragma('integrity_check', { simple: true }));

/** Copies `source` to `target` beside the live file and checks the copy before anything else moves. */
const copyChecked = (source: string, target: string, nativeBinding?: string): void => {
  removeWithCompanions(target);
  fs.copyFileSync(source, target);
  const check = withReadOnlySqlite(target, integrityOf, nativeBinding);
  if (check !== 'ok') {
    removeWithCompanions(target);
    throw new Error(`The copy of ${path.basename(source)} failed its integrity check: ${check}`);
  }
};

export const createWorkspaceHost = (initial: Workspace, options: HostOptions = {}): WorkspaceHost => {
  const dataDir = initial.dataDir;
  const live = path.join(dataDir, DATABASE_FILE);
  const incoming = `${live}${INCOMING_SUFFIX}`;
  const viewDir = path.join(dataDir, READ_ONLY_DIR);
  const open = options.open ?? openWorkspace;
  // Found when first needed: a host that never replaces its workspace never looks.
  const migrationsDir = (): string => options.migrationsDir ?? resolveMigrationsDir();
  const reopen = (): Workspace =>
    open({
      dataDir,
      migrationsDir: migrationsDir(),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  let own = initial;
  let view: { workspace: Workspace; info: ReadOnlyWorkspace } | null = null;

  // Left by a crash: a replacement that never got renamed, a view nobody is looking at.
  fs.rmSync(incoming, { force: true });
  for (const f of companions(incoming)) fs.rmSync(f, { force: true });
  fs.rmSync(viewDir, { recursive: true, force: true });

  /** Puts `file` in place of the live database: renamed over it, with no companion of the old one left. */
  const putInPlace = (file: string): void => {
    for (const f of companions(live)) fs.rmSync(f, { force: true });
    fs.renameSync(file, live);
  };

  const openAndUnpack = (): Workspace => {
    const next = reopen();
    try {
      // The carried scans go to disk before the table holding them is dropped: never lost in between.
      if (carriesAttachmentFiles(next.sqlite)) {
        unpackAttachmentFiles(next.sqlite, dataDir);
        dropAttachmentFiles(next.sqlite);
        // Give back the pages the bytes took, or the live file keeps their size for good.
        next.sqlite.exec('VACUUM');
      }
      return next;
    } catch (error) {
      next.close();
      throw error;
    }
  };

  const rollBack = (backup: BackupEntry, cause: unknown): never => {
    try {
      copyChecked(path.join(backupDir(dataDir), backup.fileName), incoming, options.nativeBinding);
      putInPlace(incoming);
      own = reopen();
    } catch (again) {
      // Nothing more can be done from here: say both, so the log names the backup to take.
      throw new AggregateError(
        [cause, again],
        `Replacing the workspace failed and the backup ${backup.fileName} could not be reopened`,
      );
    }
    throw cause;
  };

  return {
    get current() {
      return view?.workspace ?? own;
    },
    get own() {
      return own;
    },
    get readOnly() {
      return view?.info ?? null;
    },
    get migrationsDir() {
      return migrationsDir();
    },
    nativeBinding: options.nativeBinding,
    replace(sourceFile, backUp) {
      if (view) throw new Error('Close the read-only workspace before replacing the own one');
      // Copied and checked first: the source may be a backup the pruning below would remove.
      copyChecked(sourceFile, incoming, options.nativeBinding);
      let backup: BackupEntry;
      try {
        backup = backUp();
      } catch (error) {
        removeWithCompanions(incoming);
        throw error;
      }
      own.close();
      try {
        putInPlace(incoming);
        own = openAndUnpack();
        return backup;
      } catch (error) {
        return rollBack(backup, error);
      }
    },
    openReadOnly(sourceFile, info) {
      if (view) this.closeReadOnly();
      fs.mkdirSync(viewDir, { recursive: true });
      const file = path.join(viewDir, DATABASE_FILE);
      try {
        copyChecked(sourceFile, file, options.nativeBinding);
        const sqlite = openSqlite(file, {
          readonly: true,
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        });
        // The scans it carries go beside the copy, never into the own workspace's folder.
        try {
          unpackAttachmentFiles(sqlite, viewDir);
        } catch (error) {
          sqlite.close();
          throw error;
        }
        const workspace: Workspace = {
          dataDir: viewDir,
          databasePath: file,
          sqlite,
          db: wrapDrizzle(sqlite),
          schemaVersion: info.fileSchemaVersion,
          close: () => sqlite.close(),
        };
        view = { workspace, info };
        return workspace;
      } catch (error) {
        fs.rmSync(viewDir, { recursive: true, force: true });
        throw error;
      }
    },
    closeReadOnly() {
      if (!view) return;
      view.workspace.close();
      view = null;
      fs.rmSync(viewDir, { recursive: true, force: true });
    },
    close() {
      this.closeReadOnly();
      if (own.sqlite.open) own.close();
    },
  };
};
