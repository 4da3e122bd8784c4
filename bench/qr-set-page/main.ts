// The QR set bench page (Chromium, the app's runtime): fetches one photo of the set, decodes it
// to an ImageBitmap (EXIF orientation applied, as the app's file input does) and hands it to the
// bench worker (worker.ts, a copy of the app's QR worker that also returns positions), then asks
// for each step separately so that bench/qr-set.ts can time the worker thread around each.
import type { SetRequest, SetResponse } from './worker';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

function ask(request: SetRequest): Promise<SetResponse> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SetResponse | { error: string }>) => {
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.postMessage(request, request.op === 'load' ? [request.image] : []);
  });
}

async function load(url: string): Promise<SetResponse> {
  const blob = await (await fetch(url)).blob();
  return ask({ op: 'load', image: await createImageBitmap(blob) });
}

const step = (op: 'zxing' | 'chain' | 'frame', budgetMs = 0) =>
  ask(op === 'zxing' ? { op } : { op, budgetMs });

/** Compiles the wasm before anything is timed. */
async function warmUp(): Promise<void> {
  const canvas = new OffscreenCanvas(64, 64);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 64, 64);
  await ask({ op: 'load', image: await createImageBitmap(canvas) });
  await step('chain', 10);
}

const bench = { load, step, warmUp };
export type QrSetBench = typeof bench;
(globalThis as unknown as { bench: QrSetBench }).bench = bench;
