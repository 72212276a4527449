import path from 'node:path';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { KenesDb, Sqlite } from './database';
import { findShippedDir } from '../resourceDir';

const MIGRATIONS_TABLE = '__drizzle_migrations';

export class MigrationDriftError extends Error {
  override name = 'MigrationDriftError';
}

/** The file was written by a newer Kenes: it has migrations this build does not ship. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
}

/** Finds db/migrations, shipped beside the app (see findShippedDir). */
export const resolveMigrationsDir = (): string =>
  findShippedDir({
    envVar: 'KENES_MIGRATIONS_DIR',
    packagedName: 'migrations',
    checkoutPath: ['db', 'migrations'],
    marker: path.join('meta', '_journal.json'),
  });

interface AppliedMigration {
  hash: string;
  created_at: number;
}

const appliedMigrations = (sqlite: Sqlite): AppliedMigration[] => {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!table) return [];
  return sqlite
    .prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at, id`)
    .all() as AppliedMigration[];
};

export interface MigrationPlan {
  shipped: MigrationMeta[];
  applied: number;
  pending: number;
}

/**
 * The applied migrations must be an exact prefix of the shipped ones. Drizzle's
 * migrator only compares timestamps, so it would silently skip a migration that was
 * renamed or reordered, and run new ones on a schema it does not know: refuse instead.
 */
export const planMigrations = (sqlite: Sqlite, migrationsFolder: string): MigrationPlan => {
  const shipped = readMigrationFiles({ migrationsFolder });
  const applied = appliedMigrations(sqlite);
  if (applied.length > shipped.length) {
    throw new NewerSchemaError(
      `The workspace has ${applied.length} migrations applied; this Kenes knows ${shipped.length}.`,
    );
  }
  applied.forEach((row, i) => {
    const expected = shipped[i];
    if (!expected || expected.hash !== row.hash || Number(row.created_at) !== expected.folderMillis) {
      throw new MigrationDriftError(
        `Migration ${i + 1} in the workspace does not match the one shipped with this Kenes.`,
      );
    }
  });
  return { shipped, applied: applied.length, pending: shipped.length - applied.length };
};

export const applyMigrations = (db: KenesDb, migrationsFolder: string): void => {
  migrate(db, { migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
};
