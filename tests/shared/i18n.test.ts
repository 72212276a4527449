import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessages, languages } from '../../src/shared/i18n/errors';
import { translateMessage } from '../../src/shared/i18n/translate';
import { describeError } from '../../src/shared/i18n/describe';
import { errorCodes } from '../../src/shared/api/contract';
import { REPO_ROOT } from '../helpers/workspace';

/** "errors.validation" → message, for every leaf. */
const leaves = (node: unknown, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
};

const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));

const keysUsedIn = (dir: string, pattern: RegExp): Set<string> => {
  const keys = new Set<string>();
  for (const file of sourceFiles(dir)) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(pattern)) keys.add(m[1] as string);
  }
  return keys;
};

describe('error messages', () => {
  const kk = leaves(errorMessages.kk);

  it('have exactly the same keys in Kazakh, Russian and English', () => {
    expect(languages).toEqual(['kk', 'ru', 'en']);
    for (const lang of languages) {
      expect([...leaves(errorMessages[lang]).keys()].sort(), lang).toEqual([...kk.keys()].sort());
    }
  });

  it('use the same placeholders in every language, and are never empty', () => {
    for (const lang of languages) {
      for (const [key, message] of leaves(errorMessages[lang])) {
        expect(message.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(message), `${lang} ${key}`).toEqual(placeholders(kk.get(key) as string));
      }
    }
  });

  it('exist for every error code, conflict reason and validation key the code uses', () => {
    for (const code of errorCodes) expect(kk.has(`errors.${code}`), code).toBe(true);
    const conflicts = keysUsedIn('src/main', /conflict\('(\w+)'\)/g);
    expect(conflicts.size).toBeGreaterThan(5);
    for (const reason of conflicts) expect(kk.has(`conflict.${reason}`), reason).toBe(true);
    const validation = keysUsedIn('src', /'(validation\.\w+)'/g);
    expect(validation.size).toBeGreaterThan(10);
    for (const key of validation) expect(kk.has(key), key).toBe(true);
  });

  it('fill in their parameters and wrap a conflict reason in the general sentence', () => {
    expect(translateMessage('kk', 'validation.tooLong', { max: 500 })).toBe('Тым ұзын: ең көбі 500 таңба.');
    expect(translateMessage('ru', 'validation.tooLong', { max: 500 })).toBe(
      'Слишком длинно: не более 500 символов.',
    );
    expect(describeError('en', 'conflict', 'conflict.selfLink')).toBe(
      'This change cannot be saved: an organisation cannot be linked to itself',
    );
    expect(translateMessage('kk', 'no.such.key')).toBe('no.such.key');
  });
});
