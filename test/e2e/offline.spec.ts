// Offline: installed after the first visit, the app verifies from its caches (trust list and
// status lists in IndexedDB, the shell from the service worker) and says how old the status is.
import { expect, test } from '@playwright/test';
import { pasteAndVerify, untilControlled } from './steps';
import { sample } from './world';

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

test('offline with no status list cached → 確認できません（失効情報を取得できません）, never a green', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  await context.setOffline(true);
  await page.reload();
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('確認できません（失効情報を取得できません）');
  await expect(page.locator('.result')).toHaveClass(/result-indeterminate/);
  await context.close();
});
