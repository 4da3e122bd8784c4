// Line breaking: lines always rejoin to the exact value, and stay within the width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../issuer/pdf/text-wrap';

/** Full-width characters 10 units wide, everything else 5. */
const widthOf = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 10 : 5), 0);
const trimmedWidth = (line: string) => widthOf(line.replace(/[ \u3000]+$/u, ''));

describe('wrapText', () => {
  it('breaks Japanese text between characters', () => {
    expect(wrapText('山田花子太郎', 40, widthOf)).toEqual(['山田花子', '太郎']);
  });

  it('breaks Latin text after a space and keeps the space on the earlier line', () => {
    expect(wrapText('ALEXANDRA SMITH', 60, widthOf)).toEqual(['ALEXANDRA ', 'SMITH']);
  });

  it('does not start a line with a small kana or a prolonged sound mark', () => {
    expect(wrapText('シューリ', 20, widthOf)).toEqual(['シ', 'ュー', 'リ']);
  });

  it('keeps a variation selector with its base character', () => {
    expect(wrapText('葛\u{E0100}城', 10, widthOf)).toEqual(['葛\u{E0100}', '城']);
  });

  it('always rejoins to the input and fits the width', () => {
    const chars = fc.constantFrom(...'山田花子 ッーABC　、。の');
    fc.assert(
      fc.property(
        fc.array(chars, { minLength: 1, maxLength: 64 }),
        fc.integer({ min: 30, max: 200 }),
        (arr, max) => {
          const text = arr.join('');
          const lines = wrapText(text, max, widthOf);
          expect(lines.join('')).toBe(text);
          for (const line of lines) {
            if ([...line.trimEnd()].length > 1) expect(trimmedWidth(line)).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });
});
