import { test as base, expect } from '@playwright/test';
import { startKenes, type KenesServer } from './kenes-server';

interface KenesFixtures {
  /**
   * Where the workspace clock starts (KENES_NOW), for tests that need a particular day:
   * `test.use({ kenesNow: '2026-12-23T09:00:00' })`. Unset: the real clock.
   */
  kenesNow: string | undefined;
  kenes: KenesServer;
}

/** Each test gets its own Kenes on a fresh workspace directory. */
export const test = base.extend<KenesFixtures>({
  kenesNow: [undefined, { option: true }],
  kenes: async ({ kenesNow }, use) => {
    const server = await startKenes(undefined, kenesNow ? { now: kenesNow } : {});
    await use(server);
    await server.stop();
  },
});

export { expect };
