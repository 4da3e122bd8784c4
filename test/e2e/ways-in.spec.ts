// Images, paste and the /w/?c= deep link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { photographQr } from './photo';
import { sample, world } from './world';

test('upload a photo of a demo QR (tilted, blurred, noisy JPEG) → 有効です', async ({ page }) => {
  const photo = await photographQr(join(world().demo, 'credentials', 'valid-kaigo.png'));
  await page.goto('/');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await expect(page.locator('.items')).toContainText('山田 花子');
});

test('upload a demo PNG → its manifest verdict', async ({ page }) => {
  await page.goto('/');
  const png = readFileSync(join(world().demo, 'credentials', 'suspended.png'));
  await page.getByTestId('file-input').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
  await expect(page.locator('.verdict-text')).toHaveText('無効です（一時停止されています）');
});

test('upload a real-world phone photo (shared qr-photos): it is read, and it is not a certificate', async ({
  page,
}) => {
  // A phone photo whose text is not a URL at all: read correctly, it holds no certificate — an
  // input error on the first screen with advice for an image, never a verdict page (issue 15).
  const root = join(process.cwd(), '../shared/vectors/qr-photos');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    image: string;
    text: string;
    kind: string;
  }[];
  const notUrl = (t: string) => {
    try {
      new URL(t);
      return false;
    } catch {
      return true;
    }
  };
  const photo = manifest.find((m) => m.kind === 'photo' && notUrl(m.text));
  if (!photo) throw new Error('no suitable photo in the shared vectors');
  await page.goto('/');
  const buffer = readFileSync(join(root, photo.image));
  await page.getByTestId('file-input').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer });
  await expect(page.getByTestId('input-error')).toHaveText(
    'この画像の二次元コードは資格者証のものではありません。資格者証の二次元コードが写った画像か、交付されたPDFを選んでください。',
  );
  await expect(page.locator('.verdict-text')).toHaveCount(0);
});

test('a URL of some other web page → an input error on the first screen, never a verdict page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('確認ページのURLを貼り付け').fill('https://example.com/news/2026/12/01');
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.getByTestId('input-error')).toContainText('最後まで全部コピーして貼り付けてください');
  await expect(page.locator('.verdict-text')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
});

test('an image without a QR code → a clear message, back on the first screen', async ({ page }) => {
  await page.goto('/');
  const blank = readFileSync(join(process.cwd(), 'public/icons/icon-192.png'));
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
  await expect(page.getByRole('alert')).toContainText('二次元コードが見つかりませんでした');
  // Advice for a file, not for a camera (no 「撮影」).
  await expect(page.getByRole('alert')).not.toContainText('撮影');
});

test('paste the URL → verdict', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('確認ページのURLを貼り付け').fill(sample('valid-kango-full').url);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  await expect(page.locator('.items')).toContainText('佐藤 太郎');
});

test('the /w/?c= deep link verifies at once and strips c from the address bar and history', async ({
  page,
}) => {
  await page.goto(sample('valid-kaigo').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  expect(page.url()).toBe(`${world().base}/w/`);
  expect(await page.evaluate(() => location.search)).toBe('');
  await page.goto(`${world().base}/`);
  await page.goBack();
  expect(page.url()).not.toContain('c=');
});

test('a wrong-host URL → 無効です（確認ページのURLが正しくありません）', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('確認ページのURLを貼り付け').fill(sample('wrong-host').url);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.locator('.verdict-text')).toHaveText('無効です（確認ページのURLが正しくありません）');
});

test('a keyboard-wedge scanner typing the URL and Enter → verdict', async ({ page }) => {
  await page.goto('/');
  await page.locator('h1, .tagline').first().click();
  await page.keyboard.type(sample('deleted').url, { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict-text')).toHaveText('無効です（削除されています）');
});
