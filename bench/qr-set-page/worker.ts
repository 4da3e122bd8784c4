/// <reference lib="webworker" />
// The bench's copy of the app's QR worker (web/features/qr-decode/qr-worker.ts): the same
// zxing-wasm set-up, the same bitmap-to-pixels step and the same chain (reading/qr), answering
// with positions as well as texts so that bench/qr-set.ts can match them with the labels. One
// photo is loaded, then each step is asked for separately (zxing-wasm alone, our chain, the
// camera-frame path on a 1280×720 frame made from it), so that bench/qr-set.ts can read this
// thread's CPU time around each of them.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { Pixels } from '../../reading/qr/image-ops';
import { findQrCodes } from '../../reading/qr/strategies';
import { zxingReader } from '../../reading/qr/zxing-read';
import type { ReadSymbol } from '../lib/qr-set-score';

export type SetRequest =
  | { op: 'load'; image: ImageBitmap }
  | { op: 'zxing' }
  | { op: 'chain'; budgetMs: number }
  | { op: 'frame'; budgetMs: number };
export interface SetResponse {
  /** Wall time of the step in this worker. */
  ms: number;
  symbols: ReadSymbol[];
  strategies: string[];
}

/** As in the app's worker. */
const MAX_WORK_PIXELS = 16_000_000;
const FRAME = { width: 1280, height: 720 };

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
});
const read = zxingReader(readBarcodes);

function toPixels(image: ImageBitmap): Pixels {
  const shrink = Math.min(1, Math.sqrt(MAX_WORK_PIXELS / (image.width * image.height)));
  const width = Math.max(1, Math.round(image.width * shrink));
  const height = Math.max(1, Math.round(image.height * shrink));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

/** The photo as a 1280×720 camera frame would see it: scaled to cover, centre cropped. */
function toFrame(image: ImageBitmap): OffscreenCanvas {
  const s = Math.max(FRAME.width / image.width, FRAME.height / image.height);
  const canvas = new OffscreenCanvas(FRAME.width, FRAME.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this worker');
  const w = image.width * s;
  const h = image.height * s;
  ctx.drawImage(image, (FRAME.width - w) / 2, (FRAME.height - h) / 2, w, h);
  return canvas;
}

let photo: Pixels | null = null;
let frame: OffscreenCanvas | null = null;

async function run(request: SetRequest): Promise<SetResponse> {
  const t = performance.now();
  const done = (symbols: ReadSymbol[], strategies: string[] = []) => ({
    ms: performance.now() - t,
    symbols,
    strategies,
  });
  if (request.op === 'load') {
    photo = toPixels(request.image);
    frame = toFrame(request.image);
    request.image.close();
    return done([]);
  }
  if (!photo || !frame) throw new Error('no photo loaded');
  if (request.op === 'zxing') {
    const results = await readBarcodes(photo as ImageData, { formats: ['QRCode'], textMode: 'Plain' });
    return done(results.filter((r) => r.isValid).map((r) => ({ text: r.text, quad: r.position })));
  }
  if (request.op === 'chain') {
    const hits = await findQrCodes(photo, { budgetMs: request.budgetMs, read });
    return done(
      hits.map((h) => ({ text: h.text, quad: h.quad })),
      hits.map((h) => h.strategy),
    );
  }
  // As the app's camera path: the frame drawn onto a canvas and read back, then the quick path.
  const canvas = new OffscreenCanvas(FRAME.width, FRAME.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  ctx.drawImage(frame, 0, 0);
  const pixels = ctx.getImageData(0, 0, FRAME.width, FRAME.height);
  const hits = await findQrCodes(pixels, { budgetMs: request.budgetMs, read, quick: true });
  return done(hits.map((h) => ({ text: h.text, quad: h.quad })));
}

self.onmessage = async (event: MessageEvent<SetRequest>) => {
  try {
    postMessage(await run(event.data));
  } catch (e) {
    postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
