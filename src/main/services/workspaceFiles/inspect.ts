import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { integrityOf, withReadOnlySqlite } from '../../store/host';
import type { Sqlite } from '../../store/database';
import { translateMessage } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/errors';
import type { WorkspaceFileInspection } from '../../../shared/model';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type RefusalReason = 'notSqlite' | 'damaged' | 'notKenes' | 'drift';

const hasTable = (sqlite: Sqlite, name: string): boolean =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** One fact about the file, or null when its tables are shaped otherwise (an older or newer Kenes). */
const tryRead = <T>(read: () => T | undefined): T | null => {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
};

/** What the confirmation shows; organisations are counted as the registry counts them, without the council itself. */
const readFacts = (sqlite: Sqlite) => ({
  councilName: tryRead(
    () => sqlite.prepare('SELECT name_kk FROM council_profile LIMIT 1').pluck().get() as string | undefined,
  ),
  organisations: tryRead(
    () =>
      sqlite
        .prepare('SELECT count(*) FROM organisations WHERE archived_at IS NULL AND is_council_hub = 0')
        .pluck()
        .get() as number,
  ),
  sittings: tryRead(
    () =>
      sqlite
        .prepare('SELECT count(*) FROM council_sessions WHERE archived_at IS NULL')
        .pluck()
        .get() as number,
  ),
  // History rows are only appended, so the last row is the last change.
  lastChangeAt: tryRead(
    () =>
      sqlite.prepare('SELECT at FROM change_history ORDER BY rowid DESC LIMIT 1').pluck().get() as
        string | undefined,
  ),
});

const startsLikeSqlite = (file: string): boolean => {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * What a workspace file is, read without changing it (opened read-only, the full integrity
 * check since it came from outside): a Kenes workspace whose applied migrations are a prefix
 * of this Kenes's (`older`), the same (`ok`), or begin with all of them (`newer`); anything
 * else is refused with the reason in the workspace's language.
 */
export const inspectWorkspaceFile = (
  file: string,
  fileName: string,
  migrationsDir: string,
  lang: Language,
  nativeBinding?: string,
): WorkspaceFileInspection => {
  const shipped = readMigrationFiles({ migrationsFolder: migrationsDir });
  const base: WorkspaceFileInspection = {
    fileName,
    sizeBytes: fs.statSync(file).size,
    verdict: 'refused',
    refusal: null,
    councilName: null,
    organisations: null,
    sittings: null,
    lastChangeAt: null,
    fileSchemaVersion: null,
    appSchemaVersion: shipped.length,
  };
  const refuse = (reason: RefusalReason): WorkspaceFileInspection => {
    const messageKey = `workspaceRefusal.${reason}`;
    return {
      ...base,
      refusal: { messageKey, message: translateMessage(lang, messageKey, { file: fileName }) },
    };
  };
  if (!startsLikeSqlite(file)) return refuse('notSqlite');
  try {
    return withReadOnlySqlite(
      file,
      (sqlite) => {
        if (integrityOf(sqlite) !== 'ok') return refuse('damaged');
        if (!hasTable(sqlite, '__drizzle_migrations') || !hasTable(sqlite, 'organisations'))
          return refuse('notKenes');
        const applied = sqlite
          .prepare('SELECT hash, created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at, id')
          .all() as { hash: string; createdAt: number }[];
        if (applied.length === 0) return refuse('notKenes');
        // As planMigrations: what both know must be the very same migrations, in the same order.
        const drifted = applied
          .slice(0, shipped.length)
          .some(
            (row, i) => row.hash !== shipped[i]?.hash || Number(row.createdAt) !== shipped[i]?.folderMillis,
          );
        if (drifted) return refuse('drift');
        const verdict =
          applied.length === shipped.length ? 'ok' : applied.length < shipped.length ? 'older' : 'newer';
        return { ...base, ...readFacts(sqlite), verdict, fileSchemaVersion: applied.length };
      },
      nativeBinding,
    );
  } catch (error) {
    // A header that lies, or pages SQLite cannot read even to check them.
    if (error instanceof Database.SqliteError) return refuse('damaged');
    throw error;
  }
};
