/// <reference lib="webworker" />
// The bench's copy of the app's QR worker (web/features/qr-decode/qr-worker.ts): the same
// zxing-wasm set-up, the same bitmap-to-pixels step and the same chain (reading/qr), answering
// with positions as well as texts so that bench/qr-set.ts can match them with the labels. Also
// runs zxing-wasm alone (one readBarcodes, the library's defaults) on the same pixels, and the
// camera-frame path (a 1280×720 frame, quick) for its timing.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { Pixels } from '../../reading/qr/image-ops';
import { findQrCodes } from '../../reading/qr/strategies';
import { zxingReader } from '../../reading/qr/zxing-read';
import type { ReadSymbol } from '../lib/qr-set-score';

export interface SetRequest {
  image: ImageBitmap;
  budgetMs: number;
  frameBudgetMs: number;
}
export interface SetResponse {
  width: number;
  height: number;
  /** Bitmap to pixels, as the app's worker does it. */
  pixelsMs: number;
  zxing: { symbols: ReadSymbol[]; ms: number };
  chain: { symbols: ReadSymbol[]; ms: number; strategies: string[] };
  frame: { texts: number; ms: number };
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
function toFrame(image: ImageBitmap): Pixels {
  const s = Math.max(FRAME.width / image.width, FRAME.height / image.height);
  const canvas = new OffscreenCanvas(FRAME.width, FRAME.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  const w = image.width * s;
  const h = image.height * s;
  ctx.drawImage(image, (FRAME.width - w) / 2, (FRAME.height - h) / 2, w, h);
  return ctx.getImageData(0, 0, FRAME.width, FRAME.height);
}

async function run({ image, budgetMs, frameBudgetMs }: SetRequest): Promise<SetResponse> {
  let t = performance.now();
  const pixels = toPixels(image);
  const pixelsMs = performance.now() - t;
  t = performance.now();
  const results = await readBarcodes(pixels as ImageData, { formats: ['QRCode'], textMode: 'Plain' });
  const zxing = {
    symbols: results.filter((r) => r.isValid).map((r) => ({ text: r.text, quad: r.position })),
    ms: performance.now() - t,
  };
  t = performance.now();
  const hits = await findQrCodes(pixels, { budgetMs, read });
  const chain = {
    symbols: hits.map((h) => ({ text: h.text, quad: h.quad })),
    ms: performance.now() - t,
    strategies: hits.map((h) => h.strategy),
  };
  const frame = toFrame(image);
  image.close();
  t = performance.now();
  const texts = (await findQrCodes(frame, { budgetMs: frameBudgetMs, read, quick: true })).length;
  return {
    width: pixels.width,
    height: pixels.height,
    pixelsMs,
    zxing,
    chain,
    frame: { texts, ms: performance.now() - t },
  };
}

self.onmessage = async (event: MessageEvent<SetRequest>) => {
  try {
    postMessage(await run(event.data));
  } catch (e) {
    postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
