import fs from 'node:fs';
import path from 'node:path';

interface Lookup {
  /** An environment variable that names the directory outright (tests, unusual installs). */
  envVar: string;
  /** Its name under Electron's resources in a packaged app, where electron-builder copies it. */
  packagedName: string;
  /** Its path in a checkout, e.g. ['db', 'migrations']. */
  checkoutPath: string[];
  /** A file inside that proves it is the right directory. */
  marker: string;
}

/**
 * Finds a directory the app ships beside its code: named by an environment variable,
 * beside a packaged app's resources, or in the checkout the code runs from (tests,
 * browser mode, electron-vite builds in out/main), searching upwards from this file.
 */
export const findShippedDir = ({ envVar, packagedName, checkoutPath, marker }: Lookup): string => {
  // Set by Electron in a packaged app.
  const electronResources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env[envVar],
    electronResources ? path.join(electronResources, packagedName) : undefined,
  ];
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    candidates.push(path.join(dir, ...checkoutPath));
    dir = path.dirname(dir);
  }
  for (const candidate of candidates) {
    if (candidate && fs.existsSync(path.join(candidate, marker))) return candidate;
  }
  throw new Error(`${checkoutPath.join('/')} not found`);
};
