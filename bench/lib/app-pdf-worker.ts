// The app's PDF worker (the production build's pdf-worker-*.js) driven on its own in Chromium:
// one file at a time, timed from postMessage to its answer, with the main thread's longest
// stall meanwhile (the tab must stay responsive) and the worker replaced after a file that
// reached a cap, as web/features/scan-pdf/read-pdf.ts does.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PdfWork } from '../../reading/pdf/pdf-work';

export interface WorkerRun {
  ms: number;
  type: 'done' | 'error' | 'timeout';
  codes: number;
  problem?: string;
  cap?: string;
  work?: PdfWork;
  /** Longest gap between two 20 ms ticks of the page's main thread, past the 20 ms. */
  stallMs: number;
}

interface BenchWorker {
  start(url: string): Promise<void>;
  read(file: string, timeoutMs: number): Promise<WorkerRun>;
}

/**
 * The page's side, as plain JavaScript (a function passed to page.evaluate would carry the
 * helpers tsx adds to named functions, which the page does not have).
 */
const PAGE_SCRIPT = `
let worker = null;
let url = '';
const bench = {
  async start(u) {
    url = u;
    if (worker) worker.terminate();
    const w = new Worker(url, { type: 'module' });
    worker = w;
    await new Promise((resolve) => {
      w.addEventListener('message', function onReady(e) {
        if (e.data.type !== 'ready') return;
        w.removeEventListener('message', onReady);
        resolve();
      });
    });
  },
  async read(file, timeoutMs) {
    const buffer = await (await fetch('/bench-pdf/' + encodeURIComponent(file))).arrayBuffer();
    const w = worker;
    let stallMs = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      stallMs = Math.max(stallMs, now - last - 20);
      last = now;
    }, 20);
    const started = performance.now();
    const answer = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ type: 'timeout' }), timeoutMs);
      w.onmessage = (e) => {
        if (e.data.type === 'progress' || e.data.type === 'ready') return;
        clearTimeout(timer);
        resolve(e.data);
      };
      w.postMessage(buffer, [buffer]);
    });
    const ms = performance.now() - started;
    clearInterval(tick);
    // As the app does: a worker that reached a cap (or never answered) is replaced.
    if (answer.type === 'timeout' || answer.cap) await bench.start(url);
    return {
      ms,
      type: answer.type,
      codes: answer.type === 'done' ? answer.scan.codes.length : 0,
      problem: answer.problem,
      cap: answer.cap,
      work: answer.type === 'done' ? answer.scan.work : answer.work,
      stallMs,
    };
  },
};
globalThis.benchWorker = bench;
`;

export async function appPdfWorker(
  browser: Browser,
  origin: string,
  appDir: string,
  files: Map<string, Uint8Array>,
) {
  const asset = readdirSync(join(appDir, 'assets')).find((n) => /^pdf-worker-.*\.js$/.test(n));
  if (!asset) throw new Error('pdf-worker asset not found');
  const page: Page = await browser.newPage();
  page.on('pageerror', (e) => console.error('bench page error:', e.message));
  await page.route(`${origin}/bench-blank.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
  );
  await page.route(`${origin}/bench-pdf/**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const body = files.get(name);
    return body ? route.fulfill({ body: Buffer.from(body) }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${origin}/bench-blank.html`);
  await page.addScriptTag({ content: PAGE_SCRIPT });
  await page.evaluate(
    (u) => (globalThis as unknown as { benchWorker: BenchWorker }).benchWorker.start(u),
    `/assets/${asset}`,
  );
  return {
    page,
    read: (file: string, timeoutMs = 60_000) =>
      page.evaluate(
        ([f, t]) =>
          (globalThis as unknown as { benchWorker: BenchWorker }).benchWorker.read(f as string, t as number),
        [file, timeoutMs] as const,
      ),
  };
}
