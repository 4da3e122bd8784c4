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

/** How many status lists the app keeps in IndexedDB (0 before the app has made its database:
 * opening it here first would create it without its stores). */
export async function storedStatusLists(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'dqc')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('dqc');
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('status')) {
          db.close();
          resolve(0);
          return;
        }
        const count = db.transaction('status').objectStore('status').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => {
          db.close();
          resolve(0);
        };
      };
    });
  });
}
