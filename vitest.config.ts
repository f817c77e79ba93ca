import { defineConfig } from 'vitest/config';

// Unit and API tests. On PostgreSQL when TEST_DATABASE_URL is set (see scripts/test-pg.mjs).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/api/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
