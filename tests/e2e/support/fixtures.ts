import { test as base, expect } from '@playwright/test';
import { startKenes, type KenesServer } from './kenes-server';

/** Each test gets its own Kenes on a fresh workspace directory. */
export const test = base.extend<{ kenes: KenesServer }>({
  // eslint-disable-next-line no-empty-pattern
  kenes: async ({}, use) => {
    const server = await startKenes();
    await use(server);
    await server.stop();
  },
});

export { expect };
