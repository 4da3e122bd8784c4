// Small steps the specs share.
import { expect, type Page } from '@playwright/test';

export async function pasteAndVerify(page: Page, url: string): Promise<void> {
  await page.getByRole('button', { name: '資格者証の確認' }).click();
  await page.getByLabel('確認ページのURLを貼り付け').fill(url);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.locator('.verdict-text').first()).toBeVisible();
}

/** Waits until a service worker controls the page (a reload may be needed on the first visit). */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
