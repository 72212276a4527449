// npm run dist [-- electron-builder options, e.g. --linux AppImage]: build and package
// Kenes with electron-builder (configuration in electron-builder.yml).
//
// electron-builder's npmRebuild rebuilds better-sqlite3 for Electron inside
// node_modules, which leaves unit tests, benchmarks and browser mode unable to load it
// under Node. The Node build is put aside first and put back afterwards, even on failure.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildApp } from './build-app.mjs';

const root = path.resolve(import.meta.dirname, '..');
const nodeBinding = path.join(
  root,
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);
const keptBinding = path.join(root, '.cache', 'node-native', 'better_sqlite3.node');

buildApp();

fs.mkdirSync(path.dirname(keptBinding), { recursive: true });
fs.copyFileSync(nodeBinding, keptBinding);
let status = 1;
try {
  const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  status =
    spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }).status ?? 1;
} finally {
  fs.copyFileSync(keptBinding, nodeBinding);
}
process.exit(status);
