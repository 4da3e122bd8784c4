// Back (the browser's, Android's) returns to the previous screen instead of leaving the app;
// Settings has a 閉じる button; 「最初の画面へ」 leaves the focus on the first screen's heading.
import { expect, test } from '@playwright/test';
import { pasteAndVerify } from './steps';
import { sample, world } from './world';

test('Back from a result returns to the first screen, inside the app', async ({ page }) => {
  await page.goto('/');
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
  expect(page.url().startsWith(world().base)).toBe(true);
  await expect(page.locator('.home-title')).toBeFocused();
  // Forward shows the result again (it is kept in memory, never in history.state).
  await page.goForward();
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  expect(JSON.stringify(await page.evaluate(() => history.state))).not.toContain('山田');
});

test('Settings closes with its 閉じる button and with Back, back to where it was opened', async ({
  page,
}) => {
  await page.goto('/');
  await pasteAndVerify(page, sample('revoked').url);
  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定' })).toBeFocused();
  await page.getByRole('button', { name: '閉じる' }).click();
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');

  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  await page.goBack();
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
  expect(page.url().startsWith(world().base)).toBe(true);
});

test('「最初の画面へ」 puts the focus on the first screen’s heading, not on <body>', async ({ page }) => {
  await page.goto('/');
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await page.getByRole('button', { name: '最初の画面へ' }).click();
  await expect(page.locator('.home-title')).toBeFocused();
  await expect(page.locator('.verdict-text')).toHaveCount(0);
});

test('a screen opened the moment after 「最初の画面へ」 stays open (the history move comes later)', async ({
  page,
}) => {
  await page.goto('/');
  await pasteAndVerify(page, sample('valid-kaigo').url);
  // Both presses in one task: the browser has not yet moved back through the history.
  await page.evaluate(() => {
    const press = (name: string) =>
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)?.click();
    press('最初の画面へ');
    press('設定');
  });
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  await page.waitForTimeout(1500); // past the app's wait for the move
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
  expect(await page.evaluate(() => history.state)).toEqual({ dqc: 0 });
});

test('the deep link’s result: Back goes to the app’s first screen', async ({ page }) => {
  await page.goto(sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
  expect(page.url()).toBe(`${world().base}/w/`);
});
