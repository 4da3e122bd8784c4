// The status service end to end: revoking or suspending with the issuer (`status … --publish`)
// shows at the PWA's next online verification; after "prepare for offline" the verdicts stay
// right offline, with the fetch time shown.
import { expect, test } from '@playwright/test';
import { pasteAndVerify, untilControlled } from './steps';
import { ctiOf, issuer, sample, world } from './world';

test.describe.configure({ mode: 'serial' });

test('revoke and suspend with the issuer → the next verification says so; offline after preparing', async ({
  browser,
}) => {
  const { demo, base } = world();
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);

  const toRevoke = sample('valid-kaigo');
  const toSuspend = sample('valid-kango-full');
  try {
    await pasteAndVerify(page, toRevoke.url);
    await expect(page.locator('.verdict-text')).toHaveText('有効です');

    issuer(
      'status',
      '--dir',
      demo,
      '--cti',
      await ctiOf(toRevoke.url),
      '--set',
      'revoked',
      '--publish',
      base,
    );
    await pasteAndVerify(page, toRevoke.url);
    await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');

    issuer(
      'status',
      '--dir',
      demo,
      '--cti',
      await ctiOf(toSuspend.url),
      '--set',
      'suspended',
      '--publish',
      base,
    );
    await pasteAndVerify(page, toSuspend.url);
    await expect(page.locator('.verdict-text')).toHaveText('無効です（一時停止されています）');

    await page.getByRole('button', { name: '設定' }).click();
    await page.getByRole('button', { name: 'オフラインに備える' }).click();
    await expect(page.getByTestId('prepare-result')).toHaveText('1 件中 1 件の失効情報を取得しました');
    await context.setOffline(true);
    await page.reload();
    await pasteAndVerify(page, toRevoke.url);
    await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');
    await expect(page.locator('.status-age')).toContainText('失効情報：');
    await pasteAndVerify(page, sample('deleted').url);
    await expect(page.locator('.verdict-text')).toHaveText('無効です（削除されています）');
  } finally {
    // Put the world back for the other specs, whatever happened above.
    await context.setOffline(false);
    issuer('status', '--dir', demo, '--cti', await ctiOf(toRevoke.url), '--set', 'valid', '--publish', base);
    issuer('status', '--dir', demo, '--cti', await ctiOf(toSuspend.url), '--set', 'valid', '--publish', base);
  }
  await context.close();
});
