// Test tools for records: a record of a real verification in an in-memory world, the page text
// as the CLI reads it, and the ways a filed record gets doctored — the embedded JSON replaced,
// the page's content stream edited (glyph ids swapped, as a PDF editor would), a token re-signed
// by another key.
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';
import { nodeFontSubsetter, pdfPageText } from '../../../cli/record-node';
import { Tagged } from '../../../core/cbor/decode';
import { encodeCbor } from '../../../core/cbor/encode';
import { COSE_SIGN1_TAG, parseSign1 } from '../../../core/cose/sign1';
import { ES256 } from '../../../core/crypto/algorithms';
import type { VerifyContext } from '../../../core/types';
import { verify } from '../../../core/verify';
import type { KeyPair } from '../../../issuer/folder/keys';
import { signatureOver } from '../../../issuer/issuing/sign';
import { capturingContext } from '../../../record/evidence';
import { makeRecordJson, RECORD_FILE_NAME, type RecordJson } from '../../../record/record-json';
import { makeRecordPdf } from '../../../record/record-pdf';

export const APP = { name: '資格者証の確認（テスト）', version: '0.0.0', build: 'test' };

/** A record of verifying `url` with `ctx`, as the CLI's --save-records makes it. */
export async function recordOf(
  url: string,
  ctx: VerifyContext,
  extra: { minimal?: boolean; operator?: RecordJson['operator']; retention?: string } = {},
): Promise<{ json: RecordJson; pdf: Uint8Array }> {
  const capture = capturingContext(ctx);
  const result = await verify(url, capture.context);
  const { recordEvidence } = await import('../../../record/evidence');
  const json = makeRecordJson({
    checkedAt: ctx.now,
    result,
    evidence: recordEvidence(capture.use(url), result),
    minimal: extra.minimal === true,
    app: APP,
    ...(extra.operator && { operator: extra.operator }),
  });
  const pdf = await makeRecordPdf(
    json,
    await nodeFontSubsetter(),
    extra.retention ? { retention: extra.retention } : {},
  );
  return { json, pdf };
}

export const pageText = pdfPageText;

/** All text of all pages, joined (for "no birth date anywhere"). */
export async function visibleText(pdf: Uint8Array): Promise<string> {
  return (await pdfPageText(pdf))
    .flat()
    .map((r) => r.text)
    .join('');
}

/** The embedded dqc-record.json replaced by `bytes` (the page untouched). */
export async function withEmbedded(pdf: Uint8Array, bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
  names.delete(PDFName.of('EmbeddedFiles'));
  doc.catalog.delete(PDFName.of('AF'));
  await doc.attach(bytes, RECORD_FILE_NAME, {
    mimeType: 'application/json',
    afRelationship: AFRelationship.Data,
  });
  return doc.save();
}

export const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A stream's data as stored (these records compress every stream with FlateDecode). */
function inflated(object: unknown): Buffer {
  if (!(object instanceof PDFRawStream)) throw new Error('not a stream');
  return inflateSync(object.contents);
}

/** The font programs (FontFile2) a PDF embeds: a record draws with exactly one. */
export function embeddedFonts(doc: PDFDocument): ReturnType<typeof fontkit.create>[] {
  return [...doc.context.enumerateIndirectObjects()]
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.has(PDFName.of('FontFile2')))
    .map((descriptor) => fontkit.create(inflated(descriptor.lookup(PDFName.of('FontFile2')))));
}

function embeddedFont(doc: PDFDocument): ReturnType<typeof fontkit.create> {
  const [font] = embeddedFonts(doc);
  if (!font) throw new Error('no FontFile2');
  return font;
}

/**
 * The page's content stream edited the way a PDF editor edits text: the glyph ids that draw
 * `from` replaced by those of `to` (same font, so `to` must use characters the page already has).
 */
export async function editPageText(pdf: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = embeddedFont(doc);
  const hex = (s: string) =>
    font
      .layout(s)
      .glyphs.map((g) => g.id.toString(16).toUpperCase().padStart(4, '0'))
      .join('');
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of('Contents'))];
  let edited = 0;
  for (const ref of streams) {
    const text = inflated(doc.context.lookup(ref as PDFRef)).toString('latin1');
    const next = text.replaceAll(`<${hex(from)}>`, `<${hex(to)}>`);
    if (next === text) continue;
    edited++;
    doc.context.assign(ref as PDFRef, doc.context.flateStream(Buffer.from(next, 'latin1')));
  }
  if (edited === 0) throw new Error(`"${from}" is not drawn as one run`);
  return doc.save();
}

/** The same COSE_Sign1 payload signed again by `key` (its kid in the header): a forgery. */
export async function resign(token: Uint8Array, key: KeyPair): Promise<Uint8Array> {
  const sign1 = parseSign1(token);
  const header = new Map<unknown, unknown>(sign1.protectedHeader);
  header.set(1, ES256);
  header.set(4, key.kid);
  const protectedBytes = encodeCbor(header as never);
  const signature = await signatureOver(key, protectedBytes, sign1.payload);
  const envelope = new Tagged(COSE_SIGN1_TAG, [protectedBytes, new Map(), sign1.payload, signature]);
  return encodeCbor(envelope as never);
}
