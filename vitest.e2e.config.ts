import { defineConfig } from 'vitest/config';

// Browser tests: the built app in headless Chromium against a real server (`npm run test:e2e` builds first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
