// Finding `dqc-record.json` in a PDF (PROFILE §9: the catalogue's Names → EmbeddedFiles name tree)
// and taking its bytes out without trusting its size: the stream is inflated with the core's
// capped inflater, so a record claiming 2 MiB or more stops at the cap instead of filling memory.
// Any PDF may come in (a certificate, a scan, a broken file): every failure is a problem text, and
// nothing throws out of here.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { InflateError, inflateZlib } from '../core/inflate';
import { MAX_RECORD_JSON_BYTES, RECORD_FILE_NAME } from './record-json';

/** Why no record JSON came out (Japanese, shown and put in `differences`). */
export const EMBEDDED_PROBLEMS = {
  notPdf: 'PDFとして読めません',
  notRecord: '確認記録ではありません（PDFに dqc-record.json が添付されていません）',
  several: '確認記録のデータ（dqc-record.json）が複数あります',
  encoding: '確認記録のデータ（dqc-record.json）の圧縮形式に対応していません',
  corrupt: '確認記録のデータ（dqc-record.json）が壊れています',
  tooLarge: `確認記録のデータ（dqc-record.json）が大きすぎます（${MAX_RECORD_JSON_BYTES / 1024 / 1024} MiB まで）`,
} as const;
export type EmbeddedProblem = keyof typeof EMBEDDED_PROBLEMS;

export type EmbeddedReading = { ok: true; bytes: Uint8Array } | { ok: false; problem: EmbeddedProblem };

/** A name tree is walked at most this deep and this wide (a hostile PDF may loop or sprawl). */
const MAX_DEPTH = 8;
const MAX_ENTRIES = 10_000;

const textOf = (o: PDFObject | undefined) =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

/** Every [name, file specification] pair of the EmbeddedFiles name tree. */
function nameTreeEntries(doc: PDFDocument, root: PDFDict): [string | undefined, PDFDict][] {
  const out: [string | undefined, PDFDict][] = [];
  const visit = (node: PDFDict, depth: number) => {
    if (depth > MAX_DEPTH || out.length > MAX_ENTRIES) return;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size() && out.length <= MAX_ENTRIES; i += 2) {
        const spec = doc.context.lookup(names.get(i + 1));
        if (spec instanceof PDFDict) out.push([textOf(names.lookup(i)), spec]);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray)
      for (let i = 0; i < kids.size(); i++) {
        const kid = kids.lookup(i);
        if (kid instanceof PDFDict) visit(kid, depth + 1);
      }
  };
  visit(root, 1);
  return out;
}

const isRecordSpec = ([name, spec]: [string | undefined, PDFDict]) =>
  name === RECORD_FILE_NAME ||
  textOf(spec.lookup(PDFName.of('UF'))) === RECORD_FILE_NAME ||
  textOf(spec.lookup(PDFName.of('F'))) === RECORD_FILE_NAME;

/** The stream's data, decoded: no filter or FlateDecode alone, at most MAX_RECORD_JSON_BYTES. */
function decoded(stream: PDFRawStream): EmbeddedReading {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const filters =
    filter instanceof PDFArray ? filter.asArray().map((f) => stream.dict.context.lookup(f)) : [filter];
  const names = filters
    .filter((f) => f !== undefined)
    .map((f) => (f instanceof PDFName ? f.asString() : '?'));
  if (stream.dict.has(PDFName.of('DecodeParms'))) return { ok: false, problem: 'encoding' };
  if (names.length === 0) {
    return stream.contents.length > MAX_RECORD_JSON_BYTES
      ? { ok: false, problem: 'tooLarge' }
      : { ok: true, bytes: stream.contents };
  }
  if (names.length > 1 || names[0] !== '/FlateDecode') return { ok: false, problem: 'encoding' };
  try {
    return { ok: true, bytes: inflateZlib(stream.contents, MAX_RECORD_JSON_BYTES) };
  } catch (e) {
    const tooLarge = e instanceof InflateError && e.message === 'inflated data exceeds the limit';
    return { ok: false, problem: tooLarge ? 'tooLarge' : 'corrupt' };
  }
}

/** The bytes of the PDF's one `dqc-record.json`. Never throws. */
export async function embeddedRecordJson(pdf: Uint8Array): Promise<EmbeddedReading> {
  let doc: PDFDocument;
  let specs: [string | undefined, PDFDict][];
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
    // A file pdf-lib half-reads (a header and no catalogue) is not a PDF either.
    const names = doc.catalog.lookup(PDFName.of('Names'));
    const root = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
    if (!(root instanceof PDFDict)) return { ok: false, problem: 'notRecord' };
    specs = nameTreeEntries(doc, root).filter(isRecordSpec);
  } catch {
    return { ok: false, problem: 'notPdf' };
  }
  if (specs.length > 1) return { ok: false, problem: 'several' };
  const [spec] = specs;
  if (!spec) return { ok: false, problem: 'notRecord' };
  try {
    const ef = spec[1].lookup(PDFName.of('EF'));
    const stream = ef instanceof PDFDict ? ef.lookup(PDFName.of('F')) : undefined;
    if (!(stream instanceof PDFRawStream)) return { ok: false, problem: 'corrupt' };
    return decoded(stream);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}
