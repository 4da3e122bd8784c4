// What kind of file a person or a command line handed over, by its first bytes only (never by
// name or by the browser's MIME type, which a renamed file or a share sheet gets wrong), the size
// limit of each kind, and the one error type of the reading layer. The app and the CLI accept
// exactly the same files because both ask this module. The texts of the problems live in the
// i18n catalogues (i18n/*.ts, key = the problem code).
import { readImageHeader } from './qr/image-header';

export type FileKind = 'pdf' | 'image' | 'text';

const MiB = 1024 * 1024;
/** One limit per kind. A certificate PDF is ~30 KB, a phone photo a few MB. */
export const MAX_FILE_BYTES: Readonly<Record<FileKind, number>> = {
  pdf: 20 * MiB,
  image: 20 * MiB,
  text: 20 * MiB,
};
/** The largest of them: what may be read at all before the kind is known. */
export const MAX_ANY_FILE_BYTES = Math.max(...Object.values(MAX_FILE_BYTES));
/** Pixels an image may declare in its header (a small file can declare a huge one). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Why a file gave no code. Each is a key of the i18n catalogues. */
export type ReadProblem =
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileUnsupported'
  | 'fileUnreadable'
  | 'imageTooManyPixels'
  | 'svgUnsupported'
  | 'textNoUrl'
  | 'noCodeFound'
  | 'noCodeInPdf'
  | 'pdfEncrypted'
  | 'pdfTooManyPages'
  | 'pdfCorrupt'
  | 'pdfTimeout'
  | 'pdfTooMuchWork';

export class ReadError extends Error {
  override name = 'ReadError';
  constructor(readonly problem: ReadProblem) {
    super(problem);
  }
}

/** How many leading bytes `fileKind` looks at. */
export const SNIFF_BYTES = 16;

/**
 * PDF (`%PDF-`), PNG, JPEG, GIF, WebP by their signatures; anything else may be text (the
 * caller checks that it decodes as UTF-8 without control characters: `textOf`).
 */
export function fileKind(head: Uint8Array): FileKind {
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38))
    return 'image';
  // RIFF....WEBP
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45 && head[10] === 0x42)
    return 'image';
  return 'text';
}

/** The size rule for a file of `bytes` bytes of this kind; throws ReadError. */
export function checkSize(kind: FileKind, bytes: number): void {
  if (bytes === 0) throw new ReadError('fileEmpty');
  if (bytes > MAX_FILE_BYTES[kind]) throw new ReadError('fileTooLarge');
}

/**
 * An image is refused from its header, before its pixels are allocated: not one of the four
 * formats (fileUnreadable), or more than 40 MP declared (imageTooManyPixels).
 */
export function checkImageHeader(bytes: Uint8Array): void {
  const header = readImageHeader(bytes);
  if (!header || header.width < 1 || header.height < 1) throw new ReadError('fileUnreadable');
  if (header.width * header.height > MAX_IMAGE_PIXELS) throw new ReadError('imageTooManyPixels');
}

/** UTF-8 without control characters but tab and line breaks (a BOM is dropped), or null. */
export function textOf(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what is refused
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? null : text;
}
