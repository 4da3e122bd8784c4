// Counting a content stream's operators for the work budget: operands (numbers, names, strings
// holding operator-like words, arrays, dictionaries) are not operators; an inline image's data
// is skipped whole and its size read; `Do` is counted per name.
import { describe, expect, it } from 'vitest';
import { countContent } from '../../../reading/pdf/pdf-content';

const count = (s: string, limit = 1000) =>
  countContent(
    Uint8Array.from(s, (c) => c.charCodeAt(0)),
    limit,
  );

describe('countContent', () => {
  it('counts operators, not operands', () => {
    const c = count('q 1 0 0 1 72 720 cm BT /F1 12 Tf (re f S Do) Tj [(a) -20 (b)] TJ ET Q % n f S\n');
    expect(c.operators).toBe(8); // q cm BT Tf Tj TJ ET Q
  });

  it('true, false and null are operands; a marked-content dictionary is one operand', () => {
    expect(count('/P << /MCID 0 /X [true false null] >> BDC EMC').operators).toBe(2);
  });

  it('counts each XObject drawn, per name', () => {
    const c = count('/Im1 Do /Im1 Do /Fm0 Do');
    expect(c.operators).toBe(3);
    expect([...c.drawn]).toEqual([
      ['Im1', 2],
      ['Fm0', 1],
    ]);
  });

  it('reads an inline image’s size and skips its binary data (which may hold "Do" or "EI")', () => {
    const data = 'xxDo EIxEI\u0000\u00ff';
    const c = count(`q BI /W 7 /H 3 /CS /G /BPC 8 ID ${data} EI Q`);
    expect(c.inlineImages).toEqual([[7, 3]]);
    expect(c.operators).toBe(3); // q, the image, Q
    expect(c.drawn.size).toBe(0);
  });

  it('stops at the first operator past the limit', () => {
    expect(count('n '.repeat(5000), 100).operators).toBe(101);
  });
});
