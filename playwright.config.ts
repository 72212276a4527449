import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the whole app in browser mode (out/main/web.js) with
 * Debian's Chromium; `npm run test:e2e` builds first. Each test starts its own Kenes
 * on a fresh data directory (tests/e2e/support/fixtures.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: each test runs a Kenes server beside the browser.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'on-first-retry',
    viewport: { width: 1440, height: 900 },
    // As a secretary who turned animations off sees Kenes: dialogs open at once. On two
    // busy cores a click on a confirmation still zooming in could be lost, and the test
    // then waited for what never came. One network test keeps the animations on.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.KENES_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // The machine has no network: without these Chromium keeps dialling out.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
