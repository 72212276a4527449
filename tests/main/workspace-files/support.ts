import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR, tempDir, type TestWorkspace } from '../../helpers/workspace';
import { migrationsUpTo, SHIPPED_MIGRATIONS } from '../../helpers/migrations';
import { uploadBytes } from '../../helpers/uploads';
import { openWorkspace } from '../../../src/main/store/workspace';
import { DATABASE_FILE } from '../../../src/main/store/workspace';

/** Every organisation row, in a stable order, hashed: "nothing changed" means this is the same. */
export const organisationsHash = (t: TestWorkspace): string =>
  createHash('sha256')
    .update(JSON.stringify(t.host.current.sqlite.prepare('SELECT * FROM organisations ORDER BY id').all()))
    .digest('hex');

export const activeOrganisationNames = (t: TestWorkspace): string[] =>
  t.host.current.sqlite
    .prepare('SELECT name_kk FROM organisations WHERE archived_at IS NULL ORDER BY name_kk')
    .pluck()
    .all() as string[];

/** "Save a copy as…" through the dispatcher, as the renderer calls it: the file's name and bytes. */
export const saveCopy = (t: TestWorkspace): { fileName: string; bytes: Buffer } => {
  const file = t.api.workspace.saveCopy({});
  return { fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') };
};

/** Uploads bytes as the renderer does and returns the upload id the inspect and open calls take. */
export const upload = (t: TestWorkspace, bytes: Uint8Array, fileName = 'district.kenes'): string =>
  uploadBytes(t, bytes, fileName);

/** A workspace file made by Kenes with only the first `count` migrations: an older Kenes's file. */
export const olderWorkspaceFile = (count: number, organisations = 2): Buffer => {
  const dir = tempDir('kenes-older-');
  const ws = openWorkspace({ dataDir: dir, migrationsDir: migrationsUpTo(count) });
  try {
    const insert = ws.sqlite.prepare(
      `INSERT INTO organisations (id, name_kk, type_code, sector, level, created_at, updated_at)
       VALUES (?, ?, 'EDU.SCHOOL', 'education', 'organisation', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    );
    for (let i = 1; i <= organisations; i += 1)
      insert.run(`00000000-0000-4000-8000-00000000000${i}`, `Ескі мектеп №${i}`);
  } finally {
    ws.close();
  }
  return fs.readFileSync(path.join(dir, DATABASE_FILE));
};

/**
 * A workspace file as a newer Kenes leaves it: every migration this Kenes ships applied, then
 * one more row in the migrations table, which this Kenes does not know.
 */
export const newerWorkspaceFile = (source: Buffer): Buffer => {
  const dir = tempDir('kenes-newer-');
  const file = path.join(dir, 'newer.kenes');
  fs.writeFileSync(file, source);
  const sqlite = new Database(file);
  try {
    const last = sqlite
      .prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1')
      .pluck()
      .get() as number;
    sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('f'.repeat(64), last + 60_000);
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    sqlite.close();
  }
  return fs.readFileSync(file);
};

export { MIGRATIONS_DIR, SHIPPED_MIGRATIONS };
