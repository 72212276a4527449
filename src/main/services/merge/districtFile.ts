import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ServiceContext } from '../context';
import { conflict } from '../errors';
import { receivedUpload } from '../uploads';
import { openSqlite } from '../../store/database';
import { MigrationDriftError, NewerSchemaError } from '../../store/migrations';
import { CorruptWorkspaceError, DATABASE_FILE, openWorkspace, type Workspace } from '../../store/workspace';

/** Every SQLite database file starts with these 16 bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A district council's workspace, opened from a private temporary copy of the uploaded file. */
export interface DistrictFile {
  fileName: string;
  workspace: Workspace;
  /** Migrations the file had applied when it arrived. */
  schemaVersion: number;
  /** Kenes brought the copy up to date before reading it. */
  migrated: boolean;
}

/**
 * Inside Electron from a dev checkout, better-sqlite3 needs the binding built for Electron
 * (src/main/index.ts passes it to the runtime from this variable); elsewhere the default.
 */
const binding = (): { nativeBinding?: string } =>
  process.env.KENES_SQLITE_BINDING ? { nativeBinding: process.env.KENES_SQLITE_BINDING } : {};

const startsLikeSqlite = (file: string): boolean => {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
};

const isDamage = (error: unknown): boolean =>
  error instanceof CorruptWorkspaceError ||
  (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code));

/**
 * Looks at the file read-only before anything opens it for writing: openWorkspace would
 * happily turn any SQLite file (or an empty one) into a fresh workspace. Returns how
 * many migrations it has applied.
 */
const inspect = (file: string): number => {
  if (!startsLikeSqlite(file)) throw conflict('mergeNotWorkspace');
  let sqlite: Database.Database | null = null;
  try {
    sqlite = openSqlite(file, { readonly: true, ...binding() });
    const tables = new Set(
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    if (
      !tables.has('__drizzle_migrations') ||
      !tables.has('council_profile') ||
      !tables.has('organisations')
    ) {
      throw conflict('mergeNotWorkspace');
    }
    return (sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) ?? 0;
  } catch (error) {
    if (isDamage(error)) throw conflict('mergeDamaged');
    throw error;
  } finally {
    sqlite?.close();
  }
};

/**
 * Opens the uploaded district file for `use` and always closes and removes the temporary
 * copy afterwards. The copy is what gets checked and, if it is older, migrated: the
 * uploaded file and this workspace are never written.
 */
export const withDistrictFile = <T>(
  ctx: ServiceContext,
  uploadId: string,
  use: (district: DistrictFile) => T,
): T => {
  const upload = receivedUpload(ctx, uploadId);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-merge-'));
  let workspace: Workspace | null = null;
  try {
    const copy = path.join(tmp, DATABASE_FILE);
    fs.copyFileSync(upload.path, copy);
    const schemaVersion = inspect(copy);
    try {
      workspace = openWorkspace({ dataDir: tmp, clock: () => ctx.now(), ...binding() });
    } catch (error) {
      if (error instanceof NewerSchemaError) throw conflict('mergeNewer');
      if (error instanceof MigrationDriftError) throw conflict('mergeDrift');
      if (isDamage(error)) throw conflict('mergeDamaged');
      throw error;
    }
    return use({
      fileName: upload.fileName,
      workspace,
      schemaVersion,
      migrated: workspace.schemaVersion !== schemaVersion,
    });
  } finally {
    if (workspace?.sqlite.open) workspace.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
};
