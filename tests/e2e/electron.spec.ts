import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test, expect, _electron as electron } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const electronNative = path.join(
  root,
  '.cache/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);

/** The Electron binary, or why it cannot run here. */
const electronRuntime = (): { path: string } | { reason: string } => {
  let binary: string;
  try {
    binary = require('electron') as string;
  } catch (error) {
    return { reason: `the Electron runtime is not installed (${(error as Error).message.split('\n')[0]})` };
  }
  if (!fs.existsSync(binary)) return { reason: `the Electron binary is missing at ${binary}` };
  if (!fs.existsSync(electronNative)) {
    return { reason: 'better-sqlite3 has not been built for Electron yet: run `npm start` once' };
  }
  return { path: binary };
};

const runtime = electronRuntime();
if ('reason' in runtime) console.log(`Skipping the Electron smoke test: ${runtime.reason}.`);

test.describe('Electron shell', () => {
  test.skip('reason' in runtime, 'reason' in runtime ? runtime.reason : '');

  test('opens a locked-down window that reaches the workspace through the preload', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-electron-'));
    const app = await electron.launch({
      executablePath: (runtime as { path: string }).path,
      args: [path.join(root, 'out/main/index.js')],
      env: { ...process.env, KENES_DATA_DIR: dataDir, KENES_SQLITE_BINDING: electronNative },
    });
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Kenes');
    // No Node in the page; only the preload's one-function-per-call bridge.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    const status: unknown = await page.evaluate(() => {
      const bridge = (globalThis as unknown as { kenesIpc: Record<string, (i: unknown) => Promise<unknown>> })
        .kenesIpc;
      return bridge['workspace:status']?.({});
    });
    expect(status).toMatchObject({ ok: true, value: { initialised: false } });
    // New windows are refused.
    await page.evaluate(() => window.open('https://example.org'));
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});
