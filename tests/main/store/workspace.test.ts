import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DAY, fixedClock, openTestWorkspace, tempDir, trackedOpen } from '../../helpers/workspace';
import { SHIPPED_MIGRATIONS, migrationsWithOneMore } from '../../helpers/migrations';
import { CorruptWorkspaceError, DATABASE_FILE } from '../../../src/main/store/workspace';
import { MigrationDriftError, NewerSchemaError, planMigrations } from '../../../src/main/store/migrations';
import { openSqlite } from '../../../src/main/store/database';
import { listBackups } from '../../../src/main/store/backups';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Everything in the data directory, with a hash of each file: to prove a refused open wrote nothing. */
const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = sha256(file);
  }
  return out;
};

const withSqlite = <T>(file: string, fn: (db: Database.Database) => T): T => {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
};

/** An Akmola workspace, closed: what a user leaves behind when they quit. */
const closedAkmolaWorkspace = (migrationsDir?: string) => {
  const clock = fixedClock();
  const t = openTestWorkspace({ clock });
  if (migrationsDir) t.workspace.close();
  const ws = migrationsDir ? trackedOpen({ dataDir: t.dir, clock, migrationsDir }) : t.workspace;
  if (!migrationsDir) t.api.workspace.initialise({ template: 'akmola' });
  ws.close();
  return { dir: t.dir, clock, file: path.join(t.dir, DATABASE_FILE) };
};

describe('opening a workspace', () => {
  it('keeps the data across a close and a reopen', () => {
    const { dir, clock } = closedAkmolaWorkspace();
    clock.advance(DAY);
    const again = openTestWorkspace({ dir, clock });
    expect(again.api.organisations.list({}).total).toBe(124);
    expect(again.api.workspace.status({})).toMatchObject({ initialised: true, template: 'akmola' });
    expect(again.workspace.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    // The module catalogue is seeded once, not once per start.
    expect(again.count('interaction_modules')).toBe(12);
  });

  it('creates the data directory and an up-to-date schema on first start, without a pre-migration backup', () => {
    const dir = path.join(tempDir(), 'nested', 'Kenes деректері');
    const t = openTestWorkspace({ dir });
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    expect(t.workspace.schemaVersion).toBe(SHIPPED_MIGRATIONS);
    expect(t.api.workspace.backups({}).map((b) => b.kind)).toEqual(['daily']);
  });

  it('backs up before applying a new migration, then migrates', () => {
    const { dir, clock, file } = closedAkmolaWorkspace();
    const newer = migrationsWithOneMore();
    withSqlite(file, (db) =>
      expect(planMigrations(db, newer)).toMatchObject({ applied: SHIPPED_MIGRATIONS, pending: 1 }),
    );

    clock.advance(DAY);
    const ws = trackedOpen({ dataDir: dir, clock, migrationsDir: newer });
    expect(ws.schemaVersion).toBe(SHIPPED_MIGRATIONS + 1);
    const tables = ws.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('meeting_rooms');
    expect(ws.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
      SHIPPED_MIGRATIONS + 1,
    );
    expect(ws.sqlite.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(125);

    const [pre] = listBackups(dir).filter((b) => b.kind === 'pre-migration');
    expect(pre?.createdAt).toBe('2025-03-11T09:00:00.000Z');
    // The copy was taken before the migration ran: the old schema, with all the data.
    withSqlite(path.join(dir, 'backups', pre?.fileName as string), (backup) => {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      expect(
        backup.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meeting_rooms'").pluck().get(),
      ).toBe(0);
      expect(backup.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
        SHIPPED_MIGRATIONS,
      );
      expect(backup.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(125);
    });
    ws.close();
    // Nothing left to migrate on the next start: no second pre-migration backup.
    clock.advance(DAY);
    trackedOpen({ dataDir: dir, clock, migrationsDir: newer }).close();
    expect(listBackups(dir).filter((b) => b.kind === 'pre-migration')).toHaveLength(1);
  });

  it('refuses a workspace whose applied migration differs from the shipped one, and leaves the file alone', () => {
    const { dir, clock, file } = closedAkmolaWorkspace();
    withSqlite(file, (db) => db.prepare("UPDATE __drizzle_migrations SET hash = 'edited-by-hand'").run());
    const before = snapshot(dir);
    clock.advance(DAY);
    expect(() => trackedOpen({ dataDir: dir, clock })).toThrow(MigrationDriftError);
    expect(() => trackedOpen({ dataDir: dir, clock, migrationsDir: migrationsWithOneMore() })).toThrow(
      MigrationDriftError,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a migration applied under another timestamp (a renamed or reordered migration)', () => {
    const { dir, clock, file } = closedAkmolaWorkspace();
    withSqlite(file, (db) => db.prepare('UPDATE __drizzle_migrations SET created_at = created_at - 1').run());
    const before = snapshot(dir);
    expect(() => trackedOpen({ dataDir: dir, clock })).toThrow(MigrationDriftError);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a workspace written by a newer Kenes, and leaves the file alone', () => {
    const newer = migrationsWithOneMore();
    const { dir, clock } = closedAkmolaWorkspace(newer);
    const before = snapshot(dir);
    clock.advance(DAY);
    expect(() => trackedOpen({ dataDir: dir, clock })).toThrow(NewerSchemaError);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file that is not a SQLite database and creates nothing beside it', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, crypto.randomBytes(64 * 1024));
    const before = snapshot(dir);
    expect(() => trackedOpen({ dataDir: dir, clock: fixedClock() })).toThrow();
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a database whose schema is damaged and takes no backup of it', () => {
    const { dir, clock, file } = closedAkmolaWorkspace();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over every page after the schema page: the header still says "SQLite".
    for (let offset = pageSize; offset < bytes.length; offset += pageSize) {
      bytes.fill(0xa5, offset + 8, offset + Math.min(pageSize, 512));
    }
    fs.writeFileSync(file, bytes);
    const before = snapshot(dir);
    clock.advance(DAY);
    expect(() => trackedOpen({ dataDir: dir, clock })).toThrow(/integrity|malformed|corrupt/i);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a database with a damaged table through the integrity check', () => {
    const { dir, clock, file } = closedAkmolaWorkspace();
    const root = withSqlite(file, (db) =>
      db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'organisations'").pluck().get(),
    ) as number;
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, (root - 1) * pageSize, (root - 1) * pageSize + 64);
    fs.writeFileSync(file, bytes);
    const before = snapshot(dir);
    clock.advance(DAY);
    expect(() => trackedOpen({ dataDir: dir, clock })).toThrow(CorruptWorkspaceError);
    expect(snapshot(dir)).toEqual(before);
  });

  it('opens with the shipped migrations when none are given', () => {
    const dir = tempDir();
    const sqlite = openSqlite(path.join(dir, DATABASE_FILE));
    try {
      expect(planMigrations(sqlite, path.resolve('db/migrations'))).toMatchObject({
        applied: 0,
        pending: SHIPPED_MIGRATIONS,
      });
    } finally {
      sqlite.close();
    }
  });
});
