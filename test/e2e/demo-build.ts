// The demo build (the simulated wallet, global-setup.ts builds it beside the production one) served
// in place of the production build's files, from the same origin and with the service's own
// headers (CSP and the rest); the API paths stay the service's. For the wallet specs.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { WalletSample } from '../../issuer/wallet/demo-wallet';
import { world } from './world';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const API = /^\/(trust-list|status\/|healthz)/;

export async function serveDemoBuild(context: BrowserContext): Promise<void> {
  const { base, demoWalletDist } = world();
  await context.route(`${base}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (API.test(path)) return route.continue();
    const file = join(demoWalletDist, decodeURIComponent(path));
    const asset =
      path !== '/' && existsSync(file) && extname(file) !== '' ? file : join(demoWalletDist, 'index.html');
    const served = await route.fetch();
    const headers: Record<string, string> = {
      ...served.headers(),
      'content-type': TYPES[extname(asset)] ?? 'application/octet-stream',
    };
    delete headers['content-length'];
    delete headers.etag;
    await route.fulfill({ status: 200, headers, body: readFileSync(asset) });
  });
}

/** The demo world's wallet samples (`<demo>/wallet/manifest.json`). */
export function walletSamples(): WalletSample[] {
  return JSON.parse(readFileSync(join(world().demo, 'wallet', 'manifest.json'), 'utf8')) as WalletSample[];
}
