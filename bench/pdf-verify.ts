// PDF → verdict in the app (Chromium, production build served by the local Worker): each demo
// certificate PDF is given to the file input and timed from the input's change event until
// `.verdict-text` is visible. Then, in the same browser, pdf.js alone opening the same PDFs and
// rendering page 1 once at scale 2 (bench/pdf-page/), and the ratio of the two medians.
// Run: npx tsx bench/pdf-verify.ts   (BENCH_RUNS per PDF, default 3; BENCH_PORT, default 8798)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { headline } from '../core/reasons';
import type { DemoSample } from '../issuer/demo';
import { type AppTiming, appVerdict, workerFloor } from './lib/app-pdf';
import { folderPlugin, launchChromium, startBenchServer } from './lib/browser';
import { median, quantile, type ServiceWorld, startServiceWorld, stopOnSignals } from './lib/service-world';
import type { PdfBench, RenderTiming } from './pdf-page/main';

const PORT = Number(process.env.BENCH_PORT ?? 8798);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGE_ROOT = fileURLToPath(new URL('./pdf-page/', import.meta.url));
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const pdfjsRender = (page: Page, s: DemoSample): Promise<RenderTiming> =>
  page.evaluate(
    (url) => (globalThis as unknown as { pdfBench: PdfBench }).pdfBench.render(url),
    `/pdfs/${encodeURIComponent(basename(s.pdf as string))}`,
  );

const f = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '—').padStart(6);

async function measure(world: ServiceWorld, browser: Browser, benchUrl: string): Promise<void> {
  const samples = world.manifest.filter((s) => s.pdf);
  const [first] = samples;
  if (!first) throw new Error('the demo world has no PDFs');
  console.log(`${samples.length} PDFs, ${RUNS} runs each, Chromium ${browser.version()}`);

  const app = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  app.on('pageerror', (e) => console.error('app page error:', e.message));
  let started = performance.now();
  await app.goto(`${world.origin}/`);
  await app.getByTestId('file-input').waitFor({ state: 'attached' });
  const appLoad = performance.now() - started;
  started = performance.now();
  await app.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
  const swReady = performance.now() - started;
  const cold = await appVerdict(app, world.origin, world.demo, first);
  console.log(
    `first load: app start screen ${appLoad.toFixed(0)} ms, service worker ready +${swReady.toFixed(0)} ms, ` +
      `first PDF→verdict ${cold.ms.toFixed(0)} ms (${first.name}, ${cold.text})`,
  );

  const bench = await browser.newPage();
  bench.on('pageerror', (e) => console.error('bench page error:', e.message));
  started = performance.now();
  await bench.goto(benchUrl);
  await bench.waitForFunction(() => 'pdfBench' in globalThis, undefined, { timeout: 60_000 });
  const version = await bench.evaluate(
    () => (globalThis as unknown as { pdfBench: PdfBench }).pdfBench.version,
  );
  const coldRender = await pdfjsRender(bench, first);
  console.log(
    `first load: pdf.js ${version} bench page ${(performance.now() - started).toFixed(0)} ms including ` +
      `the first open+render ${(coldRender.openMs + coldRender.renderMs).toFixed(0)} ms`,
  );

  const rows: { s: DemoSample; app: AppTiming[]; render: RenderTiming[] }[] = samples.map((s) => ({
    s,
    app: [],
    render: [],
  }));
  for (let run = 0; run < RUNS; run++) {
    for (const row of rows) row.app.push(await appVerdict(app, world.origin, world.demo, row.s));
  }
  for (let run = 0; run < RUNS; run++) {
    for (const row of rows) row.render.push(await pdfjsRender(bench, row.s));
  }

  console.log(
    `\n${'PDF'.padEnd(22)}${'KiB'.padStart(6)}${'→verdict'.padStart(10)}${'pdf.js'.padStart(8)}` +
      `${'open'.padStart(6)}${'render'.padStart(7)}${'ratio'.padStart(7)}  verdict (median ms of ${RUNS})`,
  );
  for (const { s, app: a, render: r } of rows) {
    const verdictMs = median(a.map((t) => t.ms));
    const renderMs = median(r.map((t) => t.openMs + t.renderMs));
    // A PDF whose printed text was edited gets the document's verdict (PROFILE §6.1), never green.
    const expected =
      s.pdfMismatch && s.pdfMismatch.length > 0 && s.verdict !== 'invalid'
        ? headline('invalid', ['DOCUMENT_MISMATCH'], 'ja')
        : headline(s.verdict, s.reasons, 'ja');
    const texts = [...new Set(a.map((t) => t.text))];
    const mark = texts.length === 1 && texts[0] === expected ? '✓' : `✗ expected ${expected}`;
    const kib = readFileSync(join(world.demo, s.pdf as string)).length / 1024;
    console.log(
      `${s.name.padEnd(22)}${kib.toFixed(0).padStart(6)}${f(verdictMs).padStart(10)}${f(renderMs).padStart(8)}` +
        `${f(median(r.map((t) => t.openMs)))}${f(median(r.map((t) => t.renderMs))).padStart(7)}` +
        `${(verdictMs / renderMs).toFixed(1).padStart(7)}  ${texts.join(' / ')} ${mark}`,
    );
  }
  const all = rows.flatMap((row) => row.app.map((t) => t.ms)).filter(Number.isFinite);
  const wall = rows.flatMap((row) => row.app.map((t) => t.wallMs));
  const renders = rows.flatMap((row) => row.render.map((t) => t.openMs + t.renderMs));
  const size = rows[0]?.render[0];
  console.log(
    `\nPDF→verdict (${all.length} runs): median ${median(all).toFixed(0)} ms, p95 ${quantile(all, 0.95).toFixed(0)} ms` +
      ` (setInputFiles→answer from Node: median ${median(wall).toFixed(0)} ms)`,
  );
  console.log(
    `pdf.js open + render page 1 at scale 2 (${size?.width}×${size?.height} px, ${renders.length} runs): ` +
      `median ${median(renders).toFixed(0)} ms, p95 ${quantile(renders, 0.95).toFixed(0)} ms`,
  );
  console.log(
    `ratio median(PDF→verdict) / median(pdf.js render): ${(median(all) / median(renders)).toFixed(2)}`,
  );
  console.log(
    `a fresh PDF worker answering an empty file (start-up paid by the first PDF only: the app keeps its worker): ${await workerFloor(app, world)}`,
  );
}

const started = performance.now();
const world = await startServiceWorld({ port: PORT, app: 'fresh' });
let browser: Browser | undefined;
let server: ViteDevServer | undefined;
let benchUrl = '';
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  await world.stop();
};
stopOnSignals(stopAll);
try {
  ({ server, url: benchUrl } = await startBenchServer('pdf', PAGE_ROOT, {
    plugins: [
      folderPlugin([
        ['/pdfs', join(world.demo, 'credentials')],
        ['/pdfjs', PDFJS_ROOT],
      ]),
    ],
    optimizeDeps: { include: ['pdfjs-dist'] },
  }));
  browser = await launchChromium();
  await measure(world, browser, benchUrl);
} finally {
  await stopAll();
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
