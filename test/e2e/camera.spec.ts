// The camera way in: Chromium's fake capture device shows a demo certificate's QR.
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { cameraVideo, sample, world } from './world';

async function scanWithCamera(name: string, start = 'カメラで読み取る') {
  const video = cameraVideo(join(world().demo, 'credentials', `${name}.png`), name);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({ locale: 'ja-JP', permissions: ['camera'] });
  const page = await context.newPage();
  await page.goto(world().base);
  await page.getByRole('button', { name: start }).click();
  return { browser, page };
}

test('a valid certificate in front of the camera → 有効です with the holder’s name', async () => {
  const { browser, page } = await scanWithCamera('valid-kaigo');
  try {
    await expect(page.locator('.verdict-text')).toHaveText('有効です', { timeout: 30_000 });
    await expect(page.locator('.items')).toContainText('山田 花子');
    await expect(page.getByTestId('announcer')).toHaveText('有効です');
  } finally {
    await browser.close();
  }
});

test('a revoked certificate in front of the camera → 無効です（取消されています）', async () => {
  expect(sample('revoked').verdict).toBe('invalid');
  const { browser, page } = await scanWithCamera('revoked');
  try {
    await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）', {
      timeout: 30_000,
    });
  } finally {
    await browser.close();
  }
});

test('desk mode: a card left in front of the camera is not checked again when the camera comes back', async () => {
  const { browser, page } = await scanWithCamera('valid-kaigo', '受付モード');
  try {
    await expect(page.locator('.verdict-text')).toHaveText('有効です', { timeout: 30_000 });
    await expect(page.locator('.countdown')).toBeVisible();
    // Back to the camera by itself after the default 6 s; the same card is still in view.
    await expect(page.locator('.camera')).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('.camera-hint')).toHaveText(
      '確認済みのコードです。次の方の二次元コードを写してください',
    );
    // Watched continuously for longer than the old cycle (a 5 s guard, a 6 s return): a second
    // check would show its result for 6 s, so sampling every 100 ms cannot miss it.
    const until = Date.now() + 8_000;
    while (Date.now() < until) {
      expect(await page.locator('.verdict-text').count()).toBe(0);
      await page.waitForTimeout(100);
    }
    await expect(page.locator('.camera')).toBeVisible();
    // Back leaves desk mode for the first screen.
    await page.goBack();
    await expect(page.getByRole('button', { name: '受付モード' })).toBeVisible();
  } finally {
    await browser.close();
  }
});

test('camera (not desk): 「続けて確認する」 goes back to the camera, not the first screen', async () => {
  const { browser, page } = await scanWithCamera('valid-kaigo');
  try {
    await expect(page.locator('.verdict-text')).toHaveText('有効です', { timeout: 30_000 });
    await page.getByRole('button', { name: '続けて確認する' }).click();
    await expect(page.locator('.camera')).toBeVisible();
    await expect(page.getByRole('button', { name: '読み取りをやめる' })).toBeVisible();
    // The card still in view is not read again until it is taken away.
    await expect(page.locator('.camera-hint')).toHaveText(
      '確認済みのコードです。次の方の二次元コードを写してください',
    );
    await expect(page.locator('.verdict-text')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});
