import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DAY, fixedClock, openTestWorkspace, tempDir, trackedOpen } from '../../helpers/workspace';
import { SHIPPED_MIGRATIONS } from '../../helpers/migrations';
import { createBackup, ensureDailyBackup, listBackups, pruneBackups } from '../../../src/main/store/backups';

describe('daily backups', () => {
  it('takes one backup per day and keeps only the last N days', () => {
    const clock = fixedClock('2025-03-01T08:00:00.000Z');
    const first = openTestWorkspace({ clock });
    first.api.workspace.initialise({ template: 'akmola' });
    first.api.settings.update({ patch: { backupsToKeep: 3 } });
    first.workspace.close();

    for (let day = 1; day <= 5; day++) {
      clock.advance(DAY);
      // Twice a day: the second start of the day adds nothing.
      trackedOpen({ dataDir: first.dir, clock }).close();
      clock.advance(60 * 60 * 1000);
      trackedOpen({ dataDir: first.dir, clock }).close();
    }
    const daily = listBackups(first.dir).filter((b) => b.kind === 'daily');
    expect(daily.map((b) => b.createdAt)).toEqual([
      '2025-03-06T12:00:00.000Z',
      '2025-03-05T11:00:00.000Z',
      '2025-03-04T10:00:00.000Z',
    ]);
    expect(fs.readdirSync(path.join(first.dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('writes backups that are sound SQLite files holding the data of the moment', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'akmola' });
    t.clock.advance(1000);
    const manual = t.api.workspace.backupNow({});
    t.api.organisations.create({
      nameKk: 'Кейін қосылған мектеп',
      typeCode: 'EDU.SCHOOL',
      level: 'organisation',
    });

    const file = path.join(t.dir, 'backups', manual.fileName);
    expect(fs.statSync(file).size).toBe(manual.sizeBytes);
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      expect(
        backup.prepare('SELECT count(*) FROM organisations WHERE is_council_hub = 0').pluck().get(),
      ).toBe(124);
      expect(backup.prepare('SELECT name_kk FROM council_profile').pluck().get()).toMatch(
        /^Ақмола облысында/,
      );
      expect(backup.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
        SHIPPED_MIGRATIONS,
      );
    } finally {
      backup.close();
    }
    // The daily backup of the empty workspace, taken at start, still has no organisations.
    const daily = listBackups(t.dir).find((b) => b.kind === 'daily');
    const early = new Database(path.join(t.dir, 'backups', daily?.fileName as string), { readonly: true });
    try {
      expect(early.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(0);
    } finally {
      early.close();
    }
  });

  it('rotates each kind on its own: daily rotation never removes a manual or pre-migration backup', () => {
    const t = openTestWorkspace();
    const at = (iso: string) => new Date(iso);
    createBackup(t.workspace.sqlite, t.dir, 'manual', at('2025-01-01T10:00:00.000Z'));
    createBackup(t.workspace.sqlite, t.dir, 'pre-migration', at('2025-01-02T10:00:00.000Z'));
    for (let d = 1; d <= 4; d++)
      ensureDailyBackup(t.workspace.sqlite, t.dir, at(`2025-04-0${d}T10:00:00.000Z`), 2);
    const kinds = listBackups(t.dir).map((b) => `${b.kind} ${b.createdAt.slice(0, 10)}`);
    expect(kinds).toEqual([
      'daily 2025-04-04',
      'daily 2025-04-03',
      'pre-migration 2025-01-02',
      'manual 2025-01-01',
    ]);
    pruneBackups(t.dir, 'manual', 0);
    expect(listBackups(t.dir).map((b) => b.kind)).not.toContain('manual');
  });

  it('ignores files in the backup folder that it did not write', () => {
    const t = openTestWorkspace();
    const dir = path.join(t.dir, 'backups');
    fs.writeFileSync(path.join(dir, 'менің көшірмем.sqlite'), 'x');
    fs.writeFileSync(path.join(dir, 'kenes-20250101T000000000Z-daily.sqlite.partial'), 'x');
    expect(listBackups(t.dir).map((b) => b.kind)).toEqual(['daily']);
    pruneBackups(t.dir, 'daily', 0);
    expect(fs.readdirSync(dir).sort()).toEqual([
      'kenes-20250101T000000000Z-daily.sqlite.partial',
      'менің көшірмем.sqlite',
    ]);
  });

  it('lists nothing for a workspace folder without backups', () => {
    expect(listBackups(tempDir())).toEqual([]);
  });
});
