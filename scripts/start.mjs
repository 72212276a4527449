// npm start: build Kenes, then open it in Electron — or, where the Electron runtime was
// never downloaded (CI, locked-down machines), in browser mode on 127.0.0.1.
//
//   npm start                          desktop window (or browser mode)
//   npm start -- --data-dir DIR        arguments go to the app (browser mode: see src/main/web.ts)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildApp } from './build-app.mjs';
import { ensureElectronBinding } from './electron-native.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

/**
 * The Electron executable, or null when it is not installed. The electron package
 * exports the path as a string, but throws when its postinstall never ran, and names a
 * file that is not there when the download failed half-way.
 */
const electronExecutable = () => {
  try {
    const executable = createRequire(path.join(root, 'package.json'))('electron');
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
};

/**
 * Runs the app as a child with our terminal, passes on SIGINT/SIGTERM sent to this
 * process (npm forwards them here), and leaves with the child's exit status.
 */
const runChild = (command, childArgs, env) => {
  const child = spawn(command, childArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
  });
};

try {
  buildApp();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const electron = electronExecutable();
if (electron) {
  let binding;
  try {
    binding = await ensureElectronBinding();
  } catch (error) {
    console.error(
      `Could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : String(error)}`,
    );
    console.error('Browser mode still works: node out/main/web.js');
    process.exit(1);
  }
  const env = { ...process.env, KENES_SQLITE_BINDING: binding };
  // Set in some shells and CI images; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  runChild(electron, [root, ...args], env);
} else {
  console.log('Electron runtime is not installed; starting Kenes in browser mode instead.');
  runChild(process.execPath, [path.join(root, 'out', 'main', 'web.js'), ...args], process.env);
}
