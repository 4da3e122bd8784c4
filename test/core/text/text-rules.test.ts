// Text rules of PROFILE §3: NFC; no Cc, Cf, Cs, Co, noncharacter or code point unassigned in
// Unicode 15.1; lengths in scalar values. The pinned table is checked against the Unicode 15.1
// database for every code point.
import Other from '@unicode/unicode-15.1.0/General_Category/Other/code-points.mjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isForbiddenCodePoint, isProfileText } from '../../../core/text/text-rules';

const ok = (s: string) => isProfileText(s, 1, 64);
const cp = (n: number) => String.fromCodePoint(n);

describe('forbidden code points, a few per category', () => {
  it.each([
    ['Cc U+0000', 0x0000],
    ['Cc U+001F', 0x001f],
    ['Cc U+007F', 0x007f],
    ['Cc U+0085', 0x0085],
    ['Cf U+00AD soft hyphen', 0x00ad],
    ['Cf U+200B zero width space', 0x200b],
    ['Cf U+200D zero width joiner', 0x200d],
    ['Cf U+2060 word joiner', 0x2060],
    ['Cf U+FEFF BOM', 0xfeff],
    ['Cf U+E0001 language tag', 0xe0001],
    ['Co U+E000', 0xe000],
    ['Co U+F8FF', 0xf8ff],
    ['Co U+F0000', 0xf0000],
    ['Co U+10FFFD', 0x10fffd],
    ['noncharacter U+FDD0', 0xfdd0],
    ['noncharacter U+FFFE', 0xfffe],
    ['noncharacter U+FFFF', 0xffff],
    ['noncharacter U+1FFFE', 0x1fffe],
    ['noncharacter U+10FFFF', 0x10ffff],
    ['unassigned U+0378', 0x0378],
    ['unassigned in 15.1: U+2EE5E (after CJK Ext. I)', 0x2ee5e],
    ['unassigned in 15.1, assigned in 16.0: U+1C89', 0x1c89],
  ])('%s', (_, n) => {
    expect(isForbiddenCodePoint(n)).toBe(true);
    expect(ok(`名前${cp(n)}`)).toBe(false);
  });
  it.each([
    ['Cs lone high surrogate', '\ud800'],
    ['Cs lone low surrogate', '\udfff'],
    ['Cs high surrogate at the end', '山田\ud842'],
    ['Cs reversed pair', '\udfb7\ud842'],
  ])('%s', (_, s) => expect(ok(s)).toBe(false));
});

describe('allowed code points', () => {
  it.each([
    ['CJK Ext. I U+2EBF0 (new in 15.1)', 0x2ebf0],
    ['CJK Ext. I U+2EE5D (last)', 0x2ee5d],
    ['IDC U+2FFC (new in 15.1)', 0x2ffc],
    ['CJK stroke U+31EF (new in 15.1)', 0x31ef],
    ['CJK Ext. H U+31350', 0x31350],
    ['𠮷 U+20BB7', 0x20bb7],
    ['ideographic space U+3000', 0x3000],
    ['no-break space U+00A0', 0x00a0],
    ['variation selector U+FE0F (Mn)', 0xfe0f],
    ['ideographic variation selector U+E0100 (Mn)', 0xe0100],
    ['emoji U+1F600', 0x1f600],
    ['katakana ヴ U+30F4', 0x30f4],
  ])('%s', (_, n) => {
    expect(isForbiddenCodePoint(n)).toBe(false);
    expect(ok(`名前${cp(n)}`)).toBe(true);
  });
  it('the table equals Unicode 15.1 General_Category=Other for every code point', () => {
    const other = new Set(Other as number[]);
    const wrong: string[] = [];
    for (let n = 0; n <= 0x10ffff; n++)
      if (isForbiddenCodePoint(n) !== other.has(n)) wrong.push(n.toString(16));
    expect(wrong).toEqual([]);
  });
});

describe('NFC', () => {
  it.each([
    ['é as e + U+0301', 'Cafe\u0301'],
    ['が as か + U+3099', '\u304b\u3099'],
    ['Hangul jamo that compose', '\u1100\u1161'],
    ['CJK compatibility ideograph U+F900 (NFC: U+8C48)', '\uf900'],
    ['Angstrom sign U+212B', '\u212b'],
    ['misordered combining marks', 'a\u0301\u0323'],
  ])('rejects %s', (_, s) => {
    expect(s.normalize('NFC')).not.toBe(s);
    expect(ok(s)).toBe(false);
  });
  it.each([
    ['é precomposed', 'Café'],
    ['が precomposed', 'が'],
    ['가', '가'],
    ['a combining mark with no precomposed form', 'q\u0307'],
  ])('accepts %s', (_, s) => expect(ok(s)).toBe(true));
  it('agrees with NFC on random strings without forbidden code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
        const clean = [...s].every((c) => !isForbiddenCodePoint(c.codePointAt(0) as number));
        if (s.length > 0 && clean && [...s].length <= 64) expect(ok(s)).toBe(s.normalize('NFC') === s);
        else if (!clean) expect(ok(s)).toBe(false);
      }),
    );
  });
});

describe('lengths count scalar values', () => {
  it('64 astral characters (128 UTF-16 units) fit 64; 65 do not', () => {
    expect(ok('𠮷'.repeat(64))).toBe(true);
    expect(ok('𠮷'.repeat(65))).toBe(false);
  });
  it('64 BMP characters fit; 65 do not', () => {
    expect(ok('あ'.repeat(64))).toBe(true);
    expect(ok('あ'.repeat(65))).toBe(false);
  });
  it('the minimum is inclusive and the empty text is refused', () => {
    expect(isProfileText('a', 1, 1)).toBe(true);
    expect(isProfileText('', 1, 64)).toBe(false);
    expect(isProfileText('𠮷', 2, 2)).toBe(false);
  });
  it('only strings are text', () => {
    for (const v of [1, null, undefined, new Uint8Array(1), ['a']])
      expect(isProfileText(v, 1, 64)).toBe(false);
  });
});
