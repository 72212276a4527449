import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
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

  it('exposes one function per contract channel, each invoking its own channel, and nothing else', async () => {
    // Run the real bundle with a stand-in for electron that records what it is given.
    const exposed: Record<string, Record<string, (input: unknown) => unknown>> = {};
    const invoked: [string, unknown][] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, (input: unknown) => unknown>) => {
          exposed[key] = api;
        },
      },
      ipcRenderer: { invoke: (channel: string, input: unknown) => invoked.push([channel, input]) },
    };
    const module = { exports: {} };
    type CommonJsWrapper = (require: (id: string) => unknown, module: object, exports: object) => void;
    const run = vm.runInNewContext(
      `(function (require, module, exports) {${fs.readFileSync(bundle, 'utf8')}\n})`,
      {},
    ) as CommonJsWrapper;
    run(
      (id) => {
        if (id !== 'electron') throw new Error(`the preload required ${id}`);
        return electron;
      },
      module,
      module.exports,
    );

    expect(Object.keys(exposed)).toEqual(['kenesIpc']);
    const bridge = exposed.kenesIpc as Record<string, (input: unknown) => unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...channels].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const channel of channels) await bridge[channel]?.({ probe: channel });
    expect(invoked).toEqual(channels.map((channel) => [channel, { probe: channel }]));
  });
});
