// Shared inputs and PDF inspection helpers for the certificate PDF tests.
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { CertificatePdfInput } from '../../../issuer/pdf/types';
import { loadPdf } from '../../../reading/node/pdfjs-node';

/** A fixed credential-like URL (~430 characters, like a real signed credential). */
export function sampleUrl(seed = 1): string {
  const bytes = new Uint8Array(300).map((_, i) => (i * 37 + seed * 101) & 0xff);
  return `https://dqcv.nqs.go.jp/w/?c=${Buffer.from(bytes).toString('base64url')}`;
}

/** 2026-09-20 15:30 UTC = 2026-09-21 00:30 JST: the shown 発行日 must be the JST date. */
export const ISSUED_AT = Date.UTC(2026, 8, 20, 15, 30) / 1000;
export const CREATED = new Date(Date.UTC(2026, 8, 20, 15, 30));

export const SAMPLE: CertificatePdfInput = {
  url: sampleUrl(),
  qualificationCode: 1,
  qualificationName: '介護福祉士',
  holderName: '山田 花子',
  holderNameKana: 'ヤマダ ハナコ',
  birthDate: '1990-04-01',
  registrationNumber: '100001',
  registrationDate: '2016-04-01',
  issuedAt: ISSUED_AT,
  grantDate: '2016-05-20',
  issuingBody: '厚生労働大臣',
};

/** 64 characters: the longest name the profile allows. */
export const LONG_NAME =
  '寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処藪ら柑子の藪柑子パイポパイポパイポのシューリンガンシュ';

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** pdf.js text items of a page in content order (empty items dropped, " " gap items kept). */
export async function textRuns(pdf: Uint8Array, pageNumber = 1): Promise<TextRun[]> {
  const doc = await loadPdf(pdf);
  try {
    const content = await (await doc.getPage(pageNumber)).getTextContent();
    return content.items.flatMap((item) => {
      if (!('str' in item) || item.str === '') return [];
      const [, , , d, e, f] = item.transform as number[];
      return [{ str: item.str, x: e ?? 0, y: f ?? 0, width: item.width, size: d ?? 0 }];
    });
  } finally {
    await doc.destroy();
  }
}

/** Value text starts here on page 1 (README-layout.md); 206 on the back page. */
export const FRONT_VALUE_X = 156;
export const BACK_VALUE_X = 206;

/**
 * Label → value as README-layout.md tells a verifier to read it: after a label run, the runs
 * in the value column on the label's baseline or within two lines below the previous one,
 * joined and trimmed. pdf.js reports spaces as " " gap items, so those are kept in between.
 */
export function valuesByLabel(
  runs: TextRun[],
  labels: readonly string[],
  valueX = FRONT_VALUE_X,
): Map<string, string> {
  const out = new Map<string, string>();
  let row: { label: string; y: number; lastY: number } | undefined;
  for (const run of runs) {
    if (labels.includes(run.str) && run.x < valueX - 50) {
      row = { label: run.str, y: run.y, lastY: run.y };
      out.set(row.label, '');
      continue;
    }
    if (!row) continue;
    const inColumn = run.str.trim() === '' || run.x >= valueX - 0.5;
    const inRow = run.y <= row.y + 0.5 && run.y >= row.lastY - 2 * Math.max(run.size, 12);
    if (!inColumn || !inRow) continue;
    out.set(row.label, `${out.get(row.label)}${run.str}`);
    row.lastY = run.y;
  }
  for (const [label, value] of out) out.set(label, value.trim());
  return out;
}

export interface ImageStream {
  filter: string;
  width: number;
  height: number;
  colorSpace: string;
  /** Stream data as stored (still encoded). */
  data: Uint8Array;
}

/** Every image XObject in the file, read with pdf-lib's parser. */
export async function imageStreams(pdf: Uint8Array): Promise<ImageStream[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const out: ImageStream[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    out.push({
      filter: String(dict.get(PDFName.of('Filter'))),
      width: Number(String(dict.get(PDFName.of('Width')))),
      height: Number(String(dict.get(PDFName.of('Height')))),
      colorSpace: String(dict.get(PDFName.of('ColorSpace'))),
      data: object.contents,
    });
  }
  return out;
}

/** The QR image's pixels (one per module, quiet zone included). */
export async function qrPixels(pdf: Uint8Array): Promise<{ side: number; pixels: Uint8Array }> {
  const qr = (await imageStreams(pdf)).filter(
    (i) => i.colorSpace === '/DeviceGray' && i.filter === '/FlateDecode',
  );
  if (qr.length !== 1) throw new Error(`expected one QR image, found ${qr.length}`);
  const [image] = qr as [ImageStream];
  return { side: image.width, pixels: new Uint8Array(inflateSync(image.data)) };
}

export interface ImagePaint {
  /** The current transformation matrix when the image was painted. */
  matrix: number[];
}

/** Image paints on a page with their CTM, from pdf.js's operator list. */
export async function imagePaints(pdf: Uint8Array, pageNumber: number): Promise<ImagePaint[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await loadPdf(pdf);
  try {
    const list = await (await doc.getPage(pageNumber)).getOperatorList();
    const stack: number[][] = [];
    let ctm = [1, 0, 0, 1, 0, 0];
    const paints: ImagePaint[] = [];
    list.fnArray.forEach((fn, i) => {
      const args = list.argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (fn === OPS.transform) ctm = multiply(args as number[], ctm);
      else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject)
        paints.push({ matrix: ctm });
    });
    return paints;
  } finally {
    await doc.destroy();
  }
}

/** m × n for PDF matrices [a b c d e f] (m applied first). */
function multiply(m: number[], n: number[]): number[] {
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const [A, B, C, D, E, F] = n as [number, number, number, number, number, number];
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}
