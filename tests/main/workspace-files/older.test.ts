import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { activeOrganisationNames, olderWorkspaceFile, SHIPPED_MIGRATIONS, upload } from './support';
import { backupDir } from '../../../src/main/store/backups';

describe('a file made by an older Kenes', () => {
  it('is brought up to date after a backup of the state before and a pre-migration backup of the file', () => {
    const older = olderWorkspaceFile(3);
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'empty', councilName: 'Біздің кеңес' });

    const uploadId = upload(t, older, 'ескі.kenes');
    expect(t.api.workspace.inspect({ uploadId })).toMatchObject({
      verdict: 'older',
      fileSchemaVersion: 3,
      appSchemaVersion: SHIPPED_MIGRATIONS,
      organisations: 2,
      sittings: 0,
    });
    const opened = t.api.workspace.open({ uploadId });
    expect(opened).toMatchObject({ mode: 'replaced', migrated: true, backup: { kind: 'pre-open' } });

    expect(t.api.workspace.status({}).schemaVersion).toBe(SHIPPED_MIGRATIONS);
    expect(t.workspace.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
      SHIPPED_MIGRATIONS,
    );
    expect(activeOrganisationNames(t)).toEqual(['Ескі мектеп №1', 'Ескі мектеп №2']);
    // A later migration's table is there (amendments came after the file's version).
    expect(t.count('session_amendments')).toBe(0);

    const kinds = t.api.workspace.backups({}).map((b) => b.kind);
    expect(kinds).toContain('pre-open');
    expect(kinds).toContain('pre-migration');
    // The pre-migration backup is the file as it came, at its old version.
    const preMigration = t.api.workspace.backups({}).find((b) => b.kind === 'pre-migration')!;
    const file = new Database(path.join(backupDir(t.dir), preMigration.fileName), { readonly: true });
    expect(file.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(3);
    expect(file.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(2);
    file.close();
    expect(fs.existsSync(`${t.workspace.databasePath}.incoming`)).toBe(false);
  });
});
