// The camera way in: Chromium's fake capture device shows a demo certificate's QR.
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { cameraVideo, sample, world } from './world';

async function scanWithCamera(name: string) {
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
  await page.getByRole('button', { name: 'カメラで読み取る' }).click();
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
