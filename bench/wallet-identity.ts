// The wallet path (PROFILE §8, issue 19): (1) the size of what the app loads for it — the wallet
// chunk fetched when a wallet button is pressed (core/mdoc's verification, HPKE, the §8.7 match)
// and the X.509 chunk (asn1js) fetched when a trust list lists IACA roots (§8.2 checks them as the
// list is read) — from a production build against a demo world, gzip -9; (2) in Chromium, the
// time from the wallet's answer to the identity result (the answer opened and verified, steps
// 1–14, then §8.7) once those chunks are loaded. Target ≤ 50 ms. The first-screen budget is
// bundle-size.ts's.
// Run: npx tsx bench/wallet-identity.ts [rounds]   (default 40, after 5 warm-up rounds)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { DemoSample } from '../issuer/demo';
import type { WalletSample } from '../issuer/wallet/demo-wallet';
import { ensureDemoWorld } from '../scripts/lib/demo-data';
import { launchChromium, openBenchPage, startBenchServer } from './lib/browser';
import { buildApp, median, quantile } from './lib/service-world';
import type { WalletBench, WalletBenchInput } from './wallet-page/main';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PAGE_ROOT = fileURLToPath(new URL('./wallet-page/', import.meta.url));
const TARGET_MS = 50;
const KB = 1024;
const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;

/** A built chunk and the chunks it imports statically, but not the app's entry (already loaded). */
function chunkWithImports(assets: string, first: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || file.startsWith('app-')) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(
      /(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
    ))
      if (m[1]) visit(m[1]);
  };
  visit(first);
  return [...seen];
}

function chunkSizes(demo: string, scratch: string): void {
  const dist = join(scratch, 'dist');
  buildApp(demo, dist);
  const assets = join(dist, 'assets');
  const files = readdirSync(assets);
  const rows: [string, string][] = [
    ['wallet chunk (on the button: request, HPKE open, §8.6, §8.7, its screens)', 'wallet-ui-'],
    ['X.509 chunk (asn1js; when a trust list lists IACAs, §8.2)', 'iaca-'],
  ];
  console.log('Wallet path chunks (vite build, production, against a demo world), gzip -9:');
  const all = new Set<string>();
  for (const [what, prefix] of rows) {
    const first = files.find((f) => f.startsWith(prefix) && f.endsWith('.js'));
    if (!first) {
      console.log(`  ${what}: not in this build (no ${prefix}*.js)`);
      continue;
    }
    const chunk = chunkWithImports(assets, first);
    for (const f of chunk) all.add(f);
    const size = sizeOf(assets, chunk);
    console.log(`  ${what}: ${kb(size.gz)} gz (${kb(size.raw)} raw; ${chunk.join(' + ')})`);
  }
  const sum = sizeOf(assets, [...all]);
  console.log(
    `  = wallet path, lazy, shared chunks once: ${kb(sum.gz)} gz (${kb(sum.raw)} raw); the first screen's JS is bundle-size.ts's`,
  );
}

const sizeOf = (assets: string, files: string[]) => ({
  gz: files.reduce((s, f) => s + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0),
  raw: files.reduce((s, f) => s + readFileSync(join(assets, f)).length, 0),
});

async function timing(demo: string, rounds: number): Promise<void> {
  const qr = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as DemoSample[];
  const wallet = JSON.parse(readFileSync(join(demo, 'wallet', 'manifest.json'), 'utf8')) as WalletSample[];
  const mnc = wallet.find((s) => s.name === 'mnc-yamada');
  const dqc = qr.find((s) => s.name === 'valid-kaigo');
  if (!mnc || !dqc) throw new Error('the demo world has no mnc-yamada / valid-kaigo');
  const b64 = (file: string) => readFileSync(join(demo, file)).toString('base64');
  const input: WalletBenchInput = {
    now: Math.floor(Date.now() / 1000),
    anchorJwk: JSON.parse(readFileSync(join(demo, 'anchor.json'), 'utf8')),
    trustListB64: b64('trust-list.cbor'),
    statusB64: [b64('status/1.cbor')],
    dqcUrl: dqc.url,
    mncFile: JSON.parse(readFileSync(join(demo, mnc.file), 'utf8')),
    warmUp: 5,
    rounds,
  };
  const { server, url } = await startBenchServer('wallet', PAGE_ROOT, { server: { fs: { allow: [REPO] } } });
  const browser = await launchChromium();
  try {
    const page = await openBenchPage(browser, url);
    const out = await page.evaluate(
      (i) => (globalThis as unknown as { bench: WalletBench }).bench.run(i),
      input,
    );
    const p50 = median(out.samples);
    const p95 = quantile(out.samples, 0.95);
    console.log(
      `\nWallet answer → identity result in Chromium (${out.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}):`,
    );
    console.log(
      `  mnc verdict ${out.verdict}, identity ${out.identity} (the DQC from its QR URL, verified before)`,
    );
    console.log(`  first round (chunks loaded, nothing warm): ${out.first.toFixed(1)} ms`);
    console.log(
      `  ${out.samples.length} rounds after ${input.warmUp} warm-up: median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...out.samples).toFixed(1)} ms   target ≤ ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const rounds = Number(process.argv[2] ?? 40);
const scratch = mkdtempSync(join(tmpdir(), 'dqc-bench-wallet-'));
try {
  const demo = join(scratch, 'demo');
  await ensureDemoWorld(demo, 'http://localhost:8787', () => {});
  chunkSizes(demo, scratch);
  await timing(demo, rounds);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
