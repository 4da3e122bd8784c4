// Wallet presentation in the app (PROFILE §8), round trips issuer → simulated wallet → page for
// every demo wallet sample: the page is the demo build (global-setup.ts builds it beside the
// production one, which every other spec keeps testing; here its files are served in place of the
// production build's, from the same origin and with the service's own headers), opened with
// ?demo-wallet; a person presses the button, picks the card in the 「デモ用の模擬ウォレット」 sheet,
// and the page shows the §8.6 headline and the §8.7 line exactly. Origin binding and one-time use
// with answers made in Node by wallet-sim for another origin, or replayed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { identityLine, walletHeadline } from '../../core/mdoc/reasons';
import type { WalletSample } from '../../issuer/wallet/demo-wallet';
import { answerRequest } from '../../wallet-sim/answer';
import { readWalletCard } from '../../wallet-sim/card';
import { serveDemoBuild, walletSamples } from './demo-build';
import { sample, world } from './world';

test.use({ serviceWorkers: 'block' });

/** A QR sample's deep link, opened with the demo flag. */
const deepLink = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}&demo-wallet`;
};

async function pickCard(page: Page, label: string): Promise<void> {
  const sheet = page.getByRole('dialog', { name: 'デモ用の模擬ウォレット' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('これは本物のウォレットではありません');
  await sheet.getByRole('button', { name: label, exact: true }).click();
  await expect(sheet).toBeHidden();
}

/** Presses 「スマホのマイナンバーカードで本人確認」 (after the notice of what is read) and picks `label`. */
async function identityWith(page: Page, label: string): Promise<void> {
  const check = page.getByTestId('identity-check');
  await expect(check).toContainText('読み取る項目：氏名・生年月日');
  await check.getByRole('button', { name: 'スマホのマイナンバーカードで本人確認' }).click();
  await pickCard(page, label);
}

/** The §8.7 line and the advice under it, exactly as PROFILE writes them. */
async function expectIdentity(page: Page, identity: WalletSample['identity']): Promise<void> {
  const { with: _partner, ...match } = identity;
  await expect(page.getByTestId('identity-line')).toHaveText(identityLine(match, 'ja'));
  const advice = page.locator('.identity-result .identity-advice');
  if (match.result === 'match') await expect(advice).toHaveCount(0);
  else
    await expect(advice).toHaveText([
      ...(match.mismatch?.includes('name')
        ? ['異体字・旧姓など表記の違いでも一致しないことがあります。']
        : []),
      '本人確認書類を目視で確認してください。',
    ]);
}

test.beforeEach(async ({ context }) => serveDemoBuild(context));
// Files the page still fetches (the QR decoder, warmed when idle) when a test ends.
test.afterEach(async ({ context }) => context.unrouteAll({ behavior: 'ignoreErrors' }));

test.describe('the identity check beside a QR certificate (PROFILE §8.7)', () => {
  for (const s of walletSamples().filter((w) => w.identity.with === 'valid-kaigo')) {
    test(`${s.name}: ${s.identity.result}${s.identity.reason ? ` (${s.identity.reason})` : ''}`, async ({
      page,
    }) => {
      await page.goto(deepLink(sample('valid-kaigo').url));
      await expect(page.locator('.verdict-text').first()).toHaveText('有効です');
      await identityWith(page, s.label);
      await expectIdentity(page, s.identity);
      if (s.verdict !== 'valid')
        await expect(page.locator('.identity-card-result')).toHaveText(
          `マイナンバーカード: ${walletHeadline(s.verdict, s.reasons, 'ja')}`,
        );
      if (s.identity.result === 'match') {
        // The card's name and birth date, only beside the certificate's (PROFILE §8.9).
        await expect(page.getByTestId('card-birth-date')).toContainText('1990');
      }
    });
  }
});

test.describe('「ウォレットの資格者証を確認」 (jp.go.nqs.dqc.1 from the wallet)', () => {
  for (const s of walletSamples().filter((w) => w.docType === 'jp.go.nqs.dqc.1')) {
    test(`${s.name}: ${s.verdict} ${s.reasons.join(',')}`, async ({ page }) => {
      await page.goto('/?demo-wallet');
      await expect(page.getByTestId('wallet-dqc')).toContainText('写真は読み取りません');
      await page.getByRole('button', { name: 'ウォレットの資格者証を確認' }).click();
      await pickCard(page, s.label);
      await expect(page.locator('.verdict-text').first()).toHaveText(
        walletHeadline(s.verdict, s.reasons, 'ja'),
      );
      if (s.verdict !== 'valid') {
        // No identity check on a certificate that is not valid.
        await expect(page.getByRole('button', { name: 'スマホのマイナンバーカードで本人確認' })).toHaveCount(
          0,
        );
        return;
      }
      await expect(page.getByTestId('item-name')).toBeVisible();
      const partner = walletSamples().find((w) => w.name === s.identity.with) as WalletSample;
      await identityWith(page, partner.label);
      await expectIdentity(page, s.identity);
    });
  }
});

/**
 * The page's DC API answered from Node: `respond` gets each call's request data and returns the
 * `data.response` text (wallet-sim for a chosen origin, or a replay). No demo flag: this is the
 * API a browser would give, not the demo sheet.
 */
async function walletFromNode(
  page: Page,
  respond: (data: { deviceRequest: string; encryptionInfo: string }) => Promise<string>,
) {
  await page.exposeFunction('__walletFromNode', respond);
  await page.addInitScript(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const DC = () => undefined;
    (DC as unknown as { userAgentAllowsProtocol: (p: string) => boolean }).userAgentAllowsProtocol = (p) =>
      p === 'org-iso-mdoc';
    g.DigitalCredential = DC;
    const call = g.__walletFromNode as (data: unknown) => Promise<string>;
    navigator.credentials.get = async (options) => {
      const data = (options as { digital: { requests: { data: unknown }[] } }).digital.requests[0]?.data;
      return { protocol: 'org-iso-mdoc', data: { response: await call(data) } } as unknown as Credential;
    };
  });
}

const mncCard = () => {
  const s = walletSamples().find((w) => w.name === 'mnc-yamada') as WalletSample;
  const card = readWalletCard(JSON.parse(readFileSync(join(world().demo, s.file), 'utf8')));
  if (!card) throw new Error('no mnc-yamada card');
  return card;
};

test('origin binding: an answer the wallet made for another origin is refused (DECRYPT_FAILED, never 一致)', async ({
  page,
}) => {
  const card = mncCard();
  await walletFromNode(
    page,
    async (data) => (await answerRequest(data, 'https://attacker.example', card)).data.response,
  );
  await page.goto(new URL(sample('valid-kaigo').url).pathname + new URL(sample('valid-kaigo').url).search);
  await expect(page.locator('.verdict-text').first()).toHaveText('有効です');
  await page.getByRole('button', { name: 'スマホのマイナンバーカードで本人確認' }).click();
  await expect(page.locator('.identity-card-result')).toHaveText(
    'マイナンバーカード: 無効です（ウォレットの応答を復号できません）',
  );
  await expectIdentity(page, { with: '', result: 'indeterminate', reason: 'MNC_NOT_VALID' });
});

test('one-time use: an answer given again to the next call is refused; the first one matched', async ({
  page,
}) => {
  const card = mncCard();
  const { base } = world();
  let first = '';
  await walletFromNode(page, async (data) => {
    if (!first) first = (await answerRequest(data, base, card)).data.response;
    return first;
  });
  const { pathname, search } = new URL(sample('valid-kaigo').url);
  await page.goto(pathname + search);
  await page.getByRole('button', { name: 'スマホのマイナンバーカードで本人確認' }).click();
  await expect(page.getByTestId('identity-line')).toHaveText('本人確認: 一致');
  await page.goto(pathname + search);
  await page.getByRole('button', { name: 'スマホのマイナンバーカードで本人確認' }).click();
  await expect(page.locator('.identity-card-result')).toHaveText(
    'マイナンバーカード: 無効です（ウォレットの応答を復号できません）',
  );
  await expect(page.getByTestId('identity-line')).not.toHaveText('本人確認: 一致');
});

test('nothing from the wallet is stored: no localStorage, sessionStorage, IndexedDB or Cache API entry holds it (PROFILE §8.9)', async ({
  page,
}) => {
  await page.goto(deepLink(sample('valid-kaigo').url));
  const mnc = walletSamples().find((w) => w.name === 'mnc-birth-differs') as WalletSample;
  await identityWith(page, mnc.label);
  await expectIdentity(page, mnc.identity);
  const stored = await page.evaluate(async () => {
    const texts: string[] = [];
    for (let i = 0; i < localStorage.length; i++)
      texts.push(localStorage.getItem(localStorage.key(i) ?? '') ?? '');
    for (let i = 0; i < sessionStorage.length; i++)
      texts.push(sessionStorage.getItem(sessionStorage.key(i) ?? '') ?? '');
    // Every IndexedDB record of every store, as text.
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve([]);
        });
        texts.push(
          JSON.stringify(all, (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v)),
        );
      }
      db.close();
    }
    const caches = 'caches' in globalThis ? await globalThis.caches.keys() : [];
    return { texts: texts.join('\n'), caches };
  });
  // mnc-birth-differs is the only card born 1990-04-02; element names are the card's too (the
  // trust list the app keeps names the doctypes, so they are not looked for).
  expect(stored.texts).not.toContain('1990-04-02');
  expect(stored.texts).not.toContain('1990/04/02');
  expect(stored.texts).not.toContain('family_name_unicode');
  expect(stored.texts).not.toContain('birth_date');
  expect(stored.caches).toEqual([]);
});
