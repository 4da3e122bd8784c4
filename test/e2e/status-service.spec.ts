// The status service end to end: revoking or suspending with the issuer (`status … --publish`)
// shows at the PWA's next online verification once the held list is a minute old (a list fetched
// under a minute ago decides without a round trip: status-store.ts FRESH_MS — the page's clock is
// moved on instead of waiting); after "prepare for offline" the verdicts stay right offline, with
// the fetch time shown.
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
  await page.clock.install();
  await page.goto('/');
  await untilControlled(page);
  /** Past the minute in which a fetched list decides without asking again. */
  const aMinuteLater = () => page.clock.fastForward(61_000);

  const toRevoke = sample('valid-kaigo');
  const toSuspend = sample('valid-kango-full');
  /** `status … --publish`: the issuer sets the entry and puts the re-signed list on the service. */
  const setStatus = async (url: string, status: string) =>
    issuer('status', '--dir', demo, '--cti', await ctiOf(url), '--set', status, '--publish', base);
  try {
    await pasteAndVerify(page, toRevoke.url);
    await expect(page.locator('.verdict-text')).toHaveText('有効です');

    await setStatus(toRevoke.url, 'revoked');
    await aMinuteLater();
    await pasteAndVerify(page, toRevoke.url);
    await expect(page.locator('.verdict-text')).toHaveText('無効です（取消されています）');

    await setStatus(toSuspend.url, 'suspended');
    await aMinuteLater();
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
    await setStatus(toRevoke.url, 'valid');
    await setStatus(toSuspend.url, 'valid');
  }
  await context.close();
});
