import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, REPO_ROOT, tempDir } from '../helpers/workspace';

/** Every file under `dir` with its content, so a new migration or a changed journal shows up as a diff. */
const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e): [string, string] => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );

describe('db/migrations and db/schema', () => {
  it('agree: drizzle-kit generate finds nothing to migrate', () => {
    // drizzle-kit prefixes --out with "./", so it runs in a temp dir with a relative --out.
    const cwd = tempDir('kenes-drift-');
    fs.cpSync(MIGRATIONS_DIR, path.join(cwd, 'migrations'), { recursive: true });
    const result = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules', 'drizzle-kit', 'bin.cjs'),
        'generate',
        '--dialect',
        'sqlite',
        '--schema',
        path.join(REPO_ROOT, 'db', 'schema', 'index.ts'),
        '--out',
        'migrations',
        '--casing',
        'snake_case',
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    // drizzle-kit exits 0 even when it fails to read the folder: insist on its "nothing to do".
    expect(result.status, output).toBe(0);
    expect(output).not.toMatch(/\berror\b/i);
    expect(output).toContain('No schema changes');
    expect(contents(path.join(cwd, 'migrations'))).toEqual(contents(MIGRATIONS_DIR));
  });
});
