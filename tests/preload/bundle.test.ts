import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/api';

const bundle = path.resolve(import.meta.dirname, '../../out/preload/index.cjs');

// `npm test` builds before running the tests; run `npm run build` first when running this file alone.
describe('the preload bundle', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect(fs.existsSync(bundle), 'out/preload/index.cjs is missing: run `npm run build`').toBe(true);
    const source = fs.readFileSync(bundle, 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly the contract channels through contextBridge', () => {
    const source = fs.readFileSync(bundle, 'utf8');
    expect(source).toContain('exposeInMainWorld("kenesIpc"');
    for (const channel of channels) expect(source).toContain(`"${channel}"`);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });
});
