// The app's side of bench/pdf-verify.ts: one PDF through the start screen's file input, timed in
// the page, and the start-up of the app's PDF worker on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoSample } from '../../issuer/demo';
import { median, type ServiceWorld } from './service-world';

const TIMEOUT_MS = 30_000;

export interface AppTiming {
  /** From the input's change event to a visible `.verdict-text`, measured in the page. */
  ms: number;
  /** From setInputFiles to the answer, measured here (includes handing the file over). */
  wallMs: number;
  text: string;
}

/** Opens the app's start screen, gives it one PDF and waits for the first verdict. */
export async function appVerdict(
  page: Page,
  origin: string,
  demo: string,
  s: DemoSample,
): Promise<AppTiming> {
  await page.goto(`${origin}/`);
  const input = page.getByTestId('file-input');
  await input.waitFor({ state: 'attached' });
  // As a person would: the file arrives once the app is idle and its PDF reader warm (issue 17).
  await page.waitForFunction(
    () => performance.getEntriesByName('dqc-pdf-reader-ready').length > 0,
    undefined,
    {
      timeout: TIMEOUT_MS,
    },
  );
  await page.evaluate((timeoutMs) => {
    const done = new Promise<{ ms: number; text: string }>((resolve) => {
      let t0 = 0;
      document.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const el = document.querySelector<HTMLElement>('.verdict-text');
        if (t0 && el?.checkVisibility()) {
          observer.disconnect();
          resolve({ ms: performance.now() - t0, text: el.textContent ?? '' });
        }
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
      setTimeout(() => {
        observer.disconnect();
        const alert = document.querySelector('[role=alert]')?.textContent;
        resolve({ ms: Number.NaN, text: `no verdict in ${timeoutMs} ms${alert ? `: ${alert}` : ''}` });
      }, timeoutMs);
    });
    (globalThis as unknown as { benchVerdict: typeof done }).benchVerdict = done;
  }, TIMEOUT_MS);
  const buffer = readFileSync(join(demo, s.pdf as string));
  const started = performance.now();
  await input.setInputFiles({ name: basename(s.pdf as string), mimeType: 'application/pdf', buffer });
  const result = await page.evaluate(
    () => (globalThis as unknown as { benchVerdict: Promise<{ ms: number; text: string }> }).benchVerdict,
  );
  return { ...result, wallMs: performance.now() - started };
}

/** The app starts a new PDF worker per file (pdf.js, its nested worker, the zxing wasm): that part. */
export async function workerFloor(app: Page, world: ServiceWorld): Promise<string> {
  const file = readdirSync(join(world.appDir, 'assets')).find((n) => /^pdf-worker-.*\.js$/.test(n));
  if (!file) return 'pdf-worker asset not found';
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    times.push(
      await app.evaluate(async (url) => {
        const started = performance.now();
        const worker = new Worker(url, { type: 'module' });
        await new Promise((resolve) => {
          worker.onmessage = resolve;
          worker.onerror = resolve;
          worker.postMessage(new ArrayBuffer(0));
        });
        worker.terminate();
        return performance.now() - started;
      }, `/assets/${file}`),
    );
  }
  return `median ${median(times.slice(2)).toFixed(0)} ms of 5 (after 2 warm-up)`;
}
