// A PDF shared into the installed app from another app (Web Share Target): the service worker
// receives the POST, keeps the file, and the app verifies it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { untilControlled } from './steps';
import { world } from './world';

test('a PDF shared into the app → its verdict', async ({ page }) => {
  await page.goto('/');
  await untilControlled(page);
  const pdf = [...readFileSync(join(world().demo, 'credentials', 'valid-kango-full.pdf'))];
  const redirected = await page.evaluate(async (bytes) => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(bytes)], 'certificate.pdf', { type: 'application/pdf' }));
    const response = await fetch('/share-target', { method: 'POST', body: form, redirect: 'manual' });
    return { type: response.type, kept: !!(await (await caches.open('dqc-share')).match('/shared-file')) };
  }, pdf);
  // The service worker answered with a redirect to /?shared=1 and kept the file for the page.
  expect(redirected).toEqual({ type: 'opaqueredirect', kept: true });
  await page.goto('/?shared=1');
  await expect(page.locator('.verdict-text')).toHaveText('有効です', { timeout: 30_000 });
  await expect(page.locator('.items')).toContainText('佐藤 太郎');
  expect(new URL(page.url()).search).toBe('');
});
