// Browser-mode tests (vitest 4 + Playwright): the verification core and the conformance suites
// run in Chromium, whose WebCrypto differs from Node's (e.g. no Ed448). The system Chromium is
// used; the vectors live in ../shared beside the repository, so Vite must be allowed to serve it.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

export default defineConfig({
  server: { fs: { allow: ['.', '../shared'] } },
  test: {
    include: ['test/conformance/**/*.test.ts', 'test/browser/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['test/helpers/require-shared.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
