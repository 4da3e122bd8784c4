// End-to-end tests: Playwright driving Debian Chromium against the production build, served by
// the status service (wrangler dev) with a fresh demo world (test/e2e/global-setup.ts).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  // One worker: the tests share one service, and two cores are busy enough.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // wrangler dev puts its own proxy (a second workerd) in front of the Worker. In one CI run it
  // held a page's stylesheet request forever: wrangler's log shows that request never reached
  // the Worker. One retry in CI for that; a test that passes only on its retry is printed as
  // "flaky" in the summary, never counted as a plain pass.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 8788}`,
    locale: 'ja-JP',
    serviceWorkers: 'allow',
    // A page of this app loads in about a second; a stalled load is given up well before the
    // test's own minute, so its retry has time.
    navigationTimeout: 20_000,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
});
