// The record PDF (PROFILE §9): one A4 page (more only when the items and notes need them), Japanese
// first, drawn from the JSON it embeds as `dqc-record.json` (EmbeddedFiles, AFRelationship /Data).
// One font, Noto Sans JP Regular subset at run time to the page's characters (font-subset.ts).
// A character the font cannot draw is printed as 〓 (the geta mark, the typesetter's sign for a
// missing character) with a note naming its code point; the JSON keeps the exact text.
import fontkit from '@pdf-lib/fontkit';
import { AFRelationship, PDFDocument } from 'pdf-lib';
import type { FontSubsetter } from './font-subset';
import { MISSING_MARK } from './page-geometry';
import { PageWriter } from './page-writer';
import {
  type AnyRecordJson,
  cleanOperatorText,
  MAX_RETENTION_TEXT,
  RECORD_FILE_NAME,
  recordJsonBytes,
  textLength,
} from './record-json';
import { type PageOptions, pageText, RECORD_TITLE, recordPage, secondsOf } from './record-text';

export interface RecordPdfOptions extends PageOptions {}

export const PRODUCER = 'dqc verification record';
/** Variation selectors ride on their base character: the page prints the base alone. */
const SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const NOTE_TEMPLATE = `${MISSING_MARK} はフォントにない文字です（U+0123456789ABCDEF）。正確な内容は添付のJSONにあります。、`;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Makes the record PDF of `json`: the page says what the JSON says, and carries it. */
export function makeRecordPdf(
  json: AnyRecordJson,
  fonts: FontSubsetter,
  options: RecordPdfOptions = {},
): Promise<Uint8Array> {
  return renderRecordPdf(json, recordJsonBytes(json), fonts, options);
}

/**
 * The building block: the page drawn from `shown`, with `attached` as the embedded JSON. The
 * maker passes the same record for both; a test may not (a page that says something else).
 */
export async function renderRecordPdf(
  shown: AnyRecordJson,
  attached: Uint8Array,
  fonts: FontSubsetter,
  options: RecordPdfOptions = {},
): Promise<Uint8Array> {
  const retention = cleanOperatorText(options.retention);
  if (retention && textLength(retention) > MAX_RETENTION_TEXT)
    throw new RangeError(`the retention period is longer than ${MAX_RETENTION_TEXT} characters`);
  const page = recordPage(shown, retention ? { retention } : {});
  const text = pageText(page).replace(SELECTORS, '');
  const fontBytes = fonts.subset(text + NOTE_TEMPLATE);
  const face = fontkit.create(fontBytes);
  const missing = [...new Set(text)].filter((c) => !face.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
  if (missing.length > 0)
    page.notes.unshift(
      `${MISSING_MARK} はフォントにない文字です（${missing.map(codePoint).join('、')}）。正確な内容は添付のJSONにあります。`,
    );
  const printable = (s: string) =>
    [...s.replace(SELECTORS, '')].map((c) => (missing.includes(c) ? MISSING_MARK : c)).join('');

  const created = new Date(secondsOf(shown.checkedAt) * 1000);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: false, customName: 'DQCREC+NotoSansJP-Regular' });
  new PageWriter(doc, font, printable).write(page);

  await doc.attach(attached, RECORD_FILE_NAME, {
    mimeType: 'application/json',
    description: '確認記録のデータ（資格者証の確認結果と、確認に使った証拠）',
    creationDate: created,
    modificationDate: created,
    afRelationship: AFRelationship.Data,
  });
  // Metadata names the document only: no holder data.
  doc.setTitle(RECORD_TITLE, { showInWindowTitleBar: true });
  doc.setProducer(PRODUCER);
  doc.setCreator(`${shown.app.name} ${shown.app.version}`);
  doc.setLanguage('ja-JP');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
