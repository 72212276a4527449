// better-sqlite3 built for Electron's ABI, kept apart from node_modules.
//
// Tests, benchmarks and browser mode run under Node and load node_modules/better-sqlite3
// as npm built it. Rebuilding that copy for Electron (what `electron-builder
// install-app-deps` does) would break all of them with a NODE_MODULE_VERSION error, so
// the Electron build lives in .cache/electron-native/ and reaches the app through
// KENES_SQLITE_BINDING (src/main/index.ts → better-sqlite3's `nativeBinding`).
//
//   node scripts/electron-native.mjs          build it if missing or out of date
//   node scripts/electron-native.mjs --force  build it again regardless
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const cacheDir = path.join(root, '.cache', 'electron-native');
const moduleDir = path.join(cacheDir, 'node_modules', 'better-sqlite3');
const stampFile = path.join(cacheDir, 'stamp.json');
export const electronBindingPath = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

const versionOf = (pkg) =>
  JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** What the cached build was made from; any difference means it must be made again. */
const wantedStamp = () => ({
  electron: versionOf('electron'),
  betterSqlite3: versionOf('better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
});

const readStamp = () => {
  try {
    return JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
};

const sameStamp = (a, b) => a !== null && Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Returns the path of better_sqlite3.node built for the installed Electron, building
 * it first when it is missing or was made for another Electron or better-sqlite3.
 */
export const ensureElectronBinding = async ({ force = false, log = console.log } = {}) => {
  const stamp = wantedStamp();
  if (!force && sameStamp(readStamp(), stamp) && fs.existsSync(electronBindingPath))
    return electronBindingPath;

  log(
    `Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} in ${path.relative(root, cacheDir)}/ …`,
  );
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(moduleDir), { recursive: true });
  // The Node build's output stays behind: @electron/rebuild must not mistake it for its own.
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), moduleDir, {
    recursive: true,
    filter: (src) => path.relative(path.join(root, 'node_modules', 'better-sqlite3'), src) !== 'build',
  });
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    `${JSON.stringify({ name: 'kenes-electron-native', private: true, dependencies: { 'better-sqlite3': stamp.betterSqlite3 } }, null, 2)}\n`,
  );

  // @electron/rebuild comes with electron-builder. projectRootPath stops its module search
  // at the cache directory, so nothing in the checkout's node_modules is touched.
  // prebuild-install (which it tries first) is still found by walking up to node_modules.
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: cacheDir,
    projectRootPath: cacheDir,
    electronVersion: stamp.electron,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  if (!fs.existsSync(electronBindingPath)) {
    throw new Error(`@electron/rebuild finished but ${path.relative(root, electronBindingPath)} is missing`);
  }
  // Written last: an interrupted build leaves no stamp and is redone next time.
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  return electronBindingPath;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const binding = await ensureElectronBinding({ force: process.argv.includes('--force') });
    console.log(`better-sqlite3 for Electron: ${path.relative(root, binding)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
