// Browser tests: run by tests/browser/run.mjs, which builds and serves the app
// and passes its address in DEMO_URL. Node environment: the tests drive
// Chromium through playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.browser.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
