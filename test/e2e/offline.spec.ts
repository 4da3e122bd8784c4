// Offline: installed after the first visit, the app verifies from its caches (trust list and
// status lists in IndexedDB, the shell from the service worker) and says how old the status is.
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { pasteAndVerify, storedStatusLists, untilControlled } from './steps';
import { sample } from './world';

/** A fresh app, opened once online: installed, and start-up has stored every status list. */
async function openedOnline(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  // The page's clock, so a test can move past the minute in which a list fetched at start-up
  // decides without asking again (status-store.ts FRESH_MS).
  await page.clock.install();
  await page.goto('/');
  await untilControlled(page);
  await expect.poll(() => storedStatusLists(page)).toBeGreaterThan(0);
  return { context, page };
}

test('offline after a first visit: correct verdicts from the cache, with the status age shown', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');

  await context.setOffline(true);
  await page.reload();
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await expect(page.locator('.status-age')).toContainText(/失効情報：.+ 時点（.+）/);
  await expect(page.locator('.result .note')).toContainText('オフラインです');
  await pasteAndVerify(page, sample('revoked').url);
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  await context.close();
});

test('a desk that was only opened online, with no check and no visit to Settings, is ready offline', async ({
  browser,
}) => {
  const { context, page } = await openedOnline(browser);

  await context.setOffline(true);
  await page.reload();
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await expect(page.locator('.result .note')).toHaveText(
    'オフラインです。保存済みの信頼リストと失効情報で確認しました。',
  );
  await expect(page.locator('.status-age')).toContainText(/失効情報：.+ 時点/);
  await pasteAndVerify(page, sample('revoked').url);
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  await context.close();
});

test('offline with no status list cached → 確認できません（失効情報を取得できません）, never a green, and the note does not claim status information', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  // The status service cannot be reached while online, so nothing is stored.
  await context.route('**/status/**', (route) => route.abort());
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  await page.waitForTimeout(500);
  expect(await storedStatusLists(page)).toBe(0);
  await context.setOffline(true);
  await page.reload();
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('確認できません（失効情報を取得できません）');
  await expect(page.locator('.result')).toHaveClass(/result-indeterminate/);
  const note = page.locator('.result .note');
  await expect(note).toContainText('オフラインです。保存済みの信頼リストで確認しました。');
  await expect(note).toContainText('失効・停止は確認できていません');
  await expect(note).not.toContainText('失効情報で確認しました');
  await expect(page.locator('.status-age')).toHaveText('失効情報：未取得');
  await context.close();
});

test('a network that never answers (a captive Wi-Fi): after one unanswered request the held list decides at once', async ({
  browser,
}) => {
  const { context, page } = await openedOnline(browser);
  // Past the minute in which the start-up's lists decide without a round trip.
  await page.clock.fastForward(61_000);

  // From now on status-list requests get no answer at all; the browser still says "online".
  let asked = 0;
  let failed = 0;
  await context.route('**/status/*', () => {
    asked++; // never fulfilled: the app's own timeout ends it
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname.startsWith('/status/')) failed++;
  });
  await pasteAndVerify(page, sample('valid-kaigo').url); // waits for its request to time out
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  const unansweredNote = 'ネットワークが応答しないため、保存済みの失効情報で確認しました。';
  await expect(page.locator('.result .note')).toHaveText(unansweredNote);
  await expect.poll(() => failed).toBeGreaterThan(0);
  await pasteAndVerify(page, sample('revoked').url);
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  // This verdict did not wait: had it waited, its own request would have failed before it (no
  // request left out); instead one request, made in the background, is still out after it.
  const failedBefore = failed;
  await expect.poll(() => asked).toBeGreaterThan(failedBefore);
  await expect(page.locator('.status-age')).toContainText(/失効情報：.+ 時点/);
  await expect(page.locator('.result .note')).toHaveText(unansweredNote);
  await context.close();
});
