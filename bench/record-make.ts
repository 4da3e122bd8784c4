// Making a verification record (PROFILE §9) in Chromium: the app's record worker, built for
// production as the app builds it (vite build of bench/record-page/, served by vite preview; with
// BENCH_DEV=1 the dev server instead), fed the record JSON of a real verification of a demo
// certificate. Figures: the first record of a page (worker start, the 5.3 MB font and the wasm
// fetched, the font preprocessed), records once the font is loaded (target ≤ 500 ms), a fresh
// worker with the font in the HTTP cache (a later session: the service worker serves it), and
// the record's size. The Chromium-made record is then re-checked by the CLI (`--record`).
// Run: npx tsx bench/record-make.ts   (BENCH_RUNS warm records, default 20; BENCH_DEV=1)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { loadTrustData } from '../cli/trust-data';
import { verify } from '../core/verify';
import { makeDemoWorld } from '../issuer/demo';
import { capturingContext, recordEvidence } from '../record/evidence';
import { makeRecordJson, type RecordJson } from '../record/record-json';
import { launchChromium, openBenchPage, startBenchServer } from './lib/browser';
import { median, quantile } from './lib/service-world';
import type { MakeTiming, RecordBench } from './record-page/main';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_MS = 500;
const REPO = fileURLToPath(new URL('..', import.meta.url));
const PAGE_ROOT = fileURLToPath(new URL('./record-page/', import.meta.url));

/** Record JSONs of real verifications in a fresh demo world (no PDFs needed). */
async function demoRecords(dir: string): Promise<{ name: string; json: RecordJson }[]> {
  const now = Math.floor(Date.now() / 1000);
  const manifest = await makeDemoWorld(dir, 'http://localhost:8787', { now, pdfs: false });
  const data = await loadTrustData(dir);
  const out: { name: string; json: RecordJson }[] = [];
  for (const name of ['valid-kango-full', 'revoked']) {
    const url = manifest.find((s) => s.name === name)?.url as string;
    const capture = capturingContext({
      now: now + 60,
      trustList: data.trustList,
      seenIat: data.seenIat,
      statusLists: (uri) => data.statusLists.filter((l) => l.uri === uri),
    });
    const result = await verify(url, capture.context);
    const app = { name: '資格者証の確認', version: '0.1.0', build: 'bench' };
    const json = makeRecordJson({
      checkedAt: now + 60,
      result,
      evidence: recordEvidence(capture.use(url), result),
      app,
    });
    out.push({ name, json });
  }
  return out;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

async function measure(
  browser: Browser,
  url: string,
  records: { name: string; json: RecordJson }[],
  dir: string,
) {
  const page = await openBenchPage(browser, url, 'recordBench');
  const make = (json: RecordJson, keep = false) =>
    page.evaluate(
      ([j, k]) => (globalThis as unknown as { recordBench: RecordBench }).recordBench.make(j, k),
      [json, keep] as const,
    );
  const [first, second] = records as [(typeof records)[0], (typeof records)[0]];
  const cold = await make(first.json, true);
  console.log(`Chromium ${browser.version()}`);
  console.log(
    `first record of the page (worker start, font 5.3 MB + wasm 0.7 MB fetched, font loaded): ${ms(cold.ms)}` +
      ` (of which waiting for the font ${ms(cold.fontMs)}, making ${ms(cold.makeMs)}), ${(cold.bytes / 1024).toFixed(1)} KiB`,
  );
  const warm: MakeTiming[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await make((i % 2 ? second : first).json));
  const total = warm.map((t) => t.ms);
  const inside = warm.map((t) => t.makeMs);
  console.log(
    `records with the font loaded (${RUNS}, ${first.name} / ${second.name}): median ${ms(median(total))}, p95 ${ms(quantile(total, 0.95))}, max ${ms(Math.max(...total))}` +
      ` (makeRecordPdf alone: median ${ms(median(inside))}) — target ≤ ${TARGET_MS} ms: ${quantile(total, 0.95) <= TARGET_MS ? 'met' : 'NOT met'}`,
  );
  const sizes = warm.map((t) => t.bytes);
  console.log(
    `record size: ${(Math.min(...sizes) / 1024).toFixed(1)}–${(Math.max(...sizes) / 1024).toFixed(1)} KiB`,
  );
  await page.evaluate(() => (globalThis as unknown as { recordBench: RecordBench }).recordBench.restart());
  const fresh = await make(first.json);
  console.log(
    `a fresh worker, the font from the HTTP cache (a later session): ${ms(fresh.ms)}` +
      ` (waiting for the font ${ms(fresh.fontMs)}, making ${ms(fresh.makeMs)})`,
  );

  // The record Chromium made, re-checked as a person would: `npm run -s verify -- --record`.
  const file = join(dir, 'chromium-record.pdf');
  writeFileSync(file, Buffer.from(cold.pdf as string, 'base64'));
  const run = spawnSync(
    resolve('node_modules/.bin/tsx'),
    ['cli/verify-cli.ts', '--data', join(dir, 'demo'), '--record', file],
    {
      encoding: 'utf8',
    },
  );
  const answer = (JSON.parse(run.stdout || '{}') as { record?: string }).record;
  console.log(`the Chromium-made record through the CLI's --record: ${answer} (exit ${run.status})`);
  if (answer !== 'consistent') process.exitCode = 1;
}

/** The bench page as the app ships (minified, hashed chunks), or Vite's dev server. */
async function servePage(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (process.env.BENCH_DEV) {
    const { server, url } = await startBenchServer('record', PAGE_ROOT, {
      server: { fs: { allow: [REPO] } },
    });
    console.log('page: Vite dev server (BENCH_DEV)');
    return { url, close: () => server.close() };
  }
  const outDir = join(dir, 'page');
  await build({
    configFile: false,
    root: PAGE_ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
    worker: { format: 'es' },
  });
  const server = await preview({
    configFile: false,
    root: PAGE_ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview has no URL');
  console.log('page: production build (vite build + vite preview)');
  return { url, close: () => server.close() };
}

const dir = mkdtempSync(join(tmpdir(), 'dqc-record-bench-'));
const records = await demoRecords(join(dir, 'demo'));
let browser: Browser | undefined;
let page: { url: string; close: () => Promise<void> } | undefined;
try {
  page = await servePage(dir);
  browser = await launchChromium();
  await measure(browser, page.url, records, dir);
} finally {
  await browser?.close().catch(() => {});
  await page?.close().catch(() => {});
}
