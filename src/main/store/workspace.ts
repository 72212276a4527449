import fs from 'node:fs';
import path from 'node:path';
import { openSqlite, wrapDrizzle, type KenesDb, type Sqlite } from './database';
import { applyMigrations, planMigrations, resolveMigrationsDir } from './migrations';
import { createBackup, ensureDailyBackup, pruneBackups } from './backups';
import { seedReferenceData } from './seed-reference';
import { readSettings } from '../services/settings';

export const DATABASE_FILE = 'kenes.sqlite';
const PRE_MIGRATION_BACKUPS_KEPT = 10;

export class CorruptWorkspaceError extends Error {
  override name = 'CorruptWorkspaceError';
}

export interface Workspace {
  dataDir: string;
  databasePath: string;
  sqlite: Sqlite;
  db: KenesDb;
  schemaVersion: number;
  close(): void;
}

export interface OpenWorkspaceOptions {
  dataDir: string;
  clock?: () => Date;
  migrationsDir?: string;
  nativeBinding?: string;
}

/**
 * Opens (or creates) the council's workspace in `dataDir`: checks the file, refuses
 * on migration drift, backs up before migrating, migrates, seeds the module catalogue
 * and takes the day's backup. Throws before anything is written if the file is not sound.
 */
export const openWorkspace = (options: OpenWorkspaceOptions): Workspace => {
  const clock = options.clock ?? (() => new Date());
  fs.mkdirSync(options.dataDir, { recursive: true });
  const databasePath = path.join(options.dataDir, DATABASE_FILE);
  const sqlite = openSqlite(
    databasePath,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptWorkspaceError(`Integrity check failed: ${String(check)}`);

    const migrationsFolder = options.migrationsDir ?? resolveMigrationsDir();
    const plan = planMigrations(sqlite, migrationsFolder);
    const db = wrapDrizzle(sqlite);
    if (plan.pending > 0 && plan.applied > 0) {
      createBackup(sqlite, options.dataDir, 'pre-migration', clock());
      pruneBackups(options.dataDir, 'pre-migration', PRE_MIGRATION_BACKUPS_KEPT);
    }
    if (plan.pending > 0) applyMigrations(db, migrationsFolder);
    seedReferenceData(db, clock().toISOString());
    ensureDailyBackup(sqlite, options.dataDir, clock(), readSettings(db).backupsToKeep);

    return {
      dataDir: options.dataDir,
      databasePath,
      sqlite,
      db,
      schemaVersion: plan.shipped.length,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
};
