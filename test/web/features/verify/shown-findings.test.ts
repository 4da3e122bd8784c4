// Fix: a revoked or tampered PDF (or one whose text was altered) showed 「このまま印刷しても読み
// 取れる見込みです」. The print advice is kept for certificates worth printing.
import { describe, expect, it } from 'vitest';
import type { PdfFinding } from '../../../../reading/pdf/pdf-findings';
import { shownFindings } from '../../../../web/features/verify/shown-findings';

const print: PdfFinding = {
  kind: 'print',
  quality: { moduleMm: 0.5, quietZoneModules: 4, contrast: 0.9, ok: true },
};

describe('shownFindings', () => {
  it('keeps the print advice on a valid or not-yet-confirmed certificate', () => {
    expect(shownFindings([print], 'valid')).toEqual([print]);
    expect(shownFindings([print], 'indeterminate')).toEqual([print]);
  });

  it('drops it on an invalid one (revoked, tampered, …)', () => {
    expect(shownFindings([print], 'invalid')).toEqual([]);
  });

  it('drops it, and keeps the warnings, when the PDF’s text or photo was altered', () => {
    const mismatch: PdfFinding = { kind: 'mismatch', items: ['氏名'] as never };
    expect(shownFindings([mismatch, print], 'valid')).toEqual([mismatch]);
    expect(shownFindings([{ kind: 'photo' }, print], 'valid')).toEqual([{ kind: 'photo' }]);
  });
});
