// Privacy: during whole verifications the network sees neither the `c` value, nor the name,
// nor the cti — only the status list's URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Request, test } from '@playwright/test';
import { pasteAndVerify, untilControlled } from './steps';
import { ctiOf, sample, world } from './world';

test('the network log of verifications holds no c value, name or cti', async ({ browser }) => {
  const s = sample('valid-kango-full');
  const c = new URL(s.url).searchParams.get('c') as string;
  const cti = await ctiOf(s.url);
  const secrets = [
    c,
    c.slice(0, 32),
    cti,
    '佐藤',
    encodeURIComponent('佐藤'),
    'サトウ',
    encodeURIComponent('サトウ'),
  ];
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);

  const network: Request[] = [];
  context.on('requestfinished', (request) => {
    // A navigation answered by the service worker never reached the network.
    void request.response().then((response) => {
      if (!response?.fromServiceWorker()) network.push(request);
    });
  });
  await pasteAndVerify(page, s.url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await page.getByRole('button', { name: '資格者証の確認' }).click();
  const png = readFileSync(join(world().demo, 'credentials', 'valid-kango-full.png'));
  await page.getByTestId('file-input').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await page.goto(s.url); // the deep link, with the app installed
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await page.waitForTimeout(500);

  expect(network.length).toBeGreaterThan(0); // the status list was fetched
  for (const request of network) {
    const seen = `${request.url()} ${request.postData() ?? ''} ${JSON.stringify(await request.allHeaders())}`;
    for (const secret of secrets) expect(seen, request.url()).not.toContain(secret);
  }
  expect(network.some((r) => r.url().endsWith('/status/1'))).toBe(true);
  await context.close();
});
