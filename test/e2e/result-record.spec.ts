// What a result says about the age of its status information, and the record an employer prints:
// a title, the app, absolute Japan times, no relative ages and no holder's print advice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { pasteAndVerify } from './steps';
import { sample, world } from './world';

const DAY_MS = 24 * 3600 * 1000;

async function dropPdf(page: Page, name: string) {
  const buffer = readFileSync(join(world().demo, 'credentials', `${name}.pdf`));
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer });
  await expect(page.locator('.verdict-text').first()).toBeVisible({ timeout: 30_000 });
}

test('the status age is the status list’s own time, not when it was downloaded', async ({ page }) => {
  // Two days after the demo list was signed (it lasts 7): downloaded now, it is still 2 days old.
  await page.clock.install({ time: Date.now() + 2 * DAY_MS + 60_000 });
  await page.goto('/');
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  const age = page.locator('.status-age');
  await expect(age).toContainText('2日前');
  await expect(age).not.toContainText('1分以内');
  // The same time as the check line's 「問題なし（…）」: both are the list's iat.
  const asOf = /失効情報：(.+) 時点/.exec((await age.textContent()) ?? '')?.[1];
  expect(asOf).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} JST$/);
  const statusCheck = page.locator('.check[data-row="status"]').locator('.check-result');
  await expect(statusCheck).toHaveText(`問題なし（${asOf}）`);
});

test('no status line where the status step never ran (tampered, wrong host)', async ({ page }) => {
  await page.goto('/');
  await pasteAndVerify(page, sample('tampered').url);
  await expect(page.locator('.verdict-text')).toHaveText('無効です（改ざんされています）');
  await expect(page.locator('.status-age')).toHaveCount(0);
  await pasteAndVerify(page, sample('wrong-host').url);
  await expect(page.locator('.verdict-text')).toHaveText('無効です（確認ページのURLが正しくありません）');
  await expect(page.locator('.status-age')).toHaveCount(0);
  await expect(page.getByText('失効情報：未取得')).toHaveCount(0);
});

test('the printed record has a title, the app, Japan times with the zone, and nothing that goes stale', async ({
  page,
}) => {
  await page.goto('/');
  await dropPdf(page, 'valid-kaigo');
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  // On screen: the relative age and the holder's print advice; no record title.
  await expect(page.locator('.relative-age')).toBeVisible();
  await expect(page.locator('.print-quality')).toBeVisible();
  await expect(page.getByTestId('record-head')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  const head = page.getByTestId('record-head');
  await expect(head).toBeVisible();
  await expect(head).toContainText('資格者証 確認記録');
  await expect(head).toContainText('確認に使ったアプリ：資格者証の確認');
  await expect(page.locator('.record-meta')).toHaveText(/^確認日時：\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} JST$/);
  await expect(page.locator('.relative-age')).toBeHidden();
  await expect(page.locator('.print-quality')).toBeHidden();
  // biome-ignore lint/performance/useDomNodeTextContent: what the paper shows is the rendered text, without what print CSS hides
  const printed = await page.locator('main').innerText();
  expect(printed).toMatch(/失効情報：\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} JST 時点\n/);
  expect(printed).not.toMatch(/分以内|分前|時間前|日前/);
  expect(printed).not.toContain('このまま印刷しても読み取れる見込みです');
  // Focus sits on the verdict (for screen readers); its ring is not printed.
  const ring = await page.evaluate(() => {
    const focused = document.activeElement;
    return focused && focused !== document.body ? getComputedStyle(focused).outlineStyle : 'no focus';
  });
  expect(ring).toBe('none');
});

test('revoked and tampered PDFs do not say they will print well; a valid one does', async ({ page }) => {
  await page.goto('/');
  await dropPdf(page, 'revoked');
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  await expect(page.locator('.print-quality')).toHaveCount(0);
  await page.getByRole('button', { name: '最初の画面へ' }).click();
  await dropPdf(page, 'tampered');
  await expect(page.locator('.verdict-text')).toHaveText('無効です（改ざんされています）');
  await expect(page.locator('.print-quality')).toHaveCount(0);
  await page.getByRole('button', { name: '最初の画面へ' }).click();
  await dropPdf(page, 'valid-kango-full');
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await expect(page.locator('.print-quality')).toBeVisible();
});
