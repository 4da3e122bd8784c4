/// <reference lib="webworker" />
// The QR decoder's Web Worker: keeps the wasm and the retry loop off the main thread.
// BarcodeDetector is tried first where the platform has one for QR codes (native-detector.ts);
// zxing-wasm (served from this origin and precached, never from a CDN) does the rest, including
// whatever the native detector did not find.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { Pixels } from '../../../reading/qr/image-ops';
import { decodeQrImage } from '../../../reading/qr/strategies';
import { zxingReader } from '../../../reading/qr/zxing-read';
import { detectNatively } from './native-detector';

export interface DecodeRequest {
  id: number;
  image: ImageBitmap | ImageData;
  budgetMs: number;
}
export type DecodeResponse = { id: number; texts: string[] } | { id: number; error: string };

/** Below this budget a request is a camera frame: one attempt (the next frame is the retry). */
const QUICK_BELOW_MS = 200;
/** Bigger bitmaps are drawn shrunk to this many pixels: a phone photo's QR code stays readable. */
const MAX_WORK_PIXELS = 16_000_000;

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
});
const read = zxingReader(readBarcodes);

function toPixels(image: ImageBitmap | ImageData): Pixels {
  if (!('close' in image)) return image;
  const shrink = Math.min(1, Math.sqrt(MAX_WORK_PIXELS / (image.width * image.height)));
  const width = Math.max(1, Math.round(image.width * shrink));
  const height = Math.max(1, Math.round(image.height * shrink));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

async function decode({ image, budgetMs }: DecodeRequest): Promise<string[]> {
  try {
    if (image.width < 1 || image.height < 1) return [];
    const texts = await detectNatively(image);
    if (texts.length > 0) return texts;
    return await decodeQrImage(toPixels(image), { budgetMs, read, quick: budgetMs < QUICK_BELOW_MS });
  } finally {
    if ('close' in image) image.close();
  }
}

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const { id } = event.data;
  try {
    postMessage({ id, texts: await decode(event.data) } satisfies DecodeResponse);
  } catch (e) {
    postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies DecodeResponse);
  }
};
