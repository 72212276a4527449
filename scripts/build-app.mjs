// `electron-vite build` → out/main (Electron shell and browser mode), out/preload, out/renderer.
// Run as a child process so the bundler's helper processes end with the build instead of
// living on beside the app.
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');

export const buildApp = () => {
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error(`electron-vite build failed (${result.error?.message ?? `exit ${result.status}`})`);
};
