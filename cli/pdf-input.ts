// PDFs in the verifier CLI: the same page scanning, cross-check and print-quality code as the
// app (web/features/scan-pdf), with pdf.js's Node build and @napi-rs/canvas.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Pixels } from '../reading/qr/image-ops';
import { scanPdfCodes } from '../reading/pdf/pdf-codes';
import type { PdfCodes } from '../reading/pdf/pdf-findings';
import type { PdfEnvironment } from '../reading/pdf/pdf-pages';
import { decodeQrFromPixels } from '../reading/node/qr-node';

const PDFJS_PACKAGE = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
const PDFJS_ROOT = dirname(PDFJS_PACKAGE);

/** The canvas copy pdf.js itself resolves: its Path2D objects only work with that copy. */
const canvasModule = (): typeof import('@napi-rs/canvas') => createRequire(PDFJS_PACKAGE)('@napi-rs/canvas');

function rawToPixels(image: unknown): Pixels | null {
  const img = image as { data?: Uint8Array | Uint8ClampedArray; width: number; height: number };
  if (!img?.data || !img.width || !img.height) return null;
  const n = img.width * img.height;
  const channels = img.data.length / n;
  if (channels === 4) return { data: new Uint8ClampedArray(img.data), width: img.width, height: img.height };
  if (channels !== 3 && channels !== 1) return null;
  const rgba = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const r = img.data[i * channels] ?? 0;
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = channels === 3 ? (img.data[i * 3 + 1] ?? 0) : r;
    rgba[i * 4 + 2] = channels === 3 ? (img.data[i * 3 + 2] ?? 0) : r;
    rgba[i * 4 + 3] = 255;
  }
  return { data: rgba, width: img.width, height: img.height };
}

async function nodeEnvironment(): Promise<PdfEnvironment> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as typeof import('pdfjs-dist');
  const canvas = canvasModule();
  return {
    pdfjs,
    documentOptions: {
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
      cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
      cMapPacked: true,
      wasmUrl: `${join(PDFJS_ROOT, 'wasm')}/`,
      verbosity: 0,
    },
    createCanvas: (w, h) => canvas.createCanvas(w, h),
    readPixels: (c, w, h) => {
      const data = (c as ReturnType<typeof canvas.createCanvas>).getContext('2d').getImageData(0, 0, w, h);
      return { data: data.data, width: w, height: h };
    },
    imagePixels: rawToPixels,
    decode: decodeQrFromPixels,
  };
}

export async function scanPdfFile(bytes: Uint8Array): Promise<PdfCodes> {
  return scanPdfCodes(await nodeEnvironment(), bytes);
}
