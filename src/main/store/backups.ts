import fs from 'node:fs';
import path from 'node:path';
import type { Sqlite } from './database';
import type { BackupEntry } from '../../shared/model';

export type BackupKind = BackupEntry['kind'];

const BACKUP_DIR = 'backups';
const NAME =
  /^kenes-(\d{8}T\d{6}(?:\d{3})?Z)-(daily|pre-migration|manual|pre-import|pre-merge|pre-restore|pre-open)\.sqlite$/;

const stamp = (at: Date): string => at.toISOString().replace(/[-:]/g, '').replace('.', '');

export const backupDir = (dataDir: string): string => path.join(dataDir, BACKUP_DIR);

/**
 * A consistent copy of the live database, made with VACUUM INTO: it reads inside one
 * transaction, so the copy is whole even while the app keeps writing, and it is compact.
 */
export const createBackup = (sqlite: Sqlite, dataDir: string, kind: BackupKind, at: Date): BackupEntry => {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `kenes-${stamp(at)}-${kind}.sqlite`;
  const target = path.join(dir, fileName);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(partial);
  // Rename last, so a crash mid-copy never leaves a file that looks like a good backup.
  fs.renameSync(partial, target);
  return { fileName, kind, createdAt: at.toISOString(), sizeBytes: fs.statSync(target).size };
};

const parseStamp = (s: string): string =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.length > 16 ? s.slice(15, 18) : '000'}Z`;

export const listBackups = (dataDir: string): BackupEntry[] => {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((fileName) => ({ fileName, match: NAME.exec(fileName) }))
    .filter((f): f is { fileName: string; match: RegExpExecArray } => f.match !== null)
    .map(({ fileName, match }) => ({
      fileName,
      kind: match[2] as BackupKind,
      createdAt: parseStamp(match[1] as string),
      sizeBytes: fs.statSync(path.join(dir, fileName)).size,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
};

/** Keeps the newest `keep` backups of one kind and removes the rest. */
export const pruneBackups = (dataDir: string, kind: BackupKind, keep: number): void => {
  const ofKind = listBackups(dataDir).filter((b) => b.kind === kind);
  for (const old of ofKind.slice(keep))
    fs.rmSync(path.join(backupDir(dataDir), old.fileName), { force: true });
};

/** One daily backup per calendar day (UTC), rotating: the last `keep` days are kept. */
export const ensureDailyBackup = (
  sqlite: Sqlite,
  dataDir: string,
  at: Date,
  keep: number,
): BackupEntry | null => {
  const today = at.toISOString().slice(0, 10);
  const hasToday = listBackups(dataDir).some((b) => b.kind === 'daily' && b.createdAt.startsWith(today));
  const made = hasToday ? null : createBackup(sqlite, dataDir, 'daily', at);
  pruneBackups(dataDir, 'daily', keep);
  return made;
};
