// The reception desk (受付モード) as a kiosk: full-screen colour and a kiosk-size verdict, the
// countdown at the top; an invalid result is still on screen 15 s later (until tapped), a valid
// one has gone back to the camera by itself; the bar counts checks and shows the data's age; the
// camera is not restarted between scans. Time is moved with Playwright's clock, not waited for.
// Chromium's fake camera shows a test pattern (no code): a keyboard-wedge scanner types the URL.
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { sample, world } from './world';

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  });
});
test.afterAll(() => browser.close());

async function openDesk(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ja-JP',
    permissions: ['camera'],
    viewport: { width: 1180, height: 820 },
  });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(world().base);
  await page.getByRole('button', { name: '受付モード' }).click();
  await expect(page.getByTestId('desk-bar')).toBeVisible();
  await expect(page.locator('.camera video')).toBeVisible();
  return page;
}

async function scan(page: Page, url: string): Promise<void> {
  await page.getByTestId('desk-bar').locator('strong').click();
  await page.keyboard.type(url, { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('desk-result')).toBeVisible();
}

test('an invalid result stays 15 s later; a valid one is back at the camera; kiosk-size verdict', async () => {
  const page = await openDesk();
  // The camera's stream, once it runs: after both results it must be the very same, still live.
  const video = page.locator('.camera video');
  await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).srcObject !== null)).toBe(true);
  await video.evaluate((v) => {
    (window as unknown as { firstStream: unknown }).firstStream = (v as HTMLVideoElement).srcObject;
  });

  await scan(page, sample('revoked').url);
  const result = page.getByTestId('desk-result');
  await expect(result.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  await expect(result).toHaveClass(/result-invalid/);
  // Full screen, the verdict at kiosk size, the name large, the countdown line at the top.
  const box = await result.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1180, height: 820 });
  const size = (sel: string) =>
    result.locator(sel).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.verdict-word')).toBeGreaterThanOrEqual(80);
  expect(await size('.desk-name')).toBeGreaterThanOrEqual(48);
  const top = await result.locator('.countdown').boundingBox();
  expect(top?.y ?? 999).toBeLessThan(100);
  await expect(result.locator('.desk-advice')).toContainText('交付機関');

  await page.clock.fastForward(15_000);
  await expect(result).toBeVisible();
  await expect(result.locator('.verdict-text')).toHaveText('無効です（取消されています）');
  await result.click(); // a tap: on to the next person
  await expect(result).toHaveCount(0);

  await scan(page, sample('valid-kaigo').url);
  await expect(result.locator('.verdict-text')).toHaveText('有効です');
  await expect(result.locator('.countdown')).toHaveText(/6秒後にカメラに戻ります/);
  await page.clock.fastForward(7_000);
  await expect(result).toHaveCount(0);
  await expect(page.locator('.camera video')).toBeVisible();
  // Two checks counted, nothing else; the camera was never started again.
  await expect(page.getByTestId('desk-count')).toHaveText('確認 2 件');
  const sameStream = await video.evaluate((v) => {
    const stream = (v as HTMLVideoElement).srcObject as MediaStream | null;
    return stream === (window as unknown as { firstStream: unknown }).firstStream && stream?.active === true;
  });
  expect(sameStream).toBe(true);
  await expect(page.getByTestId('desk-bar')).toContainText('失効情報：');
  await page.context().close();
});

test('the camera offers help after ~10 s without a code; its guide is square', async () => {
  const context = await browser.newContext({ locale: 'ja-JP', permissions: ['camera'] });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(world().base);
  await page.getByRole('button', { name: 'カメラで読み取る' }).click();
  await expect(page.locator('.camera video')).toBeVisible();
  await expect(page.locator('.camera-hint')).toHaveText('二次元コードを枠の中に写してください');
  await expect(page.getByTestId('camera-help')).toHaveCount(0);
  await page.clock.fastForward(11_000);
  await expect(page.getByTestId('camera-help')).toContainText('読み取れない場合');
  const guide = await page.locator('.camera .guide').boundingBox();
  expect(Math.abs((guide?.width ?? 0) - (guide?.height ?? 1))).toBeLessThan(2);
  await context.close();
});
