import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { newerWorkspaceFile, organisationsHash, saveCopy, SHIPPED_MIGRATIONS, upload } from './support';
import { READ_ONLY_DIR } from '../../../src/main/store/host';

const PDF = Buffer.from('%PDF-1.4\n% the district agreement\n%%EOF\n');

describe('a file made by a newer Kenes opens read-only', () => {
  it('reads work, every write is refused, and closing returns to the own workspace as it was', () => {
    // The district's file, from a Kenes one migration ahead, with a signed scan.
    const district = openTestWorkspace();
    district.api.workspace.initialise({ template: 'akmola' });
    const partners = district.api.organisations.list({ pageSize: 2 }).items;
    const agreement = district.api.agreements.create({
      title: 'Ынтымақтастық туралы келісім',
      kind: 'cooperation',
      parties: partners.map((o) => ({ organisationId: o.id })),
    });
    const scan = district.api.attachments.add({
      ownerType: 'agreement',
      ownerId: agreement.id,
      fileName: 'scan.pdf',
      base64: PDF.toString('base64'),
    });
    const newer = newerWorkspaceFile(saveCopy(district).bytes);

    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'empty', councilName: 'Біздің кеңес' });
    t.api.organisations.create({ nameKk: 'Біздің мектеп', typeCode: 'EDU.SCHOOL', level: 'organisation' });
    const ownHash = organisationsHash(t);
    const ownFile = fs.readFileSync(t.workspace.databasePath);
    const backupsBefore = t.api.workspace.backups({});

    const uploadId = upload(t, newer, 'аудан.kenes');
    expect(t.api.workspace.inspect({ uploadId })).toMatchObject({
      verdict: 'newer',
      fileSchemaVersion: SHIPPED_MIGRATIONS + 1,
      appSchemaVersion: SHIPPED_MIGRATIONS,
      councilName: district.api.workspace.status({}).councilName,
    });
    expect(t.api.workspace.open({ uploadId })).toMatchObject({ mode: 'readOnly', backup: null });

    const status = t.api.workspace.status({});
    expect(status.readOnly).toEqual({
      reason: 'newer',
      fileName: 'аудан.kenes',
      fileSchemaVersion: SHIPPED_MIGRATIONS + 1,
      appSchemaVersion: SHIPPED_MIGRATIONS,
    });
    expect(status.councilName).toBe(district.api.workspace.status({}).councilName);

    // Reads: the registry, the network, the agreement and its scan.
    expect(t.api.organisations.list({ pageSize: 500 }).total).toBe(
      district.api.organisations.list({ pageSize: 500 }).total,
    );
    expect(t.api.network.load({}).organisations.length).toBeGreaterThan(100);
    expect(t.api.agreements.get({ id: agreement.id }).title).toBe('Ынтымақтастық туралы келісім');
    expect(Buffer.from(t.api.attachments.read({ id: scan.id }).base64, 'base64')).toEqual(PDF);

    // Writes: refused with read_only, whichever way they write.
    const refused = [
      t.fail('organisations:create', { nameKk: 'Тағы бір', typeCode: 'EDU.SCHOOL', level: 'organisation' }),
      t.fail('organisations:archive', { id: partners[0]!.id }),
      t.fail('settings:update', { patch: { userName: 'Хатшы' } }),
      t.fail('workspace:backupNow', {}),
      t.fail('history:undo', {}),
    ];
    for (const error of refused) {
      expect(error.code).toBe('read_only');
      expect(error.message).toBe('Жұмыс кеңістігі тек оқуға ашылған.');
    }
    // Opening or restoring another file waits until the own workspace is back.
    const again = upload(t, newer, 'тағы.kenes');
    expect(t.fail('workspace:open', { uploadId: again })).toMatchObject({
      code: 'read_only',
      messageKey: 'workspaceRefusal.returnFirst',
    });
    expect(t.fail('workspace:restore', { fileName: backupsBefore[0]!.fileName }).code).toBe('read_only');
    expect(t.internalErrors).toEqual([]);

    expect(t.api.workspace.closeReadOnly({})).toBeNull();
    expect(t.api.workspace.status({})).toMatchObject({ councilName: 'Біздің кеңес', readOnly: null });
    expect(organisationsHash(t)).toBe(ownHash);
    expect(t.api.workspace.backups({})).toEqual(backupsBefore);
    expect(fs.existsSync(path.join(t.dir, READ_ONLY_DIR))).toBe(false);
    // The own file was never touched while the other was open (its scan did not land here either).
    expect(fs.readFileSync(t.workspace.databasePath).equals(ownFile)).toBe(true);
    expect(fs.existsSync(path.join(t.dir, 'attachments', scan.sha256))).toBe(false);
    // And it is writable again.
    t.api.organisations.create({ nameKk: 'Тағы бір', typeCode: 'EDU.SCHOOL', level: 'organisation' });
    expect(t.count('organisations')).toBe(3);
  });
});
