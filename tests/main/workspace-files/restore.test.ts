import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { activeOrganisationNames, organisationsHash, saveCopy, upload } from './support';
import { backupDir } from '../../../src/main/store/backups';
import { openWorkspace, type OpenWorkspaceOptions } from '../../../src/main/store/workspace';

const MINUTE = 60_000;

/** The Akmola model, one organisation added by hand, and a manual backup of that state. */
const withBackup = (t: TestWorkspace) => {
  t.api.workspace.initialise({ template: 'akmola' });
  t.api.organisations.create({
    nameKk: 'Степногор қаласының №2 мектебі',
    typeCode: 'EDU.SCHOOL',
    level: 'organisation',
  });
  t.clock.advance(MINUTE);
  const backup = t.api.workspace.backupNow({});
  t.clock.advance(MINUTE);
  return backup;
};

/** "A mistake": three partners archived. */
const archiveThree = (t: TestWorkspace) => {
  const three = t.api.organisations.list({ pageSize: 3 }).items;
  for (const o of three) t.api.organisations.archive({ id: o.id });
  t.clock.advance(MINUTE);
  return three;
};

describe('restoring a backup', () => {
  it('brings back the state of the backup; the pre-restore backup keeps the mistaken state', () => {
    const t = openTestWorkspace();
    const backup = withBackup(t);
    const good = activeOrganisationNames(t);
    const three = archiveThree(t);
    expect(activeOrganisationNames(t)).toHaveLength(good.length - 3);

    const result = t.api.workspace.restore({ fileName: backup.fileName });
    expect(result.restored).toEqual(backup);
    expect(result.preRestoreBackup.kind).toBe('pre-restore');
    expect(result.migrated).toBe(false);

    expect(activeOrganisationNames(t)).toEqual(good);
    for (const o of three) expect(activeOrganisationNames(t)).toContain(o.nameKk);
    expect(activeOrganisationNames(t)).toContain('Степногор қаласының №2 мектебі');

    const mistaken = new Database(path.join(backupDir(t.dir), result.preRestoreBackup.fileName), {
      readonly: true,
    });
    const archived = mistaken
      .prepare('SELECT id FROM organisations WHERE archived_at IS NOT NULL ORDER BY id')
      .pluck()
      .all();
    mistaken.close();
    expect(archived).toEqual(three.map((o) => o.id).sort());

    // Both are in the list, and the restore can itself be undone by restoring the pre-restore backup.
    const names = t.api.workspace.backups({}).map((b) => b.fileName);
    expect(names).toContain(backup.fileName);
    expect(names).toContain(result.preRestoreBackup.fileName);
    t.clock.advance(MINUTE);
    t.api.workspace.restore({ fileName: result.preRestoreBackup.fileName });
    expect(activeOrganisationNames(t)).toHaveLength(good.length - 3);
  });

  it('takes only names from the list, never a path', () => {
    const t = openTestWorkspace();
    withBackup(t);
    const before = organisationsHash(t);
    for (const fileName of [
      '../kenes.sqlite',
      'kenes.sqlite',
      '/etc/passwd',
      'kenes-20250310T090000Z-manual.sqlite',
    ]) {
      expect(t.fail('workspace:restore', { fileName })).toMatchObject({
        code: 'not_found',
        messageKey: 'workspaceRefusal.unknownBackup',
      });
    }
    expect(organisationsHash(t)).toBe(before);
    expect(t.api.workspace.backups({}).some((b) => b.kind === 'pre-restore')).toBe(false);
  });

  it('refuses a backup that is damaged, leaving everything as it was', () => {
    const t = openTestWorkspace();
    const backup = withBackup(t);
    const file = path.join(backupDir(t.dir), backup.fileName);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 8192));
    const before = organisationsHash(t);
    expect(t.fail('workspace:restore', { fileName: backup.fileName }).messageKey).toBe(
      'workspaceRefusal.damaged',
    );
    expect(organisationsHash(t)).toBe(before);
    expect(t.api.workspace.backups({}).some((b) => b.kind === 'pre-restore')).toBe(false);
  });
});

describe('a failure in the middle of replacing', () => {
  /** A host whose next reopening fails, as a full disk or a locked file would make it. */
  const failingOnce = () => {
    let fail = false;
    const t = openTestWorkspace({
      open: (options: OpenWorkspaceOptions) => {
        if (fail) {
          fail = false;
          throw new Error('disk I/O error while opening');
        }
        return openWorkspace(options);
      },
    });
    return { t, failNext: () => (fail = true) };
  };

  it('leaves the previous workspace open, intact and writable (restore)', () => {
    const { t, failNext } = failingOnce();
    const backup = withBackup(t);
    archiveThree(t);
    const before = organisationsHash(t);
    const names = activeOrganisationNames(t);

    failNext();
    expect(t.fail('workspace:restore', { fileName: backup.fileName }).code).toBe('internal');
    expect(String(t.internalErrors[0])).toContain('disk I/O error');

    expect(organisationsHash(t)).toBe(before);
    expect(activeOrganisationNames(t)).toEqual(names);
    expect(t.workspace.sqlite.open).toBe(true);
    expect(t.workspace.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    t.api.organisations.create({ nameKk: 'Кейін қосылған', typeCode: 'EDU.SCHOOL', level: 'organisation' });
    expect(activeOrganisationNames(t)).toContain('Кейін қосылған');
    // The safety copy taken first is there; nothing half-renamed is left.
    expect(t.api.workspace.backups({}).some((b) => b.kind === 'pre-restore')).toBe(true);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes('incoming'))).toEqual([]);
  });

  it('leaves the previous workspace open and intact (opening a file that passed inspection)', () => {
    const source = openTestWorkspace();
    source.api.workspace.initialise({ template: 'empty', councilName: 'Аудандық кеңес' });
    const copy = saveCopy(source);

    const { t, failNext } = failingOnce();
    withBackup(t);
    const before = organisationsHash(t);
    const uploadId = upload(t, copy.bytes, copy.fileName);
    expect(t.api.workspace.inspect({ uploadId }).verdict).toBe('ok');

    failNext();
    expect(t.fail('workspace:open', { uploadId }).code).toBe('internal');
    expect(organisationsHash(t)).toBe(before);
    expect(t.api.workspace.status({}).councilName).not.toBe('Аудандық кеңес');
    // Once the trouble is gone, the same upload opens.
    expect(t.api.workspace.open({ uploadId }).mode).toBe('replaced');
    expect(t.api.workspace.status({}).councilName).toBe('Аудандық кеңес');
  });
});
