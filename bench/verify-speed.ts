// Verification speed on one valid credential, in Node and in Chromium: (a) verify(url, ctx), the
// full PROFILE §6 verification with the trust list and status list already read (as the apps hold
// them), (b) the raw WebCrypto ECDSA P-256 verify of the same signature over the same
// Sig_structure with an imported CryptoKey, (c) @auth0/cose verifying the same COSE_Sign1 bytes.
// Prints median and p95 per call in µs and the ratios to (b). Issue target: verify ≤ 1.2× raw.
// Run: npx tsx bench/verify-speed.ts [iterations]   (default 4000 per subject, after 2000 warm-up)
import { createPublicKey } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { publicJwk } from '../issuer/folder/keys';
import { addStatusList, issueUrl, makeWorld, NOW } from '../test/helpers/world';
import { launchChromium, openBenchPage, startBenchServer } from './lib/browser';
import {
  type Bench,
  type BenchInput,
  type BenchOutput,
  runBench,
  SUBJECTS,
  type SubjectName,
} from './verify-page/main';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PAGE_ROOT = fileURLToPath(new URL('./verify-page/', import.meta.url));
const ITERATIONS = Number(process.argv[2] ?? 4000);
const WARM_UP = 2000;
const TARGET = 1.2;

const LABELS: Record<SubjectName, string> = {
  verify: '(a) verify(url, ctx)',
  raw: '(b) raw WebCrypto ECDSA P-256 verify',
  cose: '(c) @auth0/cose Sign1.verify',
};
const W = 44;

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function makeInput(): Promise<BenchInput> {
  const world = await makeWorld();
  // The demo's revoked/suspended entries, and the credential's own index (7) valid.
  const status = await addStatusList(world, { 3: 1, 12: 2, 40: 3 });
  const url = await issueUrl(world, { grantDate: '2015-05-20', holderNameKana: 'ヤマダ ハナコ' });
  return {
    url,
    now: NOW,
    anchorJwk: publicJwk(world.anchor),
    trustListB64: b64url(world.trustList.bytes),
    statusB64: [b64url(status.bytes)],
    signerX: b64url(world.signer.x),
    signerY: b64url(world.signer.y),
    warmUp: WARM_UP,
    iterations: ITERATIONS,
    batch: 1,
  };
}

function report(title: string, out: BenchOutput, batch: number, coseNote: string): void {
  const timing =
    batch === 1 ? 'each call timed alone' : `timed in batches of ${batch} calls, p95 over batches`;
  const browser = /(?:Headless)?Chrome\/[\d.]+/.exec(out.userAgent)?.[0];
  console.log(`\n${title}: ${browser ?? out.userAgent}`);
  console.log(
    `  verdict of (a): ${out.verdict}; ${ITERATIONS} calls per subject after ${WARM_UP} warm-up, interleaved; ${timing} (clock step ${out.clockStep.toFixed(2)} µs)`,
  );
  console.log(`  ${'subject'.padEnd(W)}${'median'.padStart(11)}${'p95'.padStart(11)}`);
  const median = (name: SubjectName) =>
    quantile(
      [...out.samples[name]].sort((x, y) => x - y),
      0.5,
    );
  for (const name of SUBJECTS) {
    const sorted = [...out.samples[name]].sort((x, y) => x - y);
    const label = name === 'cose' ? `${LABELS[name]} (${coseNote})` : LABELS[name];
    const us = (q: number) => `${quantile(sorted, q).toFixed(1)} µs`.padStart(11);
    console.log(`  ${label.padEnd(W)}${us(0.5)}${us(0.95)}`);
  }
  const raw = median('raw');
  const ratio = median('verify') / raw;
  const row = (label: string, value: string, note = '') =>
    console.log(`  ${label.padEnd(W)}${value.padStart(11)}${note ? `   ${note}` : ''}`);
  row(
    'verify / raw (medians)',
    `${ratio.toFixed(2)}×`,
    `target 1.2×: ${ratio <= TARGET ? 'met' : 'NOT met'}`,
  );
  row('@auth0/cose / raw (medians)', `${(median('cose') / raw).toFixed(2)}×`);
  row(
    'verify − raw (medians)',
    `${(median('verify') - raw).toFixed(1)} µs`,
    'the §6 work besides the signature',
  );
}

async function inNode(input: BenchInput): Promise<BenchOutput> {
  // In Node @auth0/cose verifies with node:crypto; a KeyObject is the key it takes without
  // converting (a CryptoKey would go through KeyObject.from on every call).
  const keyObject = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: input.signerX, y: input.signerY },
    format: 'jwk',
  });
  const out = await runBench(input, keyObject);
  out.userAgent = `Node ${process.version} (${process.arch})`;
  return out;
}

async function inChromium(input: BenchInput): Promise<BenchOutput> {
  const { server, url } = await startBenchServer('verify', PAGE_ROOT, {
    server: {
      fs: { allow: [REPO] },
      // Cross-origin isolation gives performance.now() its fine resolution (5 µs instead of 100).
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    },
  });
  const browser = await launchChromium();
  try {
    const page = await openBenchPage(browser, url);
    return await page.evaluate((i) => (globalThis as unknown as { bench: Bench }).bench.run(i), input);
  } finally {
    await browser.close();
    await server.close();
  }
}

const input = await makeInput();
console.log(
  `Verify speed: one valid credential (${input.url.length}-char URL), trust list and status list read`,
);
report('Node', await inNode(input), 1, 'KeyObject');
// Chromium's clock (cross-origin isolated) steps by 5 µs: calls are timed in batches of 10.
const CHROMIUM_BATCH = 10;
report(
  'Chromium (headless, Vite dev server)',
  await inChromium({ ...input, batch: CHROMIUM_BATCH }),
  CHROMIUM_BATCH,
  'CryptoKey',
);
