import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { threeParty, withPartners } from '../../helpers/agreements';
import { fixedClock, openTestWorkspace, tempDir } from '../../helpers/workspace';
import { activeOrganisationNames, saveCopy, SHIPPED_MIGRATIONS, upload } from './support';
import { backupDir } from '../../../src/main/store/backups';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% signed by both parties\n%%EOF\n');

const rowsOf = (sqlite: Database.Database, sql: string) => sqlite.prepare(sql).all();

describe('Save a copy as… and Open workspace…', () => {
  it('a saved copy opens in another workspace with the same organisations, agreements and attachment bytes', () => {
    const p = withPartners();
    const agreement = p.api.agreements.create(threeParty(p));
    const scan = p.api.attachments.add({
      ownerType: 'agreement',
      ownerId: agreement.id,
      fileName: 'келісім-қол қойылған.pdf',
      base64: PDF.toString('base64'),
    });

    const copy = saveCopy(p);
    // Named by the council (the empty template's hub has no short name) and the day.
    expect(copy.fileName).toBe('Ақмола облысының үйлестіру кеңесі-2025-03-10.kenes');
    // A plain SQLite file carrying the scan's bytes in its one extra table.
    const savedFile = path.join(tempDir(), copy.fileName);
    fs.writeFileSync(savedFile, copy.bytes);
    const saved = new Database(savedFile, { readonly: true });
    expect(saved.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(saved.prepare('SELECT bytes FROM kenes_attachment_files').pluck().get()).toEqual(PDF);
    saved.close();

    const other = openTestWorkspace({ clock: fixedClock('2025-04-01T10:00:00.000Z') });
    other.api.workspace.initialise({ template: 'empty', councilName: 'Көкшетау қалалық кеңесі' });
    const uploadId = upload(other, copy.bytes, copy.fileName);
    expect(other.api.workspace.inspect({ uploadId })).toMatchObject({
      fileName: copy.fileName,
      verdict: 'ok',
      refusal: null,
      councilName: 'Ақмола облысының үйлестіру кеңесі',
      // The three partners; the council itself is not counted.
      organisations: 3,
      sittings: 0,
      fileSchemaVersion: SHIPPED_MIGRATIONS,
      appSchemaVersion: SHIPPED_MIGRATIONS,
    });
    expect(other.api.workspace.inspect({ uploadId }).lastChangeAt).toBe('2025-03-10T09:00:00.000Z');

    const opened = other.api.workspace.open({ uploadId });
    expect(opened).toMatchObject({ mode: 'replaced', migrated: false, backup: { kind: 'pre-open' } });
    expect(other.api.workspace.status({})).toMatchObject({
      councilName: 'Ақмола облысының үйлестіру кеңесі',
      readOnly: null,
    });
    expect(activeOrganisationNames(other)).toEqual(activeOrganisationNames(p));
    const agreementsSql = 'SELECT id, number, title, valid_to FROM agreements ORDER BY id';
    expect(rowsOf(other.workspace.sqlite, agreementsSql)).toEqual(
      rowsOf(p.host.current.sqlite, agreementsSql),
    );
    expect(other.api.agreements.get({ id: agreement.id }).parties).toHaveLength(3);

    // The scan opens from the new workspace's own folder, and the carried table is gone.
    const read = other.api.attachments.read({ id: scan.id });
    expect(Buffer.from(read.base64, 'base64')).toEqual(PDF);
    expect(fs.existsSync(path.join(other.dir, 'attachments', scan.sha256))).toBe(true);
    expect(
      other.workspace.sqlite
        .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'kenes_attachment_files'")
        .pluck()
        .get(),
    ).toBe(0);

    // The state before is in the pre-open backup; the upload is gone; nothing is left half-renamed.
    const before = new Database(path.join(backupDir(other.dir), opened.backup!.fileName), { readonly: true });
    expect(before.prepare('SELECT name_kk FROM council_profile').pluck().get()).toBe(
      'Көкшетау қалалық кеңесі',
    );
    before.close();
    expect(other.fail('workspace:inspect', { uploadId }).code).toBe('not_found');
    expect(fs.readdirSync(other.dir).filter((f) => f.includes('incoming'))).toEqual([]);

    // And the new workspace is the one that is written to, and survives a reopen.
    other.api.organisations.create({
      nameKk: 'Жаңа серіктес',
      typeCode: 'EDU.SCHOOL',
      level: 'organisation',
    });
    const file = other.workspace.databasePath;
    other.host.close();
    const reopened = new Database(file, { readonly: true });
    expect(
      reopened.prepare("SELECT count(*) FROM organisations WHERE name_kk = 'Жаңа серіктес'").pluck().get(),
    ).toBe(1);
    expect(reopened.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(1);
    reopened.close();
  });

  it('names the copy by the council’s short name when it has one', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'akmola' });
    const { fileName, bytes } = saveCopy(t);
    expect(fileName).toMatch(/^[^/\\:]+-2025-03-10\.kenes$/);
    const hub = t.workspace.sqlite
      .prepare('SELECT short_name FROM organisations WHERE is_council_hub = 1')
      .pluck()
      .get() as string;
    expect(fileName).toBe(`${hub}-2025-03-10.kenes`);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
