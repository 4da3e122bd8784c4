// Turning CLI arguments into QR texts: URLs as given, `-` for stdin lines, files by content
// (PDF, PNG/JPEG/WebP/GIF images, or text files of URLs). A file may yield several codes.
import { readFile, stat } from 'node:fs/promises';
import type { VerifyResult } from '../core/types';
import { parseCsv } from '../issuer/batch-input';
import { findingsFor, type PdfFinding } from '../reading/pdf/pdf-findings';
import { PdfError } from '../reading/pdf/pdf-pages';

export interface InputItem {
  /** The QR text to verify. */
  text: string;
  /** Where it came from, for the human-readable output. */
  source: string;
  /** For codes read from a PDF: what the PDF adds (doctored text, photo, print quality). */
  findings?: (result: VerifyResult) => PdfFinding[];
}

/** An input that gave no code: reported in its place, and the run does not count as all valid. */
export interface InputProblem {
  source: string;
  problem: string;
}

export type InputEntry = InputItem | InputProblem;
export const isProblem = (entry: InputEntry): entry is InputProblem => 'problem' in entry;

export class InputError extends Error {
  override name = 'InputError';
}

const UNSUPPORTED =
  '対応していない形式です（PDF、PNG・JPEG・WebP・GIF の画像、URL を 1 行ずつ書いたテキスト）';

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

/** A text file of URLs is UTF-8 with no control characters but tab and line breaks. */
function asText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what is refused
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? null : text;
}

/** Standard input, at most MAX_FILE_BYTES (null beyond: it is not read further). */
async function readStdin(): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) {
      process.stdin.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/**
 * URLs one per line; or, for a CSV whose header has a `url` column (the list an issuer batch
 * leaves, or a spreadsheet export), that column, row by row.
 */
const csv = (text: string): string[][] | null => {
  try {
    return parseCsv(text);
  } catch {
    return null; // an unbalanced quote: not a CSV
  }
};

function lines(text: string, source: string): InputEntry[] {
  const [header] = csv(text.slice(0, text.search(/\r?\n|$/))) ?? [];
  const column = header && header.length > 1 ? header.map((h) => h.trim().toLowerCase()).indexOf('url') : -1;
  const table = column >= 0 ? csv(text) : null;
  const items = table
    ? table.slice(1).map((row, i) => ({ text: row[column] ?? '', source: `${source}:${i + 2}` }))
    : text.split(/\r?\n/).map((line, i) => ({ text: line, source: `${source}:${i + 1}` }));
  // An SVG (the issuer's --svg output) is an image format this reader does not decode.
  if (/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(text))
    return [{ source, problem: 'SVG の画像は読めません（同じ名前の .png か .url、PDF を指定してください）' }];
  const found = items.filter((item) => item.text !== '');
  // A text with no line that could be a URL (an SVG, notes) is not a list of invalid certificates.
  return found.some((item) => /^\s*https?:\/\/|\?c=/i.test(item.text))
    ? found
    : [
        {
          source,
          problem: 'URL が書かれていません（1 行に 1 つ、https:// から始まる URL を書いてください）',
        },
      ];
}

async function fromFile(path: string, bytes: Uint8Array): Promise<InputEntry[]> {
  const kind = kindOf(bytes);
  if (kind === 'text') {
    const text = asText(bytes);
    return text === null ? [{ source: path, problem: UNSUPPORTED }] : lines(text, path);
  }
  let items: InputItem[];
  if (kind === 'pdf') {
    const scan = await (await import('./pdf-input')).scanPdfFile(bytes).catch((e: unknown) => {
      throw new InputError(e instanceof PdfError ? PDF_PROBLEMS[e.problem] : 'PDFを読み込めません');
    });
    // One result per code, its source naming every page that carries it (findingsFor reads each).
    const texts = [...new Set(scan.codes.map((c) => c.text))];
    items = texts.map((text) => ({
      text,
      source: `${path} p.${scan.codes
        .filter((c) => c.text === text)
        .map((c) => c.page)
        .join(',')}`,
      findings: (result: VerifyResult) => findingsFor(scan, text, result),
    }));
  } else {
    // The reason is the person's to know (too many pixels, not an image at all, …).
    const texts = await (await import('../reading/node/qr-node')).decodeQrFromImageFile(bytes).catch((e: unknown) => {
      throw new InputError(`画像を読み込めません（${(e as Error).message}）`);
    });
    items = texts.map((text, i) => ({ text, source: texts.length > 1 ? `${path} #${i + 1}` : path }));
  }
  return items.length > 0 ? items : [{ source: path, problem: '二次元コードが見つかりません' }];
}

/** An argument that is not a file but reads as a URL is verified as given (PROFILE §2: no trimming). */
const looksLikeUrl = (arg: string) => /^\s*[a-z][a-z0-9+.-]*:/i.test(arg) || arg.includes('?c=');

/**
 * One entry per code found, or per input that gave none, in argument order. Throws InputError
 * only for usage errors (a path that does not exist, or a folder).
 */
export async function readInputs(args: string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const arg of args) {
    if (arg === '-') {
      const text = await readStdin();
      out.push(
        ...(text === null
          ? [{ source: 'stdin', problem: '大きすぎます（20 MB まで）' }]
          : lines(text, 'stdin')),
      );
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) throw new InputError(`フォルダは指定できません: ${arg}`);
    if (!info?.isFile()) {
      // Never echoed: such an argument may hold a whole credential (personal data).
      if (looksLikeUrl(arg)) out.push({ text: arg, source: 'URL' });
      // Anything holding a long base64 run is most likely a credential without its URL (c=…,
      // standard base64, a stray space): not echoed either.
      else if (/[A-Za-z0-9_\-+/]{40,}/.test(arg))
        throw new InputError(
          'ファイルが見つかりません（証明書の URL なら https:// から全体を指定してください）',
        );
      else throw new InputError(`ファイルが見つかりません: ${arg}`);
      continue;
    }
    try {
      if (info.size > MAX_FILE_BYTES) throw new InputError('ファイルが大きすぎます（20 MB まで）');
      out.push(...(await fromFile(arg, new Uint8Array(await readFile(arg)))));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.push({ source: arg, problem: e.message });
    }
  }
  return out;
}
