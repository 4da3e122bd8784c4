// A file the user gave us (picker, drop, paste, share): its kind is told by its first bytes
// (reading/file-kind.ts, the same rule as the CLI). Images are decoded in the QR worker, PDFs go
// to the PDF reader (loaded only when a PDF arrives), a text file is read for URLs.
import {
  checkImageHeader,
  checkSize,
  fileKind,
  MAX_ANY_FILE_BYTES,
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
  // One read of the whole file when it may be read at all (a JPEG's size can follow any number
  // of APPn segments, a PDF goes to its reader whole); only the kind's own limit is left to check.
  const whole = file.size <= MAX_ANY_FILE_BYTES ? await file.arrayBuffer() : null;
  const kind = fileKind(new Uint8Array(whole ?? (await file.slice(0, SNIFF_BYTES).arrayBuffer())));
  checkSize(kind, file.size);
  if (!whole) throw new ReadError('fileTooLarge');
  if (kind === 'pdf') {
    const { readPdfCodes } = await import('../scan-pdf/read-pdf');
    return readPdfCodes(whole, onProgress);
  }
  if (kind === 'text') {
    const text = textOf(new Uint8Array(whole));
    if (text === null) throw new ReadError('fileUnsupported');
    return { texts: urlsInText(text).map((u) => u.text.trim()), kind: 'text' };
  }
  checkImageHeader(new Uint8Array(whole));
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ReadError('fileUnreadable');
  }
  return { texts: await qrDecoder().decode(bitmap, FILE_BUDGET_MS), kind: 'image' };
}
