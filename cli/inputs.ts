// Turning CLI arguments into QR texts: URLs as given, `-` for stdin lines, files by content
// (PDF, PNG/JPEG/WebP/GIF images, or text files of URLs). A file may yield several codes.
import { readFile, stat } from 'node:fs/promises';
import type { VerifyResult } from '../core/types';
import { findingsFor, type PdfFinding } from '../web/features/scan-pdf/pdf-findings';
import { PdfError } from '../web/features/scan-pdf/pdf-pages';

export interface InputItem {
  /** The QR text to verify. */
  text: string;
  /** Where it came from, for the human-readable output. */
  source: string;
  /** For codes read from a PDF: what the PDF adds (doctored text, photo, print quality). */
  findings?: (result: VerifyResult) => PdfFinding[];
}

export class InputError extends Error {
  override name = 'InputError';
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const PDF_PROBLEMS: Record<PdfError['problem'], string> = {
  pdfEncrypted: 'パスワード付きのPDFは読み込めません',
  pdfTooManyPages: 'ページ数が多すぎます（50ページまで）',
  pdfCorrupt: 'PDFが壊れているため読み込めません',
  fileTooLarge: 'ファイルが大きすぎます（20 MB まで）',
};

type Kind = 'pdf' | 'image' | 'text';

function kindOf(bytes: Uint8Array): Kind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38))
    return 'image';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image'; // RIFF....WEBP
  return 'text';
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const lines = (text: string, source: string): InputItem[] =>
  text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line, i) => ({ text: line, source: `${source}:${i + 1}` }));

async function fromFile(path: string, bytes: Uint8Array): Promise<InputItem[]> {
  const kind = kindOf(bytes);
  if (kind === 'text') return lines(new TextDecoder().decode(bytes), path);
  let items: InputItem[];
  if (kind === 'pdf') {
    const scan = await (await import('./pdf-input')).scanPdfFile(bytes).catch((e: unknown) => {
      throw new InputError(
        `${path}: ${e instanceof PdfError ? PDF_PROBLEMS[e.problem] : 'PDFを読み込めません'}`,
      );
    });
    items = scan.codes.map((c) => ({
      text: c.text,
      source: `${path} p.${c.page}`,
      findings: (result: VerifyResult) => findingsFor(scan, c.text, result),
    }));
  } else {
    const texts = await (await import('./decode-image')).decodeQrFromImageFile(bytes).catch(() => {
      throw new InputError(`${path}: 画像を読み込めません`);
    });
    items = texts.map((text, i) => ({ text, source: texts.length > 1 ? `${path} #${i + 1}` : path }));
  }
  if (items.length === 0) throw new InputError(`${path}: 二次元コードが見つかりません`);
  return items;
}

export interface Inputs {
  items: InputItem[];
  /** Files that could not be read: reported, and the run does not count as all valid. */
  problems: string[];
}

/** Throws InputError only for usage errors (a path that does not exist). */
export async function readInputs(args: string[]): Promise<Inputs> {
  const out: Inputs = { items: [], problems: [] };
  for (const arg of args) {
    if (arg === '-') {
      out.items.push(...lines(await readStdin(), 'stdin'));
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info?.isFile()) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(arg)) out.items.push({ text: arg, source: 'URL' });
      else throw new InputError(`ファイルが見つかりません: ${arg}`);
      continue;
    }
    try {
      if (info.size > MAX_FILE_BYTES) throw new InputError(`${arg}: ファイルが大きすぎます（20 MB まで）`);
      out.items.push(...(await fromFile(arg, new Uint8Array(await readFile(arg)))));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.problems.push(e.message);
    }
  }
  return out;
}
