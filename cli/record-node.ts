// What the record needs from Node (PROFILE §9): the font and harfbuzz's wasm from node_modules
// for making records, pdf.js (reading/node) for reading a record's page text back, and the
// name, version and build of this CLI for the record's `app`.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type TextRun, textRunsOf } from '../reading/pdf/text-lines';
import { type FontSubsetter, loadFontSubsetter } from '../record/font-subset';
import type { RecordApp } from '../record/record-json';

const require = createRequire(import.meta.url);
export const FONT_MODULE = '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf';
export const HARFBUZZ_WASM_MODULE = 'harfbuzzjs/dist/harfbuzz-subset.wasm';
/** A record has one page, two with long items; a PDF claiming more is not one of ours. */
const MAX_RECORD_PAGES = 10;

let subsetter: Promise<FontSubsetter> | undefined;

/** The whole Noto Sans JP, subset per record; loaded once per process. */
export function nodeFontSubsetter(): Promise<FontSubsetter> {
  subsetter ??= Promise.all([
    readFile(require.resolve(HARFBUZZ_WASM_MODULE)),
    readFile(require.resolve(FONT_MODULE)),
  ]).then(([wasm, font]) => loadFontSubsetter(wasm, new Uint8Array(font)));
  return subsetter;
}

/** Every page's text runs, as pdf.js reports them (record/page-compare.ts reads them). */
export async function pdfPageText(pdf: Uint8Array): Promise<TextRun[][]> {
  const { loadPdf } = await import('../reading/node/pdfjs-node');
  const doc = await loadPdf(pdf);
  try {
    const pages: TextRun[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_RECORD_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(textRunsOf(content.items));
      page.cleanup();
    }
    return pages;
  } finally {
    // Not awaited: with pdf.js's in-thread worker, destroy() may wait on a port nobody answers.
    void doc.destroy().catch(() => {});
  }
}

/** The git commit this tree was checked out at (short), or 'unknown' outside a checkout. */
function gitBuild(root: string): string {
  try {
    const head = readFileSync(join(root, '.git', 'HEAD'), 'utf8').trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    const packed = () =>
      readFileSync(join(root, '.git', 'packed-refs'), 'utf8')
        .split('\n')
        .find((line) => line.endsWith(` ${ref}`))
        ?.slice(0, 40) ?? '';
    const loose = () => readFileSync(join(root, '.git', ref ?? ''), 'utf8').trim();
    const commit = ref ? (existsSync(join(root, '.git', ref)) ? loose() : packed()) : head;
    return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 12) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The record's `app` for records this CLI makes. DQC_BUILD overrides the build. */
export function cliApp(): RecordApp {
  const packageFile = require.resolve('../package.json');
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  return { name: 'dqc verify CLI', version, build: process.env.DQC_BUILD ?? gitBuild(dirname(packageFile)) };
}
