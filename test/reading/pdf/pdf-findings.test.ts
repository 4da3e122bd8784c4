// Which page's text a PDF's code is compared with. Found in review: in a PDF holding two
// certificates, a code on a scanned page (no text) was compared with the other person's page
// and reported as edited.
import { describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../core/types';
import type { TextRun } from '../../../reading/pdf/cross-check';
import { findingsFor, type PdfCodes } from '../../../reading/pdf/pdf-findings';

/** A page of the certificate layout: the 氏名 row only (README-layout.md positions). */
const page = (name: string): TextRun[] => [
  { text: '氏名', x: 56, y: 700, width: 21, height: 10.5 },
  { text: name, x: 156, y: 700, width: 80, height: 16 },
];
const result = (name: string) =>
  ({
    verdict: 'valid',
    credential: { dqc: { '2': '介護福祉士', '3': name, '4': '1990-04-01', '5': '1', '7': '厚生労働大臣' } },
  }) as unknown as VerifyResult;
const scan = (pageText: TextRun[][], codes: [string, number][]): PdfCodes => ({
  codes: codes.map(([text, page]) => ({ text, page, quality: null })),
  pageText,
  jpegDigests: [],
});

describe('findingsFor', () => {
  it('compares a code with its own page', () => {
    const pdf = scan([page('山田 花代')], [['A', 1]]);
    expect(findingsFor(pdf, 'A', result('山田 花子'))).toEqual([{ kind: 'mismatch', items: ['氏名'] }]);
    expect(findingsFor(pdf, 'A', result('山田 花代'))).toEqual([]);
  });

  it('never compares a code on a scanned page with another certificate’s page', () => {
    const pdf = scan(
      [page('鈴木 一郎'), []],
      [
        ['A', 1],
        ['B', 2],
      ],
    );
    expect(findingsFor(pdf, 'B', result('山田 花子'))).toEqual([]);
  });

  it('compares a code on the back with the front page before it that has no code', () => {
    const pdf = scan([page('山田 花代'), []], [['B', 2]]);
    expect(findingsFor(pdf, 'B', result('山田 花子'))).toEqual([{ kind: 'mismatch', items: ['氏名'] }]);
  });

  it('checks every page that carries the code: an edited copy after the genuine page is named', () => {
    const pdf = scan(
      [page('山田 花子'), page('山田 花代')],
      [
        ['A', 1],
        ['A', 2],
      ],
    );
    expect(findingsFor(pdf, 'A', result('山田 花子'))).toEqual([{ kind: 'mismatch', items: ['氏名'] }]);
  });

  it('a front page taken by the code on the page after it is not used for a later code', () => {
    // Front page (text, no code), its back page (code A), then another person's scan (code B).
    const pdf = scan(
      [page('山田 花子'), [], []],
      [
        ['A', 2],
        ['B', 3],
      ],
    );
    expect(findingsFor(pdf, 'A', result('山田 花子'))).toEqual([]);
    expect(findingsFor(pdf, 'B', result('佐藤 太郎'))).toEqual([]);
  });

  it('a scan (no text at all) is not said to have a photo that does not match', () => {
    const photo = { ...result('山田 花子') } as VerifyResult;
    (photo.credential as unknown as { dqc: Record<string, string> }).dqc['10'] = 'digest';
    expect(findingsFor(scan([[]], [['A', 1]]), 'A', photo)).toEqual([]);
    expect(findingsFor(scan([page('山田 花子')], [['A', 1]]), 'A', photo)).toEqual([{ kind: 'photo' }]);
  });
});
