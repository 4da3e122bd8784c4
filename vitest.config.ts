import { defineConfig } from 'vitest/config';

// Node unit tests. Browser-mode (Chromium) and workerd projects are added in their own configs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/worker/**', 'test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Suites that read ../shared fail loudly without it (test/helpers/require-shared.ts).
    globalSetup: ['test/helpers/require-shared.ts'],
  },
});
