// A file the user gave us (picker, drop, paste, share): images are decoded in the QR worker,
// PDFs go to the PDF reader (loaded only when a PDF arrives). Sizes are limited up front.
import type { VerifyResult } from '../../../core/types';
import { qrDecoder } from '../qr-decode/shared-decoder';
import type { PdfFinding } from '../../../reading/pdf/pdf-findings';
import type { PdfProgress } from '../scan-pdf/read-pdf';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const FILE_BUDGET_MS = 3000;

export interface FileCodes {
  texts: string[];
  /** Read from a PDF (what to say when it held no code). */
  pdf?: true;
  /** What a PDF adds to each verified code (doctored text, photo, print quality). */
  findingsFor?: (text: string, result: VerifyResult) => PdfFinding[];
}

export type FileProblem =
  | 'fileTooLarge'
  | 'fileUnsupported'
  | 'fileUnreadable'
  | 'pdfEncrypted'
  | 'pdfTooManyPages'
  | 'pdfCorrupt'
  | 'pdfTimeout'
  | 'fileEmpty';

export class FileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
  }
}

async function sniff(file: Blob): Promise<'pdf' | 'image' | 'other'> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (file.type.startsWith('image/')) return 'image';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46)) return 'image';
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57) return 'image';
  return 'other';
}

export async function readCodesFromFile(file: Blob, onProgress?: PdfProgress): Promise<FileCodes> {
  if (file.size === 0) throw new FileError('fileEmpty');
  if (file.size > MAX_FILE_BYTES) throw new FileError('fileTooLarge');
  const kind = await sniff(file);
  if (kind === 'pdf') {
    const { readPdfCodes } = await import('../scan-pdf/read-pdf');
    return readPdfCodes(file, onProgress);
  }
  if (kind !== 'image') throw new FileError('fileUnsupported');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new FileError('fileUnreadable');
  }
  return { texts: await qrDecoder().decode(bitmap, FILE_BUDGET_MS) };
}
