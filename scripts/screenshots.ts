// npm run screenshots [-- --lang ja,en --viewport phone,tablet --out DIR]: every screen of the app
// per viewport and language, as PNG files in screenshots/<viewport>/<lang>/NN-screen.png, so a
// person can look at them all (issue 15). A fresh demo world, the app's build and the status
// service (wrangler dev, port 8790) are set up first, as the e2e tests do, in a scratch folder
// (dist/ is left alone, so e2e tests can run meanwhile); Debian Chromium draws. The build is the
// demo one (DQC_DEMO_WALLET=1, as `npm start`): opened without `?demo-wallet` it is the production
// app, and the wallet screens (PROFILE §8: the record choice, the simulated wallet's sheet, the
// wallet result, the identity result, the record form of a wallet check) are opened with it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import type { DemoSample } from '../issuer/demo';
import type { WalletSample } from '../issuer/wallet/demo-wallet';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { ensureDemoWorld, publishDemo } from './lib/demo-data';
import { startLocalService } from './lib/local-service';

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1180, height: 820 },
  desktop: { width: 1440, height: 900 },
} as const;
const LANGS = ['ja', 'ja-x-easy', 'en', 'vi', 'id', 'fil', 'ne', 'my', 'zh-Hans'];

function option(name: string): string[] | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]?.split(',') : undefined;
}

const port = 8790;
const base = `http://localhost:${port}`;
const out = resolve(option('out')?.[0] ?? 'screenshots');
const langs = option('lang') ?? LANGS;
const viewports = (option('viewport') ?? Object.keys(VIEWPORTS)) as (keyof typeof VIEWPORTS)[];

async function paste(page: Page, url: string): Promise<void> {
  await page.locator('.bar .brand').click();
  await page.locator('#paste-url').fill(url);
  await page.locator('form.paste button[type=submit]').click();
  await page.locator('.verdict-text').first().waitFor();
}

async function dropPdf(page: Page, demo: string, name: string): Promise<void> {
  await page.locator('.bar .brand').click();
  const buffer = readFileSync(join(demo, 'credentials', `${name}.pdf`));
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer });
  await page.locator('.verdict-text').first().waitFor({ timeout: 30_000 });
}

/** The record form (PROFILE §9) of the result on screen, filled as an employer would. */
async function openRecordForm(page: Page): Promise<void> {
  await page.getByTestId('save-record').click();
  const form = page.getByTestId('record-form');
  await form.waitFor();
  await form.locator('input[name="checker"]').fill('佐藤 一郎');
  await form.locator('input[name="office"]').fill('さくら介護センター');
  await form.locator('input[name="retention"]').fill('5年');
}

/** Picks a demo card in the simulated wallet's sheet. */
async function pickCard(page: Page, label: string): Promise<void> {
  const sheet = page.getByTestId('demo-wallet');
  await sheet.getByRole('button', { name: label, exact: true }).click();
  await sheet.waitFor({ state: 'detached' });
}

/** The wallet screens (PROFILE §8), with the demo build's simulated wallet. */
async function shootWallet(page: Page, wallet: WalletSample[], snap: (name: string) => Promise<void>) {
  const label = (name: string) => (wallet.find((w) => w.name === name) as WalletSample).label;
  await page.goto(`${base}/?demo-wallet`);
  const entry = page.getByTestId('wallet-dqc');
  await entry.waitFor();
  await entry.locator('input[name="wallet-record"]').check();
  await snap('wallet-home-record-choice');
  await entry.locator('button').click();
  await page.getByTestId('demo-wallet').waitFor();
  await snap('wallet-sheet');
  await pickCard(page, label('dqc-yamada'));
  await page.getByTestId('wallet-result').waitFor();
  await snap('wallet-result');
  await page.locator('.identity-check button.primary').click();
  await pickCard(page, label('mnc-yamada'));
  await page.getByTestId('identity-line').waitFor();
  await snap('wallet-identity-match');
  await openRecordForm(page);
  await snap('wallet-record-form');
  // A check not started for a record: the record button explains, then asks the wallet again.
  await page.goto(`${base}/?demo-wallet`);
  await page.getByTestId('wallet-dqc').locator('button').click();
  await pickCard(page, label('dqc-takahashi'));
  await page.getByTestId('wallet-result').waitFor();
  await page.locator('.identity-check button.primary').click();
  await pickCard(page, label('mnc-takahashi'));
  await page.getByTestId('identity-line').waitFor();
  await snap('wallet-identity-mismatch');
  await page.getByTestId('save-record').click();
  await page.getByTestId('record-again').waitFor();
  await snap('wallet-record-again');
}

