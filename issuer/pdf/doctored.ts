// Demo variants of a certificate PDF that a verifier must see through: the visible data no
// longer matches the QR, the QR belongs to someone else, the QR is on page 2 or rotated, or the
// page is only a scanned image. Each re-renders or re-images honestly; nothing is edited in place.
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { loadPdf, renderPage } from '../../reading/node/pdfjs-node';
import { seededRandom } from '../seeded-random';
import { PAGE_HEIGHT, PAGE_WIDTH } from './page';
import { PRODUCER, renderCertificatePdf } from './render';
import type { CertificatePdfInput, RenderOptions } from './types';

/** (a) The visible 氏名 changed; the QR still carries the original signed credential. */
export function editVisibleName(
  input: CertificatePdfInput,
  newName: string,
  options?: RenderOptions,
): Promise<Uint8Array> {
  return renderCertificatePdf({ ...input, holderName: newName }, options);
}

/** (b) Holder A's visible data with holder B's QR. */
export function withOtherHoldersQr(
  input: CertificatePdfInput,
  otherUrl: string,
  options?: RenderOptions,
): Promise<Uint8Array> {
  return renderCertificatePdf({ ...input, url: otherUrl }, options);
}

/** (c) Two pages, the QR on page 2. */
export function qrOnSecondPage(input: CertificatePdfInput, options?: RenderOptions): Promise<Uint8Array> {
  return renderCertificatePdf(input, { ...options, qrPage: 2 });
}

/** (d) The QR image turned by 90°. */
export function rotatedQr(input: CertificatePdfInput, options?: RenderOptions): Promise<Uint8Array> {
  return renderCertificatePdf(input, { ...options, qrRotation: 90 });
}

export interface ScanOptions {
  /** Default 170. */
  dpi?: number;
  /** Skew in degrees; default 1.5. */
  angle?: number;
  /** Noise amplitude in grey levels; default 10. */
  noise?: number;
  /** Seeds the noise; default 1. */
  seed?: number;
  /** JPEG quality 0–100; default 80. */
  quality?: number;
  creationDate?: Date;
}

/**
 * (e) Page 1 as a scanner would deliver it: rasterised, grey, slightly skewed, noisy, JPEG,
 * in a new A4 PDF holding that one image and no text layer.
 */
export async function scannedLookingPdf(
  pdfBytes: Uint8Array,
  options: ScanOptions = {},
): Promise<Uint8Array> {
  const { dpi = 170, angle = 1.5, noise = 10, seed = 1, quality = 80 } = options;
  const source = await loadPdf(pdfBytes);
  let rendered: Awaited<ReturnType<typeof renderPage>>;
  try {
    rendered = await renderPage(source, 1, dpi);
  } finally {
    await source.destroy();
  }
  const { width, height } = rendered;
  const flat = createCanvas(width, height);
  flat.getContext('2d').putImageData(new ImageData(rendered.data, width, height), 0, 0);

  // Skew onto an off-white scanner bed, then turn everything to noisy grey.
  const scan = createCanvas(width, height);
  const ctx = scan.getContext('2d');
  ctx.fillStyle = '#f2f2ef';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.drawImage(flat, -width / 2, -height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);

  const image = ctx.getImageData(0, 0, width, height);
  const px = image.data;
  const random = seededRandom(seed);
  for (let i = 0; i < px.length; i += 4) {
    const grey = 0.299 * (px[i] as number) + 0.587 * (px[i + 1] as number) + 0.114 * (px[i + 2] as number);
    // Paper is never pure white nor ink pure black on a scan.
    const v = Math.max(0, Math.min(255, 18 + grey * 0.9 + (random() - 0.5) * 2 * noise));
    px[i] = v;
    px[i + 1] = v;
    px[i + 2] = v;
  }
  ctx.putImageData(image, 0, 0);
  const jpeg = new Uint8Array(scan.encodeSync('jpeg', quality));

  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  page.drawImage(await doc.embedJpg(jpeg), { x: 0, y: 0, width: PAGE_WIDTH, height: PAGE_HEIGHT });
  const created = options.creationDate ?? new Date();
  doc.setTitle('スキャン画像');
  doc.setProducer(`${PRODUCER} (scan simulation)`);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  return doc.save();
}
