// The optional desk log: its CSV is for Excel in Japan (BOM, Japan time, Japanese reasons with
// the code kept), and deleting it asks first.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pasteAndVerify } from './steps';
import { sample } from './world';

test('the log’s CSV has a BOM, Japan time and Japanese reasons; deleting the log asks first', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '設定' }).click();
  await page.getByLabel('確認ログを記録する（日時・結果・識別子のハッシュ値のみ）').check();
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await pasteAndVerify(page, sample('revoked').url);
  await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');

  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByTestId('log-count')).toHaveText('2 件');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSVで保存' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('日付,時刻（日本時間）,結果,理由,理由コード,識別子のハッシュ値');
  expect(lines[1]).toMatch(/^\d{4}\/\d{2}\/\d{2},\d{2}:\d{2}:\d{2},有効,,,[0-9a-f]{32}$/);
  expect(lines[2]).toMatch(
    /^\d{4}\/\d{2}\/\d{2},\d{2}:\d{2}:\d{2},無効,取消されています,REVOKED,[0-9a-f]{32}$/,
  );
  expect(bytes.toString('utf8')).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

  // Deleting asks first; the safe answer keeps everything.
  await page.getByRole('button', { name: 'ログを削除' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('確認ログ 2 件をすべて削除します。よろしいですか？');
  await expect(question.getByRole('button', { name: 'やめる' })).toBeFocused();
  await question.getByRole('button', { name: 'やめる' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('log-count')).toHaveText('2 件');
  await page.getByRole('button', { name: 'ログを削除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '削除する' }).click();
  await expect(page.getByTestId('log-count')).toHaveText('0 件');
  await expect(page.getByRole('status').filter({ hasText: '確認ログを削除しました' })).toBeVisible();
});

test('entries past the retention period are gone when the app is opened later, log on or off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '設定' }).click();
  await page.getByLabel('確認ログを記録する（日時・結果・識別子のハッシュ値のみ）').check();
  await page.getByLabel('保存日数').fill('1');
  await page.getByLabel('保存日数').blur();
  await pasteAndVerify(page, sample('valid-kaigo').url);
  await page.getByRole('button', { name: '設定' }).click();
  await expect(page.getByTestId('log-count')).toHaveText('1 件');
  await page.getByLabel('確認ログを記録する（日時・結果・識別子のハッシュ値のみ）').uncheck();
  await page.close();

  // The same device ten days later: nothing new is logged, and the old entry must not remain.
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + 10 * 24 * 3600 * 1000 });
  await later.goto('/');
  await later.getByRole('button', { name: '設定' }).click();
  await expect(later.getByTestId('log-count')).toHaveText('0 件');
});
