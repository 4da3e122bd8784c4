// The paste field takes a URL as it comes in an e-mail or a chat: wrapped in <…>, 「…」 or
// （…）, with a trailing 。 or spaces. Its messages are the app's, in Japanese, not the browser's.
import { expect, test } from '@playwright/test';
import { sample } from './world';

test('a URL pasted with brackets, a trailing 。 or spaces is verified as the URL', async ({ page }) => {
  const url = sample('valid-kaigo').url;
  await page.goto('/');
  for (const pasted of [`<${url}>`, `「${url}」。`, `（${url}）`, `  ${url}\u3000`, `${url}。`]) {
    await page.getByRole('button', { name: '資格者証の確認' }).click();
    await page.getByLabel('確認ページのURLを貼り付け').fill(pasted);
    await page.getByRole('button', { name: '確認する' }).click();
    await expect(page.locator('.verdict-text'), pasted).toHaveText('有効です');
  }
});

test('no browser bubble: the field’s own Japanese messages', async ({ page }) => {
  await page.goto('/');
  const field = page.getByLabel('確認ページのURLを貼り付け');
  expect(await page.locator('form.paste').evaluate((f) => (f as HTMLFormElement).noValidate)).toBe(true);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.locator('#paste-error')).toHaveText('URLを入力してください');
  await field.fill('山田 花子');
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.locator('#paste-error')).toHaveText(
    'URLではないようです。https:// で始まる確認ページのURLを貼り付けてください。',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Still a URL but not a certificate's: verified, and the core says why.
  await field.fill(sample('wrong-host').url);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.locator('.verdict-text')).toHaveText('無効です（確認ページのURLが正しくありません）');
});
