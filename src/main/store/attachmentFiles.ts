import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Sqlite } from './database';

/**
 * A workspace file (`.kenes`) must carry the signed scans too, or a copy taken to another
 * computer would list papers it cannot open. The live workspace keeps their bytes under
 * `<dataDir>/attachments/<sha256>`; a `.kenes` file keeps them in this one extra table,
 * which no migration knows about and which is removed once the bytes are back on disk.
 */
export const ATTACHMENT_FILES_TABLE = 'kenes_attachment_files';

export const attachmentsDirOf = (dataDir: string): string => path.join(dataDir, 'attachments');

/** Whether a workspace file carries attachment bytes (a `.kenes` file not yet unpacked). */
export const carriesAttachmentFiles = (sqlite: Sqlite): boolean =>
  sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(ATTACHMENT_FILES_TABLE) !== undefined;

/**
 * Copies into `copy` (an open, writable copy of the workspace) the bytes of every attachment
 * it lists, read from `dataDir`. Returns how many were packed; a file missing from disk is
 * left out, as the live workspace would not open it either.
 */
export const packAttachmentFiles = (copy: Sqlite, dataDir: string): number => {
  copy.exec(
    `CREATE TABLE IF NOT EXISTS ${ATTACHMENT_FILES_TABLE} (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL)`,
  );
  const hashes = copy.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[];
  const insert = copy.prepare(
    `INSERT OR IGNORE INTO ${ATTACHMENT_FILES_TABLE} (sha256, bytes) VALUES (?, ?)`,
  );
  let packed = 0;
  copy.transaction(() => {
    for (const sha256 of hashes) {
      const file = path.join(attachmentsDirOf(dataDir), sha256);
      if (!/^[0-9a-f]{64}$/.test(sha256) || !fs.existsSync(file)) continue;
      insert.run(sha256, fs.readFileSync(file));
      packed += 1;
    }
  })();
  return packed;
};

/**
 * Writes the bytes a `.kenes` file carries into `dataDir`'s attachment folder. Files are
 * named by their hash, so one already there is the same file and is kept; bytes whose hash
 * does not match their name are refused (a damaged or forged file). Returns how many were written.
 */
export const unpackAttachmentFiles = (source: Sqlite, dataDir: string): number => {
  if (!carriesAttachmentFiles(source)) return 0;
  const dir = attachmentsDirOf(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const row of source
    .prepare(`SELECT sha256, bytes FROM ${ATTACHMENT_FILES_TABLE}`)
    .iterate() as Iterable<{
    sha256: string;
    bytes: Buffer;
  }>) {
    if (!/^[0-9a-f]{64}$/.test(row.sha256)) continue;
    if (createHash('sha256').update(row.bytes).digest('hex') !== row.sha256) continue;
    const target = path.join(dir, row.sha256);
    if (fs.existsSync(target)) continue;
    const partial = `${target}.partial`;
    fs.writeFileSync(partial, row.bytes);
    fs.renameSync(partial, target);
    written += 1;
  }
  return written;
};

/** Removes the carried bytes from a workspace once they are on disk. */
export const dropAttachmentFiles = (sqlite: Sqlite): void => {
  sqlite.exec(`DROP TABLE IF EXISTS ${ATTACHMENT_FILES_TABLE}`);
};
