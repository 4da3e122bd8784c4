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
  /** A camera frame comes as a VideoFrame (or an ImageBitmap where there is none), a file as either. */
  image: ImageBitmap | ImageData | VideoFrame;
  budgetMs: number;
}
/** Compile the wasm now (sent when the camera opens); no answer. */
export interface WarmRequest {
  warm: true;
}
export type DecodeResponse = { id: number; texts: string[] } | { id: number; error: string };

/** Below this budget a request is a camera frame: one attempt (the next frame is the retry). */
const QUICK_BELOW_MS = 200;
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

function toPixels(image: ImageBitmap | ImageData | VideoFrame): Pixels {
  if (!('close' in image)) return image;
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
    return await decodeQrImage(toPixels(image), { budgetMs, read, quick: budgetMs < QUICK_BELOW_MS });
  } finally {
    if ('close' in image) image.close();
  }
}

self.onmessage = async (event: MessageEvent<DecodeRequest | WarmRequest>) => {
  if ('warm' in event.data) {
    // Instantiates the wasm (fetched from this origin, precached) before the first frame needs it.
    void prepareZXingModule({ overrides: zxingOverrides, fireImmediately: true }).catch(() => {});
    return;
  }
  const { id } = event.data;
  try {
    postMessage({ id, texts: await decode(event.data) } satisfies DecodeResponse);
  } catch (e) {
    postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies DecodeResponse);
  }
};
