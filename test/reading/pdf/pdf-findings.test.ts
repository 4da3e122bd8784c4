// Which page's text a PDF's code is compared with (PROFILE §6.1: "the page that holds the code",
// a scan compares only the photo), and the findings a code gets: its §6.1 document result, then
// the print quality. Found in review: in a PDF holding two certificates, a code on a scanned page
// (no text) was compared with the other person's page and reported as edited.
import { describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../core/types';
import type { DocumentResult } from '../../../reading/pdf/document-result';
import { comparedText, documentOf, findingsFor, type PdfCodes } from '../../../reading/pdf/pdf-findings';
import type { PrintQuality } from '../../../reading/pdf/print-quality';
import type { TextRun } from '../../../reading/pdf/text-lines';

/** A page of our issuer's layout: the 氏名 row only (README-layout.md positions). */
const page = (name: string): TextRun[] => [
  { text: '氏名', x: 56, y: 700, width: 21, height: 10.5 },
  { text: name, x: 156, y: 700, width: 80, height: 16 },
];
/** A back page: text, but none of the five labels. */
const BACK: TextRun[] = [{ text: '二次元コード（裏面）', x: 200, y: 780, width: 140, height: 14 }];
const result = (name: string, photo?: string) =>
  ({
    verdict: 'valid',
    reasons: [],
    credential: {
      dqc: {
        '2': '介護福祉士',
        '3': name,
        '4': '1990-04-01',
        '5': '1',
        '7': '厚生労働大臣',
        ...(photo && { '10': photo }),
      },
    },
  }) as unknown as VerifyResult;
const scan = (
  pageText: TextRun[][],
  codes: [string, number][],
  quality: PrintQuality | null = null,
): PdfCodes => ({
  codes: codes.map(([text, page]) => ({ text, page, quality })),
  pageText,
  jpegDigests: ['jpeg-1'],
});
const document = (pdf: PdfCodes, text: string, name: string, photo?: string): DocumentResult =>
  documentOf(findingsFor(pdf, text, result(name, photo))) as DocumentResult;
const nameOf = (doc: DocumentResult) => [doc.items.氏名, doc.printed?.氏名];

describe('the text a code is compared with', () => {
  it('its own page', () => {
    const pdf = scan([page('山田 花代')], [['A', 1]]);
    expect(nameOf(document(pdf, 'A', '山田 花子'))).toEqual(['differs', '山田 花代']);
    expect(nameOf(document(pdf, 'A', '山田 花代'))).toEqual(['matches', undefined]);
  });

  it('a code on a scanned page (no text layer) compares only the photo, never another page', () => {
    const pdf = scan(
      [page('鈴木 一郎'), []],
      [
        ['A', 1],
        ['B', 2],
      ],
    );
    expect(comparedText(pdf, 2)).toEqual([]);
    const doc = document(pdf, 'B', '山田 花子', 'not-embedded');
    expect(doc.items).toMatchObject({ 氏名: 'unchecked', 資格名称: 'unchecked', 写真: 'differs' });
    expect(doc.reasons).toEqual(['PHOTO_MISMATCH']);
    // A scanned page after an unlabelled front is not compared with it either.
    expect(document(scan([page('山田 花代'), []], [['B', 2]]), 'B', '山田 花子').items.氏名).toBe(
      'unchecked',
    );
  });

  it('our back-page layout: a code on a page with text but no labels is compared with the front before it', () => {
    const pdf = scan([page('山田 花代'), BACK], [['B', 2]]);
    expect(comparedText(pdf, 2)).toBe(pdf.pageText[0]);
    expect(nameOf(document(pdf, 'B', '山田 花子'))).toEqual(['differs', '山田 花代']);
  });

  it('a front page taken by a code of its own is not used for a later code', () => {
    const pdf = scan(
      [page('山田 花子'), BACK, BACK],
      [
        ['A', 1],
        ['B', 3],
      ],
    );
    expect(comparedText(pdf, 3)).toBe(pdf.pageText[2]);
    expect(document(pdf, 'B', '佐藤 太郎').items.氏名).toBe('unchecked');
    // Nor a front whose back page holds another code.
    const twoBacks = scan(
      [page('山田 花子'), BACK, BACK],
      [
        ['A', 2],
        ['B', 3],
      ],
    );
    expect(document(twoBacks, 'B', '佐藤 太郎').items.氏名).toBe('unchecked');
    expect(document(twoBacks, 'A', '山田 花子').items.氏名).toBe('matches');
  });

  it('every page that carries the code: an edited copy after the genuine page is named', () => {
    const pdf = scan(
      [page('山田 花子'), page('山田 花代')],
      [
        ['A', 1],
        ['A', 2],
      ],
    );
    expect(nameOf(document(pdf, 'A', '山田 花子'))).toEqual(['differs', '山田 花代']);
  });
});

describe('findingsFor', () => {
  const quality: PrintQuality = { moduleMm: 0.45, quietZoneModules: 4, contrast: 1, ok: true };

  it('gives the §6.1 document result first, then the print quality', () => {
    const findings = findingsFor(
      scan([page('山田 花子')], [['A', 1]], quality),
      'A',
      result('山田 花子', 'jpeg-1'),
    );
    expect(findings).toEqual([
      {
        kind: 'document',
        document: {
          verdict: 'valid',
          reasons: [],
          items: {
            資格名称: 'unchecked',
            氏名: 'matches',
            生年月日: 'unchecked',
            登録番号: 'unchecked',
            交付機関: 'unchecked',
            写真: 'matches',
          },
        },
      },
      { kind: 'print', quality },
    ]);
  });

  it('a code read from a rendered page (no image of it) has no print quality', () => {
    const findings = findingsFor(scan([page('山田 花子')], [['A', 1]]), 'A', result('山田 花子'));
    expect(findings.map((f) => f.kind)).toEqual(['document']);
  });
});
