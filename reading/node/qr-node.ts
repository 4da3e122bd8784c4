// QR codes from image files in Node: decoded to pixels with @napi-rs/canvas, read with the same
// strategies as the app (web/features/qr-decode). zxing-wasm gets its wasm from node_modules,
// never from a CDN. Untrusted files: size limits are checked on the header, before decoding.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { readImageHeader } from '../qr/image-header';
import type { Pixels } from '../qr/image-ops';
import { decodeQrImage } from '../qr/strategies';
import { zxingReader } from '../qr/zxing-read';

export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
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
export async function decodeQrFromPixels(pixels: Pixels, budgetMs = DEFAULT_BUDGET_MS): Promise<string[]> {
  await prepare();
  return decodeQrImage(pixels, { budgetMs, read: zxingReader(readBarcodes) });
}

/** The same as decodeQrFromPixels, for an ImageData-shaped object. */
export const decodeQrFromImageData = decodeQrFromPixels;

const TOO_MANY_PIXELS = `画像の画素数が多すぎます（${MAX_IMAGE_PIXELS / 1_000_000} メガピクセルまで）`;

/** Decodes a PNG, JPEG, WebP or GIF file to RGBA; throws a clear Error (in Japanese) for anything else. */
export async function imageFileToPixels(bytes: Uint8Array): Promise<Pixels> {
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new Error(`画像ファイルが大きすぎます（${MAX_IMAGE_BYTES >> 20} MB まで）`);
  const header = readImageHeader(bytes);
  if (!header) throw new Error('PNG・JPEG・WebP・GIF の画像ではありません');
  const tooBig = (w: number, h: number) => w * h > MAX_IMAGE_PIXELS;
  if (tooBig(header.width, header.height)) throw new Error(TOO_MANY_PIXELS);
  let image: Awaited<ReturnType<typeof loadImage>>;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new Error(`${header.format.toUpperCase()} 画像を読み込めません`);
  }
  if (image.width < 1 || image.height < 1)
    throw new Error(`${header.format.toUpperCase()} 画像を読み込めません`);
  if (tooBig(image.width, image.height)) throw new Error(TOO_MANY_PIXELS);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height);
  return { data: data.data, width: data.width, height: data.height };
}

/** QR texts in an image file ([] when none); throws for unreadable, unsupported or oversized files. */
export async function decodeQrFromImageFile(
  bytes: Uint8Array,
  budgetMs = DEFAULT_BUDGET_MS,
): Promise<string[]> {
  return decodeQrFromPixels(await imageFileToPixels(bytes), budgetMs);
}
