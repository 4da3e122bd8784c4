// The polish of issue 15 on a phone (390×844): no focus ring drawn after a deep link or an upload
// (the focus is still on the verdict for screen readers); the English header on one line; touch
// targets of 44 px at least, checkboxes included; the Settings dates never broken mid-number; no
// 「版（seq）」-style jargon; the title once; who provides the service on the first screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { storedStatusLists, untilControlled } from './steps';
import { sample, world } from './world';

test.use({ viewport: { width: 390, height: 844 } });

async function ringOnFocused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { cls: el?.className ?? '', outline: el ? getComputedStyle(el).outlineStyle : 'none' };
  });
}

/** How many lines an element's text is drawn on. */
const lines = (el: Locator) =>
  el.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

test('after a deep link and after an upload the verdict has the focus and no ring', async ({ page }) => {
  await page.goto(sample('revoked').url);
  await expect(page.locator('.verdict-text')).toBeFocused();
  expect(await ringOnFocused(page)).toEqual({ cls: 'verdict-text', outline: 'none' });

  await page.goto('/');
  const png = readFileSync(join(world().demo, 'credentials', 'suspended.png'));
  await page.getByTestId('file-input').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
  await expect(page.locator('.verdict-text')).toBeFocused();
  expect((await ringOnFocused(page)).outline).toBe('none');
});

test('the first screen: the title once, who provides it, nothing leaves the device; English header on one line', async ({
  page,
}) => {
  await page.goto('/');
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
  const text = await page.locator('body').innerText();
  expect(text.split('資格者証の確認').length - 1).toBe(1);
  await expect(page.locator('.privacy-line')).toContainText(new URL(world().base).host);
  await expect(page.locator('.privacy-line')).toContainText('どこにも送信しません');
  await page.getByTestId('language').selectOption('en');
  await expect(page.locator('.bar .brand')).toHaveText('Certificate check');
  expect(await lines(page.locator('.bar .brand'))).toBe(1);
  expect(await lines(page.locator('.bar nav button'))).toBe(1);
});

test('touch targets are 44 px or more; Settings dates stay whole; no seq jargon', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  const small = await page
    .locator(
      'button:visible, select:visible, summary:visible, label.check-field:visible, input[type=number]:visible',
    )
    .evaluateAll((els) =>
      els
        .map((el) => ({ el: el.outerHTML.slice(0, 60), h: el.getBoundingClientRect().height }))
        .filter((b) => b.h < 44),
    );
  expect(small).toEqual([]);
  const times = page.locator('.settings dd.time');
  // The dates come from IndexedDB after the screen opens: wait for them before counting.
  await expect(times.first()).toBeVisible();
  for (let i = 0; i < (await times.count()); i++) expect(await lines(times.nth(i))).toBe(1);
  await expect(page.locator('.settings')).not.toContainText('seq');
});

test('readiness: online and the data age before a scan; 期限切れ (not 未取得) once the held data is past; why 「オフラインに備える」 failed', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  await expect.poll(() => storedStatusLists(page)).toBeGreaterThan(0);
  await expect(page.getByTestId('readiness')).toContainText('オンライン');
  await expect(page.getByTestId('readiness-status')).toContainText(/失効情報：.+の情報（.+まで使えます）/);
  await page.close();

  // Eight days later (the demo lists last seven), with no network: the held list is too old.
  await context.setOffline(true);
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + 8 * 24 * 3600 * 1000 });
  await later.goto('/');
  await expect(later.getByTestId('readiness')).toContainText('オフライン');
  await expect(later.getByTestId('readiness-status')).toContainText('失効情報：期限切れ');
  await expect(later.getByTestId('readiness-status')).not.toContainText('未取得');
  await later.getByRole('button', { name: '設定' }).click();
  await later.getByRole('button', { name: 'オフラインに備える' }).click();
  await expect(later.getByTestId('prepare-result')).toContainText(
    'この端末がオフラインのため取得できませんでした',
  );
  await context.setOffline(false);
});
