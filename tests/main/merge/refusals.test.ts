import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { organisationInput } from '../../helpers/fixtures';
import { migrationsUpTo, SHIPPED_MIGRATIONS } from '../../helpers/migrations';
import { tempDir, trackedOpen, type TestWorkspace } from '../../helpers/workspace';
import { createServiceContext } from '../../../src/main/services/context';
import { initialiseWorkspace } from '../../../src/main/services/workspace';
import { createOrganisation } from '../../../src/main/services/organisations';
import { receivedUpload } from '../../../src/main/services/uploads';
import { openSqlite } from '../../../src/main/store/database';
import {
  apply,
  copyOf,
  countsOf,
  kenesFileOf,
  preview,
  regionalWorkspace,
  snapshotCounts,
  upload,
} from './district';

/** Reads the upload's own bytes as SQLite: the file the secretary sent must stay as it came. */
const migrationsIn = (file: string): number => {
  const sqlite = openSqlite(file, { readonly: true });
  try {
    return sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  } finally {
    sqlite.close();
  }
};

const refusedWithNothingChanged = (t: TestWorkspace, bytes: Buffer, key: string) => {
  const before = snapshotCounts(t);
  const backups = t.api.workspace.backups({}).length;
  const id = upload(t, bytes);
  expect(t.fail('merge:preview', { uploadId: id }).messageKey).toBe(`conflict.${key}`);
  expect(t.fail('merge:apply', { uploadId: id, choices: {} }).messageKey).toBe(`conflict.${key}`);
  expect(snapshotCounts(t)).toEqual(before);
  expect(t.api.workspace.backups({}).length).toBe(backups);
};

describe('district files Kenes refuses to merge', () => {
  it('refuses a file that is not a SQLite database at all', () => {
    const t = regionalWorkspace();
    refusedWithNothingChanged(
      t,
      Buffer.from('PK\u0003\u0004 not a workspace, a spreadsheet'),
      'mergeNotWorkspace',
    );
    refusedWithNothingChanged(t, Buffer.alloc(0), 'mergeNotWorkspace');
  });

  it('refuses a SQLite database that is not a Kenes workspace', () => {
    const t = regionalWorkspace();
    const file = path.join(tempDir(), 'other.sqlite');
    const other = openSqlite(file);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Әлия');");
    other.pragma('journal_mode = DELETE');
    other.close();
    refusedWithNothingChanged(t, fs.readFileSync(file), 'mergeNotWorkspace');
  });

  it('refuses a damaged workspace file', () => {
    const t = regionalWorkspace();
    const whole = kenesFileOf(copyOf(t));
    // The first pages survive (the header and the table list), the rest is lost.
    const damaged = Buffer.concat([whole.subarray(0, 8192), Buffer.alloc(whole.length - 8192, 0x5a)]);
    refusedWithNothingChanged(t, damaged, 'mergeDamaged');
  });

  it('refuses a file made by a newer Kenes, asking to update first', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    d.api.organisations.create(organisationInput({ nameKk: 'Жаңа нұсқадағы ұйым' }));
    const file = kenesFileOf(d, (sql) => {
      sql
        .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
        .run('f'.repeat(64), 4102444800000);
    });
    refusedWithNothingChanged(t, file, 'mergeNewer');
    const id = upload(t, file);
    expect(t.fail('merge:preview', { uploadId: id }).message).toContain('Kenes-ті жаңартыңыз');
  });

  it('says there is nothing to merge for a copy of this very workspace with nothing new', () => {
    const t = regionalWorkspace();
    refusedWithNothingChanged(t, kenesFileOf(t), 'mergeNothingNew');
    refusedWithNothingChanged(t, kenesFileOf(copyOf(t)), 'mergeNothingNew');
  });

  it('merges an older file after migrating its temporary copy, leaving the uploaded file as it was', () => {
    const t = regionalWorkspace();
    const olderDir = tempDir('kenes-older-');
    const older = trackedOpen({ dataDir: olderDir, migrationsDir: migrationsUpTo(SHIPPED_MIGRATIONS - 1) });
    const ctx = createServiceContext(older, () => new Date('2025-02-01T08:00:00.000Z'));
    initialiseWorkspace(ctx, { template: 'empty', councilName: 'Зеренді ауданының кеңесі' });
    const school = createOrganisation(ctx, organisationInput({ nameKk: 'Зеренді ауданының №1 мектебі' }));
    const file = path.join(tempDir(), 'older.kenes');
    older.sqlite.prepare('VACUUM INTO ?').run(file);
    const id = upload(t, fs.readFileSync(file));

    const p = preview(t, id);
    expect(p).toMatchObject({
      schemaVersion: SHIPPED_MIGRATIONS - 1,
      migrated: true,
      councilName: 'Зеренді ауданының кеңесі',
    });
    expect(countsOf(p, 'organisation')).toMatchObject({ new: 2 });
    expect(migrationsIn(receivedUpload(t.ctx, id).path)).toBe(SHIPPED_MIGRATIONS - 1);

    apply(t, id);
    expect(t.api.organisations.get({ id: school.id }).organisation.nameKk).toBe(
      'Зеренді ауданының №1 мектебі',
    );
    expect(t.workspace.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
      SHIPPED_MIGRATIONS,
    );
  });

  it('always removes its temporary copy, after a refusal too', () => {
    const t = regionalWorkspace();
    const d = copyOf(t);
    d.api.organisations.create(organisationInput({ nameKk: 'Уақытша көшірме тексерісі' }));
    const made: string[] = [];
    const mkdtemp = fs.mkdtempSync.bind(fs);
    const spy = vi.spyOn(fs, 'mkdtempSync').mockImplementation((prefix: string) => {
      const dir = mkdtemp(prefix);
      if (prefix.includes('kenes-merge-')) made.push(dir);
      return dir;
    });
    try {
      const good = upload(t, kenesFileOf(d));
      preview(t, good);
      apply(t, good);
      const bad = upload(t, Buffer.from('not a workspace'));
      t.fail('merge:preview', { uploadId: bad });
    } finally {
      spy.mockRestore();
    }
    expect(made).toHaveLength(3);
    for (const dir of made) expect(fs.existsSync(dir)).toBe(false);
  });
});
