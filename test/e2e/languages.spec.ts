// Languages (issue 15): a language choice on the first screen; the browser's language on the
// first visit (an en-US browser gets English), the choice remembered; every language's screens —
// first screen, results (valid, revoked, a doctored PDF, an input error), settings, the desk's
// result — pass axe-core with no violations and show no unfilled text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { LANGS } from '../../i18n/langs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { sample, world } from './world';

async function violations(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function noUnfilledText(page: Page, screen: string) {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
  const text = await page.locator('body').innerText();
  expect(text, screen).not.toMatch(/undefined|\{body\}|NaN|\[object /);
}

test('the first screen has a language choice; an en-US browser gets English; the choice is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Checks the QR code of a digital qualification certificate',
  );
  const picker = page.getByLabel('Language');
  await expect(picker).toBeVisible();
  await expect(picker).toHaveValue('en');
  await picker.selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('language')).toHaveValue('vi');
  await context.close();

  const ja = await browser.newContext({ locale: 'ja-JP' });
  const jaPage = await ja.newPage();
  await jaPage.goto('/');
  await expect(jaPage.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(jaPage.getByLabel('言語 / Language')).toHaveValue('ja');
  await ja.close();
});

let deskBrowser: Browser;
test.beforeAll(async () => {
  deskBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  });
});
test.afterAll(() => deskBrowser.close());

for (const { code, htmlLang } of LANGS) {
  test(`${code}: every screen passes axe-core and shows no unfilled text`, async ({ browser }) => {
    let context = await browser.newContext({ locale: 'ja-JP' });
    await context.addInitScript((l) => localStorage.setItem('dqc.lang', l), code);
    let page = await context.newPage();
    const problems: string[] = [];
    const check = async (screen: string) => {
      problems.push(...(await violations(page, screen)));
      await noUnfilledText(page, screen);
    };
    await page.goto(world().base);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
    await expect(page.locator('.home')).toBeVisible();
    await check('home');

    for (const name of ['valid-kango-full', 'revoked', 'signer-revoked']) {
      await page.locator('.bar .brand').click();
      await page.locator('#paste-url').fill(sample(name).url);
      await page.locator('form.paste button[type=submit]').click();
      await expect(page.locator('.verdict-text')).toBeVisible();
      await page
        .locator('.checks-more summary')
        .first()
        .click({ timeout: 1000 })
        .catch(() => {});
      await check(`result ${name}`);
    }
    await page.locator('.bar .brand').click();
    const pdf = readFileSync(join(world().demo, 'credentials', 'pdf-edited-name.pdf'));
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(page.getByTestId('pdf-mismatch')).toBeVisible({ timeout: 30_000 });
    await check('doctored PDF');

    await page.locator('.bar .brand').click();
    await page.locator('#paste-url').fill('https://example.com/page');
    await page.locator('form.paste button[type=submit]').click();
    await expect(page.getByTestId('input-error')).toBeVisible();
    await check('input error');

    await page.locator('.bar nav button').click();
    await expect(page.locator('.settings')).toBeVisible();
    await check('settings');
    await context.close();

    // The camera screens, in a browser with Chromium's fake camera.
    context = await deskBrowser.newContext({ locale: 'ja-JP', permissions: ['camera'] });
    await context.addInitScript((l) => localStorage.setItem('dqc.lang', l), code);
    page = await context.newPage();
    await page.goto(world().base);
    await page.locator('.home .big.primary').click();
    await expect(page.locator('.camera video')).toBeVisible();
    await check('camera');

    await page.locator('.bar .brand').click();
    await page.locator('.desk-entry button').click();
    await expect(page.getByTestId('desk-bar')).toBeVisible();
    await page.getByTestId('desk-bar').locator('strong').click();
    await page.keyboard.type(sample('suspended').url, { delay: 0 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('desk-result')).toBeVisible();
    await check('desk result');
    expect(problems).toEqual([]);
    await context.close();
  });
}
