// A file the user gave us (picker, drop, paste, share): its kind is told by its first bytes
// (reading/file-kind.ts, the same rule as the CLI). Images are decoded in the QR worker, PDFs go
// to the PDF reader (loaded only when a PDF arrives), a text file is read for URLs.
import {
  checkImageHeader,
  checkSize,
  fileKind,
  ReadError,
  SNIFF_BYTES,
  textOf,
} from '../../../reading/file-kind';
import { urlsInText } from '../../../reading/text-urls';
import { qrDecoder } from '../qr-decode/shared-decoder';
import type { FileCodes, PdfProgress } from './file-codes';

export type { FileCodes } from './file-codes';

const FILE_BUDGET_MS = 3000;

export async function readCodesFromFile(file: Blob, onProgress?: PdfProgress): Promise<FileCodes> {
  const kind = fileKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  checkSize(kind, file.size);
  if (kind === 'pdf') {
    const { readPdfCodes } = await import('../scan-pdf/read-pdf');
    return readPdfCodes(file, onProgress);
  }
  if (kind === 'text') {
    const text = textOf(new Uint8Array(await file.arrayBuffer()));
    if (text === null) throw new ReadError('fileUnsupported');
    return { texts: urlsInText(text).map((u) => u.text.trim()), kind: 'text' };
  }
  // The whole file: a JPEG's size can follow any number of APPn segments.
  checkImageHeader(new Uint8Array(await file.arrayBuffer()));
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ReadError('fileUnreadable');
  }
  return { texts: await qrDecoder().decode(bitmap, FILE_BUDGET_MS), kind: 'image' };
}
