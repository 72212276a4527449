import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { organisationInput } from '../../helpers/fixtures';

describe('the SQLite connection', () => {
  it('runs in WAL mode with foreign keys and synchronous=FULL', () => {
    const { workspace } = openTestWorkspace();
    expect(workspace.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workspace.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(workspace.sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('enforces foreign keys even for SQL that bypasses the services', () => {
    const { workspace } = openTestWorkspace();
    const insert = () =>
      workspace.sqlite
        .prepare(
          `INSERT INTO organisations (id, name_kk, type_code, sector, level, group_id, created_at, updated_at)
           VALUES ('x', 'X', 'EDU.SCHOOL', 'education', 'organisation', 'no-such-group', '', '')`,
        )
        .run();
    expect(insert).toThrow(/FOREIGN KEY/);
  });

  it('makes a committed change visible to another connection before the app closes', () => {
    const t = openTestWorkspace();
    t.api.organisations.create(organisationInput({ nameKk: 'Жазылған мектеп' }));
    const other = new Database(path.join(t.dir, 'kenes.sqlite'), { readonly: true });
    try {
      expect(other.prepare('SELECT name_kk FROM organisations').pluck().all()).toEqual(['Жазылған мектеп']);
    } finally {
      other.close();
    }
  });

  it('folds and sorts Kazakh text inside SQL', () => {
    const { workspace } = openTestWorkspace();
    expect(workspace.sqlite.prepare("SELECT kenes_fold('ҚОРҒАЛЖЫН Ёлка')").pluck().get()).toBe(
      'коргалжын елка',
    );
    const sorted = workspace.sqlite
      .prepare(
        "SELECT v FROM (SELECT 'Бала' v UNION SELECT 'Әлем' UNION SELECT 'Арман') ORDER BY kenes_sort_key(v)",
      )
      .pluck()
      .all();
    expect(sorted).toEqual(['Арман', 'Әлем', 'Бала']);
  });
});
