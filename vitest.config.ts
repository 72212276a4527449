import { defineConfig } from 'vitest/config';

// Unit and service tests only: Playwright owns tests/e2e/**/*.spec.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
