/// <reference lib="webworker" />
// The QR decoder's Web Worker: keeps the wasm and the retry loop off the main thread.
// BarcodeDetector is tried first where the platform has one for QR codes (native-detector.ts);
// zxing-wasm (served from this origin and precached, never from a CDN) does the rest, including
// whatever the native detector did not find.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { Pixels } from '../../../reading/qr/image-ops';
import { decodeQrImage } from '../../../reading/qr/strategies';
import { warmUpImage } from '../../../reading/qr/warm-up';
import { zxingReader } from '../../../reading/qr/zxing-read';
import { frameLuma } from './frame-pixels';
import { detectNatively } from './native-detector';

export interface DecodeRequest {
  id: number;
  /** A camera frame comes as a VideoFrame (or an ImageBitmap where there is none), a file as either. */
  image: ImageBitmap | ImageData | VideoFrame;
  budgetMs: number;
}
/** Compile the wasm now and read one code (sent when the camera opens); answered by WarmedResponse. */
export interface WarmRequest {
  warm: true;
}
export interface WarmedResponse {
  warmed: true;
}
export type DecodeResponse = { id: number; texts: string[] } | { id: number; error: string };

/** Below this budget a request is a camera frame: one attempt (the next frame is the retry). */
const QUICK_BELOW_MS = 200;
/** The warm-up read is one quick attempt, like a frame's. */
const WARM_UP_BUDGET_MS = 20;
/** Bigger bitmaps are drawn shrunk to this many pixels: a phone photo's QR code stays readable. */
const MAX_WORK_PIXELS = 16_000_000;

const zxingOverrides = {
  locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
};
prepareZXingModule({ overrides: zxingOverrides });
const read = zxingReader(readBarcodes);

/** A VideoFrame's displayed size; a bitmap's or ImageData's own. */
const sizeOf = (image: ImageBitmap | ImageData | VideoFrame) =>
  'displayWidth' in image
    ? { width: image.displayWidth, height: image.displayHeight }
    : { width: image.width, height: image.height };

async function toPixels(image: ImageBitmap | ImageData | VideoFrame): Promise<Pixels> {
  if (!('close' in image)) return image;
  const luma = 'visibleRect' in image ? await frameLuma(image).catch(() => null) : null;
  if (luma) return luma;
  const size = sizeOf(image);
  const shrink = Math.min(1, Math.sqrt(MAX_WORK_PIXELS / (size.width * size.height)));
  const width = Math.max(1, Math.round(size.width * shrink));
  const height = Math.max(1, Math.round(size.height * shrink));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

async function decode({ image, budgetMs }: DecodeRequest): Promise<string[]> {
  try {
    const { width, height } = sizeOf(image);
    if (width < 1 || height < 1) return [];
    const texts = await detectNatively(image);
    if (texts.length > 0) return texts;
    return await decodeQrImage(await toPixels(image), { budgetMs, read, quick: budgetMs < QUICK_BELOW_MS });
  } finally {
    if ('close' in image) image.close();
  }
}

/** The warm-up, once per worker: the wasm instantiated and one code read (reading/qr/warm-up.ts). */
let warming: Promise<unknown> | undefined;

self.onmessage = async (event: MessageEvent<DecodeRequest | WarmRequest>) => {
  if ('warm' in event.data) {
    // Instantiates the wasm (fetched from this origin, precached) and reads a certificate-sized
    // code once, before the first frame: wasm functions are compiled on their first call, and
    // that made the first frame take 400–730 ms on top of the instantiation.
    warming ??= prepareZXingModule({ overrides: zxingOverrides, fireImmediately: true })
      .then(() => decodeQrImage(warmUpImage(), { budgetMs: WARM_UP_BUDGET_MS, read, quick: true }))
      .catch(() => {});
    await warming;
    postMessage({ warmed: true } satisfies WarmedResponse);
    return;
  }
  const { id } = event.data;
  try {
    postMessage({ id, texts: await decode(event.data) } satisfies DecodeResponse);
  } catch (e) {
    postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies DecodeResponse);
  }
};
