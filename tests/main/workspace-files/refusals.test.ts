import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../../helpers/workspace';
import { organisationsHash, saveCopy, upload } from './support';

/** A Kenes workspace file (the Akmola model: enough pages to cut and damage). */
let good: Buffer;
let t: TestWorkspace;

beforeEach(() => {
  const source = openTestWorkspace();
  source.api.workspace.initialise({ template: 'akmola' });
  good = saveCopy(source).bytes;
  t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Біздің кеңес' });
  t.api.organisations.create({ nameKk: 'Біздің мектеп', typeCode: 'EDU.SCHOOL', level: 'organisation' });
});

const PAGE = 4096;

const withSqlite = (bytes: Buffer, change: (sqlite: Database.Database) => void): Buffer => {
  const file = path.join(tempDir(), 'edited.kenes');
  fs.writeFileSync(file, bytes);
  const sqlite = new Database(file);
  change(sqlite);
  sqlite.close();
  return fs.readFileSync(file);
};

const cases: [string, () => Buffer, string][] = [
  ['random bytes', () => Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)), 'notSqlite'],
  ['a text file named .kenes', () => Buffer.from('Бұл жұмыс кеңістігі емес\n'), 'notSqlite'],
  ['a truncated SQLite file', () => good.subarray(0, Math.floor(good.length / 2)), 'damaged'],
  [
    'a SQLite file with a damaged page',
    () => {
      const bytes = Buffer.from(good);
      // Scribble over the b-tree header of a page in the middle: integrity_check must notice.
      const page = Math.floor(bytes.length / PAGE / 2);
      bytes.fill(0x5a, page * PAGE, page * PAGE + 64);
      return bytes;
    },
    'damaged',
  ],
  [
    'a plain SQLite database with one unrelated table',
    () =>
      withSqlite(Buffer.alloc(0), (db) =>
        db.exec('CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES (1)'),
      ),
    'notKenes',
  ],
  [
    'a workspace whose migrations drifted',
    () =>
      withSqlite(good, (db) =>
        db
          .prepare(
            'UPDATE __drizzle_migrations SET hash = ? WHERE rowid = (SELECT rowid FROM __drizzle_migrations ORDER BY created_at LIMIT 1 OFFSET 1)',
          )
          .run('0'.repeat(64)),
      ),
    'drift',
  ],
];

describe('Open workspace… refuses what it cannot open, and changes nothing', () => {
  it.each(cases)('%s', (_label, make, reason) => {
    const bytes = make();
    const before = organisationsHash(t);
    const backupsBefore = t.api.workspace.backups({});
    const uploadId = upload(t, bytes, 'district.kenes');

    const inspection = t.api.workspace.inspect({ uploadId });
    expect(inspection.verdict).toBe('refused');
    expect(inspection.refusal?.messageKey).toBe(`workspaceRefusal.${reason}`);
    expect(inspection.refusal?.message).toContain('district.kenes');
    expect(inspection.refusal?.message).not.toContain('workspaceRefusal');

    const error = t.fail('workspace:open', { uploadId });
    expect(error).toMatchObject({ code: 'conflict', messageKey: `workspaceRefusal.${reason}` });
    expect(error.message).toBe(inspection.refusal?.message);

    expect(organisationsHash(t)).toBe(before);
    expect(t.api.workspace.backups({})).toEqual(backupsBefore);
    expect(t.api.workspace.status({})).toMatchObject({ councilName: 'Біздің кеңес', readOnly: null });
    expect(t.internalErrors).toEqual([]);
    // The picked file itself is not changed by looking at it, and leaves no -wal/-shm behind.
    expect(fs.readdirSync(path.join(t.dir, 'uploads')).filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual(
      [],
    );
  });

  it('says the refusal in the workspace’s language', () => {
    t.api.settings.update({ patch: { language: 'ru' } });
    const uploadId = upload(t, Buffer.from('не база'), 'файл.kenes');
    expect(t.api.workspace.inspect({ uploadId }).refusal?.message).toBe(
      'Файл «файл.kenes» — не рабочее пространство Kenes: это вообще не база SQLite. Ничего не изменено.',
    );
  });

  it('refuses an upload that has not fully arrived', () => {
    const { uploadId } = t.api.uploads.begin({ fileName: 'half.kenes', sizeBytes: good.length });
    t.api.uploads.append({ uploadId, offset: 0, base64: good.subarray(0, 1000).toString('base64') });
    expect(t.fail('workspace:open', { uploadId }).messageKey).toBe('conflict.uploadIncomplete');
  });
});
