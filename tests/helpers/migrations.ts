import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, tempDir } from './workspace';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

const journalPath = (dir: string) => path.join(dir, 'meta', '_journal.json');

export const readJournal = (dir: string): { entries: JournalEntry[] } =>
  JSON.parse(fs.readFileSync(journalPath(dir), 'utf8')) as { entries: JournalEntry[] };

/** How many migrations this Kenes ships: what a fresh workspace's schema version is. */
export const SHIPPED_MIGRATIONS = readJournal(MIGRATIONS_DIR).entries.length;

/** A copy of the shipped migrations, as a later Kenes would ship them: one more migration at the end. */
export const migrationsWithOneMore = (): string => {
  const dir = tempDir('kenes-migrations-');
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journal = readJournal(dir);
  const last = journal.entries.at(-1) as JournalEntry;
  const tag = `${String(last.idx + 1).padStart(4, '0')}_meeting_rooms`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 60_000, tag });
  fs.writeFileSync(journalPath(dir), JSON.stringify(journal, null, 2));
  fs.writeFileSync(
    path.join(dir, `${tag}.sql`),
    'CREATE TABLE `meeting_rooms` (\n\t`id` text PRIMARY KEY NOT NULL,\n\t`name` text NOT NULL\n);\n' +
      '--> statement-breakpoint\nALTER TABLE `organisations` ADD `meeting_room_id` text REFERENCES meeting_rooms(id);\n',
  );
  return dir;
};

/** A copy of the shipped migrations as an earlier Kenes shipped them: only the first `count`. */
export const migrationsUpTo = (count: number): string => {
  const dir = tempDir('kenes-migrations-');
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journal = readJournal(dir);
  for (const later of journal.entries.slice(count)) {
    fs.rmSync(path.join(dir, `${later.tag}.sql`));
    fs.rmSync(path.join(dir, 'meta', `${later.tag.slice(0, 4)}_snapshot.json`));
  }
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalPath(dir), JSON.stringify(journal, null, 2));
  return dir;
};
