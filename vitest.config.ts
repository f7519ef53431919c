// Unit tests: node by default; a test that needs a DOM opts in per file with
// `// @vitest-environment happy-dom`. Browser tests run from tests/browser/run.mjs
// with vitest.browser.config.ts, against a built and served app.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', '**/node_modules/**', '**/dist/**'],
    restoreMocks: true,
    // A hang guard, not a speed target (speed is measured by npm run bench): the
    // property suites take seconds when CI runs test files side by side on 2 cores.
    testTimeout: 30_000,
  },
});
