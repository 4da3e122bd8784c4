// Accessibility: no axe-core violations on the first screen, a result and the settings; the
// verdict is announced through a live region.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { pasteAndVerify } from './steps';
import { sample } from './world';

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('home, result and settings pass axe-core; the verdict is announced', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await pasteAndVerify(page, sample('valid-kango-full').url);
  await expect(page.locator('.verdict-text')).toHaveText('有効です');
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveText('有効です');
  expect(await announcer.getAttribute('aria-live')).toBe('assertive');
  expect(await violations(page)).toEqual([]);

  await pasteAndVerify(page, sample('suspended').url);
  await expect(announcer).toHaveText('無効です（一時停止されています）');
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('English is one choice away on the first screen and every text follows', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('言語 / Language').selectOption('en');
  await page.getByLabel('Paste the verification URL').fill(sample('revoked').url);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict-text')).toHaveText('Invalid (revoked)');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // English punctuation in the check lines, not the Japanese full-width forms.
  const checks = (await page.locator('.checks').textContent()) ?? '';
  expect(checks).toContain(': revoked');
  expect(checks).not.toMatch(/[：（）]/);
});
