// QR decoders on the public qr-photos corpus (../shared/vectors/qr-photos), in Chromium (the
// app's runtime): (a) zxing-wasm, one call with the README's reference options, (b) zxing-js
// (@zxing/library, HybridBinarizer + TRY_HARDER + one inverted retry), (c) our retry chain
// (reading/qr/strategies.ts). Prints hits/201, hits per folder, median and p95 ms per
// image, and which strategy of the chain read what; then our chain once more in Node.
// Run: npx tsx bench/qr-photos.ts [budgetMs]   (default 3000, the app's budget for files)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZXING_WASM_VERSION } from 'zxing-wasm/reader';
import { decodeQrFromPixels, imageFileToPixels } from '../reading/node/qr-node';
import { folderPlugin, launchChromium, openBenchPage, startBenchServer } from './lib/browser';
import type { Bench, DecoderName } from './qr-page/main';

const CORPUS = fileURLToPath(new URL('../../shared/vectors/qr-photos/', import.meta.url));
const PAGE_ROOT = fileURLToPath(new URL('./qr-page/', import.meta.url));
const BUDGET_MS = Number(process.argv[2] ?? 3000);
const ZXING_JS_VERSION = (
  createRequire(import.meta.url)('@zxing/library/package.json') as { version: string }
).version;
const DECODERS: { name: DecoderName; label: string }[] = [
  { name: 'zxing-wasm', label: `zxing-wasm ${ZXING_WASM_VERSION}, 1 call` },
  { name: 'zxing-js', label: `zxing-js ${ZXING_JS_VERSION}` },
  { name: 'chain', label: `our chain (${BUDGET_MS} ms)` },
];

interface Entry {
  image: string;
  text: string;
  alt_texts?: string[];
}

interface Tally {
  label: string;
  hits: number;
  perFolder: Map<string, number>;
  ms: number[];
  misses: string[];
  /** Hits per chain strategy (the chain only). */
  strategies: Map<string, number>;
}

const folderOf = (image: string) => image.slice(0, image.lastIndexOf('/'));

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function row(t: Tally, folders: string[], total: number): string {
  const ms = [...t.ms].sort((a, b) => a - b);
  const perFolder = folders.map((f) => String(t.perFolder.get(f) ?? 0).padStart(8)).join('');
  const times = `${quantile(ms, 0.5).toFixed(1).padStart(8)}${quantile(ms, 0.95).toFixed(1).padStart(8)}`;
  return `${t.label.padEnd(28)}${`${t.hits}/${total}`.padStart(8)}${perFolder}${times}`;
}

function printTable(title: string, tallies: Tally[], manifest: Entry[]): void {
  const folders = [...new Set(manifest.map((e) => folderOf(e.image)))];
  const sizes = folders.map((f) => manifest.filter((e) => folderOf(e.image) === f).length);
  const short = folders.map((f, i) => `${f.startsWith('zxing-cpp') ? 'cpp' : 'q'}${f.slice(-1)}/${sizes[i]}`);
  console.log(`\n${title}`);
  console.log(
    `${'decoder'.padEnd(28)}${'hits'.padStart(8)}${short.map((s) => s.padStart(8)).join('')}  median     p95 (ms)`,
  );
  for (const t of tallies) console.log(row(t, folders, manifest.length));
}

const newTally = (label: string): Tally => ({
  label,
  hits: 0,
  perFolder: new Map(),
  ms: [],
  misses: [],
  strategies: new Map(),
});

function score(t: Tally, entry: Entry, texts: string[], ms: number, strategy = ''): void {
  const expected = [entry.text, ...(entry.alt_texts ?? [])];
  t.ms.push(ms);
  if (texts.some((x) => expected.includes(x))) {
    t.hits++;
    if (strategy) t.strategies.set(strategy, (t.strategies.get(strategy) ?? 0) + 1);
    t.perFolder.set(folderOf(entry.image), (t.perFolder.get(folderOf(entry.image)) ?? 0) + 1);
  } else {
    t.misses.push(`${entry.image}${texts.length ? ' (misread)' : ''}`);
  }
}

async function inChromium(manifest: Entry[]): Promise<Tally[]> {
  // The corpus at /vectors/, read-only.
  const { server, url } = await startBenchServer('qr', PAGE_ROOT, {
    plugins: [folderPlugin([['/vectors', CORPUS]])],
  });
  const browser = await launchChromium();
  try {
    const page = await openBenchPage(browser, url);
    await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.warmUp());
    const tallies = DECODERS.map((d) => newTally(d.label));
    for (const entry of manifest) {
      const imageUrl = `/vectors/${entry.image.split('/').map(encodeURIComponent).join('/')}`;
      await page.evaluate((u) => (globalThis as unknown as { bench: Bench }).bench.load(u), imageUrl);
      for (const [i, decoder] of DECODERS.entries()) {
        const { texts, ms, strategy } = await page.evaluate(
          ([name, budget]) => (globalThis as unknown as { bench: Bench }).bench.run(name, budget),
          [decoder.name, BUDGET_MS] as const,
        );
        score(tallies[i] as Tally, entry, texts, ms, strategy);
      }
    }
    return tallies;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function inNode(manifest: Entry[]): Promise<Tally> {
  const tally = newTally(`our chain, Node (${BUDGET_MS} ms)`);
  await decodeQrFromPixels({ data: new Uint8ClampedArray(4), width: 1, height: 1 }, 1); // load the wasm
  for (const entry of manifest) {
    const pixels = await imageFileToPixels(new Uint8Array(readFileSync(join(CORPUS, entry.image))));
    const started = performance.now();
    const texts = await decodeQrFromPixels(pixels, BUDGET_MS);
    score(tally, entry, texts, performance.now() - started);
  }
  return tally;
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Entry[];
const chromiumTallies = await inChromium(manifest);
printTable('Chromium (headless, 1 image at a time, decoding only)', chromiumTallies, manifest);
printTable('Node', [await inNode(manifest)], manifest);
const chain = chromiumTallies.find((t) => t.strategies.size > 0);
if (chain)
  console.log(`\nChain hits by strategy: ${[...chain.strategies].map(([s, n]) => `${s} ${n}`).join(', ')}`);
console.log('\nMisses:');
for (const t of chromiumTallies) console.log(`  ${t.label}: ${t.misses.join(', ') || 'none'}`);
