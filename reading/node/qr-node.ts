// QR codes from image files in Node: decoded to pixels with @napi-rs/canvas, read with the same
// strategies as the app (reading/qr). zxing-wasm gets its wasm from node_modules, never from a
// CDN. Untrusted files: the size and pixel limits (reading/file-kind.ts) are checked on the
// header, before anything is decoded.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { checkImageHeader, checkSize, MAX_IMAGE_PIXELS, ReadError } from '../file-kind';
import type { Pixels } from '../qr/image-ops';
import { decodeQrImage } from '../qr/strategies';
import { zxingReader } from '../qr/zxing-read';

const DEFAULT_BUDGET_MS = 3000;

let ready: Promise<unknown> | undefined;

function prepare(): Promise<unknown> {
  ready ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    const file = await readFile(wasmPath);
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })().catch((e: unknown) => {
    ready = undefined; // let the next call try again
    throw e;
  });
  return ready;
}

/** QR texts in RGBA pixels (for example a rendered PDF page). Throws on images over 40 MP. */
export async function decodeQrFromPixels(
  pixels: Pixels,
  budgetMs = DEFAULT_BUDGET_MS,
  options?: { pure?: boolean },
): Promise<string[]> {
  await prepare();
  return decodeQrImage(pixels, { budgetMs, read: zxingReader(readBarcodes), ...options });
}

/** Decodes a PNG, JPEG, WebP or GIF file to RGBA; throws ReadError for anything else. */
export async function imageFileToPixels(bytes: Uint8Array): Promise<Pixels> {
  checkSize('image', bytes.length);
  checkImageHeader(bytes);
  let image: Awaited<ReturnType<typeof loadImage>>;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new ReadError('fileUnreadable');
  }
  if (image.width < 1 || image.height < 1) throw new ReadError('fileUnreadable');
  // The decoder's own size can differ from the header's (a GIF's logical screen, say).
  if (image.width * image.height > MAX_IMAGE_PIXELS) throw new ReadError('imageTooManyPixels');
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height);
  return { data: data.data, width: data.width, height: data.height };
}

/** QR texts in an image file ([] when none); throws ReadError for unreadable or oversized files. */
export async function decodeQrFromImageFile(
  bytes: Uint8Array,
  budgetMs = DEFAULT_BUDGET_MS,
): Promise<string[]> {
  return decodeQrFromPixels(await imageFileToPixels(bytes), budgetMs);
}