/** One viewport and language: every screen, numbered in the order a person meets them. */
async function shoot(
  browser: Browser,
  demo: string,
  samples: DemoSample[],
  wallet: WalletSample[],
  viewport: keyof typeof VIEWPORTS,
  lang: string,
) {
  const dir = join(out, viewport, lang);
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'ja-JP',
    permissions: ['camera'],
  });
  await context.addInitScript((l) => localStorage.setItem('dqc.lang', l), lang);
  const page = await context.newPage();
  const url = (name: string) => (samples.find((s) => s.name === name) as DemoSample).url;
  let n = 0;
  const snap = async (name: string) => {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(dir, `${String(++n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
  await page.goto(base);
  await page.locator('.home').waitFor();
  await page.waitForTimeout(800); // readiness: the status list arrives
  await snap('home');
  for (const name of ['valid-kango-full', 'revoked', 'signer-revoked', 'unknown-signer', 'expired']) {
    await paste(page, url(name));
    await snap(`result-${name}`);
  }
  await page.locator('.checks-more summary').first().click();
  await snap('result-expired-details-open');
  for (const name of ['valid-kango-full', 'pdf-edited-name', 'pdf-other-qr']) {
    await dropPdf(page, demo, name);
    await snap(`pdf-${name}`);
  }
  await paste(page, url('valid-kango-full'));
  await openRecordForm(page);
  await snap('record-form');
  await page.locator('.bar .brand').click();
  await page.locator('#paste-url').fill('https://example.com/some/page');
  await page.locator('form.paste button[type=submit]').click();
  await page.getByTestId('input-error').waitFor();
  await snap('input-error-url');
  await page.locator('.home .big.primary').click();
  await page.locator('.camera video').waitFor();
  await page.waitForTimeout(1500);
  await snap('camera');
  await page.locator('.bar .brand').click();
  await page.locator('.desk-entry button').click();
  await page.locator('.desk-bar').waitFor();
  await page.waitForTimeout(1000);
  await snap('desk-camera');
  // A keyboard-wedge scanner types the URL (the fake camera shows no code).
  for (const name of ['valid-kaigo', 'revoked']) {
    await page.locator('.desk-bar strong').click();
    await page.keyboard.type(url(name), { delay: 0 });
    await page.keyboard.press('Enter');
    await page.getByTestId('desk-result').waitFor();
    await snap(`desk-result-${name}`);
    await page.getByTestId('desk-result').locator('button').click();
  }
  await page.locator('.bar nav button').click();
  await page.locator('.settings').waitFor();
  await snap('settings');
  await shootWallet(page, wallet, snap);
  await context.close();
}

const scratch = mkdtempSync(join(tmpdir(), 'dqc-screens-'));
const demo = join(scratch, 'demo');
await ensureDemoWorld(demo, base, () => {});
const dist = join(scratch, 'dist');
const build = spawnSync(
  resolve('node_modules/.bin/vite'),
  ['build', '--logLevel', 'error', '--outDir', dist],
  {
    stdio: 'inherit',
    env: { ...process.env, DQC_TRUST_DIR: demo, DQC_DEMO_WALLET: '1' },
  },
);
if (build.status !== 0) throw new Error('vite build failed');
// The project's wrangler config, serving the scratch build.
const wranglerConfig = JSON.parse(
  readFileSync('wrangler.jsonc', 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n'),
);
wranglerConfig.main = resolve(wranglerConfig.main);
wranglerConfig.assets.directory = dist;
const config = join(scratch, 'wrangler.json');
writeFileSync(config, JSON.stringify(wranglerConfig));
const service = await startLocalService({ port, dataDir: demo, persistTo: join(scratch, 'state'), config });
try {
  await publishDemo(demo, base);
  const samples = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as DemoSample[];
  const wallet = JSON.parse(readFileSync(join(demo, 'wallet', 'manifest.json'), 'utf8')) as WalletSample[];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  });
  try {
    for (const viewport of viewports)
      for (const lang of langs) {
        await shoot(browser, demo, samples, wallet, viewport, lang);
        console.log(`${viewport} ${lang}: ${join(out, viewport, lang)}`);
      }
  } finally {
    await browser.close();
  }
} finally {
  await service.stop();
  rmSync(scratch, { recursive: true, force: true });
}
