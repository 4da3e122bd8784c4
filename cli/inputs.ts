// Turning CLI arguments into QR texts: URLs as given, `-` for stdin lines, files by content
// (reading/file-kind.ts: PDF, PNG/JPEG/WebP/GIF images, or text files of URLs — exactly what the
// app accepts). A file may yield several codes. A file that gives none keeps its place with the
// reason, in the words of the app's Japanese catalogue.
import { readFile, stat } from 'node:fs/promises';
import type { VerifyResult } from '../core/types';
import { ja } from '../i18n/ja';
import {
  checkSize,
  fileKind,
  MAX_FILE_BYTES,
  ReadError,
  type ReadProblem,
  textOf,
} from '../reading/file-kind';
import { findingsFor, type PdfCodes, type PdfFinding } from '../reading/pdf/pdf-findings';
import { type PdfWork, TooMuchWork } from '../reading/pdf/pdf-work';
import { urlsInText } from '../reading/text-urls';

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

/** A usage error (exit code 2): a path that does not exist, or a folder. */
export class InputError extends Error {
  override name = 'InputError';
}

const problem = (source: string, code: ReadProblem): InputProblem => ({ source, problem: ja[code] });

/** Standard input, at most the text limit (null beyond: it is not read further). */
async function readStdin(): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES.text) {
      process.stdin.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function fromText(text: string, source: string): InputEntry[] {
  return urlsInText(text).map((u) => ({ text: u.text, source: `${source}:${u.line}` }));
}

/**
 * A PDF is read in a separate process that is stopped on the work budget's caps (time, memory),
 * so no PDF can hold up or take down the CLI (reading/node/pdf-sandbox.ts). Only if that process
 * cannot start at all is the PDF read here, within the budget's counted caps.
 */
async function scanPdf(path: string, bytes: Uint8Array) {
  const { scanPdfIsolated } = await import('../reading/node/pdf-sandbox');
  let scan: PdfCodes & { work?: PdfWork };
  try {
    scan = await scanPdfIsolated(bytes);
  } catch (e) {
    if (e instanceof TooMuchWork) reportWork(path, e.work, e.cap);
    if (e instanceof ReadError) throw e;
    scan = await (await import('../reading/node/pdfjs-node')).scanPdfFile(bytes);
  }
  reportWork(path, scan.work);
  return scan;
}

/** DQC_PDF_WORK=1: what each PDF cost, on stderr, for tests and benches (counts, no content). */
function reportWork(path: string, work: PdfWork | undefined, cap?: string): void {
  if (process.env.DQC_PDF_WORK === '1' && work)
    process.stderr.write(`PDF work: ${JSON.stringify({ source: path, ...(cap && { cap }), work })}\n`);
}

async function fromPdf(path: string, bytes: Uint8Array): Promise<InputItem[]> {
  const scan = await scanPdf(path, bytes);
  // One result per code, its source naming every page that carries it (findingsFor reads each).
  const texts = [...new Set(scan.codes.map((c) => c.text))];
  return texts.map((text) => ({
    text,
    source: `${path} p.${scan.codes
      .filter((c) => c.text === text)
      .map((c) => c.page)
      .join(',')}`,
    findings: (result: VerifyResult) => findingsFor(scan, text, result),
  }));
}

async function fromImage(path: string, bytes: Uint8Array): Promise<InputItem[]> {
  const texts = await (await import('../reading/node/qr-node')).decodeQrFromImageFile(bytes);
  return texts.map((text, i) => ({ text, source: texts.length > 1 ? `${path} #${i + 1}` : path }));
}

async function fromFile(path: string, bytes: Uint8Array): Promise<InputEntry[]> {
  const kind = fileKind(bytes);
  checkSize(kind, bytes.length);
  if (kind === 'text') {
    const text = textOf(bytes);
    return text === null ? [problem(path, 'fileUnsupported')] : fromText(text, path);
  }
  const items = kind === 'pdf' ? await fromPdf(path, bytes) : await fromImage(path, bytes);
  return items.length > 0 ? items : [problem(path, kind === 'pdf' ? 'noCodeInPdf' : 'noCodeFound')];
}

/** An argument that is not a file but reads as a URL is verified as given (PROFILE §2: no trimming). */
const looksLikeUrl = (arg: string) => /^\s*[a-z][a-z0-9+.-]*:/i.test(arg) || arg.includes('?c=');

/** One argument's entries. */
async function readArgument(arg: string): Promise<InputEntry[]> {
  if (arg === '-') {
    const text = await readStdin();
    return text === null ? [problem('stdin', 'fileTooLarge')] : fromText(text, 'stdin');
  }
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) throw new InputError(`フォルダは指定できません: ${arg}`);
  if (!info?.isFile()) {
    // Never echoed: such an argument may hold a whole credential (personal data).
    if (looksLikeUrl(arg)) return [{ text: arg, source: 'URL' }];
    // Anything holding a long base64 run is most likely a credential without its URL (c=…,
    // standard base64, a stray space): not echoed either.
    if (/[A-Za-z0-9_\-+/]{40,}/.test(arg))
      throw new InputError(
        'ファイルが見つかりません（証明書の URL なら https:// から全体を指定してください）',
      );
    throw new InputError(`ファイルが見つかりません: ${arg}`);
  }
  if (info.size > Math.max(...Object.values(MAX_FILE_BYTES))) return [problem(arg, 'fileTooLarge')];
  return fromFile(arg, new Uint8Array(await readFile(arg)));
}

/**
 * One entry per code found, or per input that gave none, in argument order: whatever one input
 * does, every other input still gets its result. Throws InputError only for usage errors (a path
 * that does not exist, or a folder).
 */
export async function readInputs(args: string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  // The PDF reading process starts while the inputs before the first PDF are read.
  if (args.some((a) => /\.pdf$/i.test(a))) (await import('../reading/node/pdf-sandbox')).startPdfReader();
  for (const arg of args) {
    try {
      out.push(...(await readArgument(arg)));
    } catch (e) {
      if (e instanceof InputError) throw e;
      const source = arg === '-' ? 'stdin' : arg;
      out.push(problem(source, e instanceof ReadError ? e.problem : 'fileUnreadable'));
    }
  }
  return out;
}
