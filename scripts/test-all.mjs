// `npm test`: build once, run the unit and service tests (vitest), then the end-to-end
// tests (Playwright, Debian's Chromium), and close with one line counting both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// Not test-results/: Playwright empties that directory when it starts.
const results = path.join(root, 'test-reports');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'));
  } catch {
    return null;
  }
};

if (run(bin('electron-vite'), ['build', '--logLevel', 'warn']) !== 0) process.exit(1);

const vitestFile = 'vitest.json';
const playwrightFile = 'playwright.json';
fs.rmSync(path.join(results, vitestFile), { force: true });
fs.rmSync(path.join(results, playwrightFile), { force: true });

const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(results, vitestFile)}`,
]);
const playwrightStatus =
  spawnSync(bin('playwright'), ['test', '--reporter=list,json'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, playwrightFile) },
  }).status ?? 1;

const vitest = readJson(vitestFile);
const playwright = readJson(playwrightFile);
const passed =
  (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped =
  (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);

console.log('');
console.log(
  `vitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'no report'}; playwright: ${playwright ? `${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed, ${playwright.stats.skipped} skipped` : 'no report'}`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(vitestStatus !== 0 || playwrightStatus !== 0 || !vitest || !playwright || passed === 0 ? 1 : 0);
