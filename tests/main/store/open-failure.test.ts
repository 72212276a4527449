import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeOpenFailure, openFailureKey } from '../../../src/main/store/open-failure';
import { MigrationDriftError, NewerSchemaError } from '../../../src/main/store/migrations';
import { DATABASE_FILE, openWorkspace } from '../../../src/main/store/workspace';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/workspace';

const failureOpening = (dir: string): unknown => {
  try {
    openWorkspace({ dataDir: dir, migrationsDir: MIGRATIONS_DIR }).close();
  } catch (error) {
    return error;
  }
  throw new Error('the workspace opened');
};

describe('why a workspace cannot be opened, in words', () => {
  it('tells drift, a newer Kenes, a damaged file and anything else apart', () => {
    expect(openFailureKey(new MigrationDriftError('x'))).toBe('workspace.drift');
    expect(openFailureKey(new NewerSchemaError('x'))).toBe('workspace.newer');
    expect(openFailureKey(new Error('disk full'))).toBe('workspace.openFailed');

    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), crypto.randomBytes(64 * 1024));
    expect(openFailureKey(failureOpening(dir))).toBe('workspace.corrupt');
  });

  it('speaks the system language, Kazakh when it is none of kk, ru, en, and names the file', () => {
    const file = '/data/Kenes/kenes.sqlite';
    const newer = new NewerSchemaError('x');
    expect(describeOpenFailure('ru-RU', newer, file)).toBe(
      `Это рабочее пространство (${file}) создано более новой версией Kenes. Обновите Kenes, чтобы открыть его; в файл ничего не записано.`,
    );
    expect(describeOpenFailure('de-DE', newer, file)).toContain('Kenes-тің жаңарақ нұсқасы');
    expect(describeOpenFailure('en-GB', new Error('disk full'), file)).toBe(
      `The workspace (${file}) could not be opened: disk full`,
    );
  });
});
