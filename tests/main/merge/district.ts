import fs from 'node:fs';
import path from 'node:path';
import { fixedClock, openTestWorkspace, tempDir, type TestWorkspace } from '../../helpers/workspace';
import { uploadBytes } from '../../helpers/uploads';
import { openSqlite } from '../../../src/main/store/database';
import { packAttachmentFiles } from '../../../src/main/store/attachmentFiles';
import type { MergePreview, MergeReport } from '../../../src/shared/model';

/** The regional council's workspace, started from the Akmola model. */
export const regionalWorkspace = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'akmola' });
  return t;
};

/** A district workspace that began as a copy of `t` (VACUUM INTO), opened as a second workspace a week later. */
export const copyOf = (t: TestWorkspace): TestWorkspace => {
  const dir = tempDir('kenes-district-');
  t.workspace.sqlite.prepare('VACUUM INTO ?').run(path.join(dir, 'kenes.sqlite'));
  return openTestWorkspace({ dir, clock: fixedClock('2025-03-17T09:00:00.000Z') });
};

/**
 * The district's workspace saved as a `.kenes` file, as "Save a copy as…" writes it:
 * the database and the bytes of its attachments in one file. `tamper` may change the
 * file's SQLite directly (foreign keys off) before it is read.
 */
export const kenesFileOf = (
  t: TestWorkspace,
  tamper?: (sql: ReturnType<typeof openSqlite>) => void,
): Buffer => {
  const file = path.join(tempDir('kenes-file-'), 'district.kenes');
  t.workspace.sqlite.prepare('VACUUM INTO ?').run(file);
  const copy = openSqlite(file);
  try {
    packAttachmentFiles(copy, t.dir);
    if (tamper) {
      copy.pragma('foreign_keys = OFF');
      tamper(copy);
    }
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return fs.readFileSync(file);
};

export const upload = (t: TestWorkspace, bytes: Buffer, fileName = 'Бурабай.kenes'): string =>
  uploadBytes(t, bytes, fileName);

export const preview = (t: TestWorkspace, uploadId: string): MergePreview =>
  t.api.merge.preview({ uploadId });

export const apply = (
  t: TestWorkspace,
  uploadId: string,
  choices: Record<string, 'local' | 'theirs'> = {},
): MergeReport => t.api.merge.apply({ uploadId, choices });

export const countsOf = (p: MergePreview, kind: string) => p.counts.find((c) => c.kind === kind);

/** Every table's row count: "nothing changed" means exactly this is equal. */
export const snapshotCounts = (t: TestWorkspace): Record<string, number> => {
  const tables = t.workspace.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((name) => [name, t.count(name)]));
};
