// The strict CBOR rules of PROFILE §6, one by one, and the encoder's round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../core/bytes';
import { CborError, decodeCbor, Tagged } from '../../../core/cbor/decode';
import { encodeCbor } from '../../../core/cbor/encode';
import { arbitraryValue } from '../support/cbor-values';
import { fuzzRuns } from '../support/runs';
import { hex, nestedArrays } from '../support/tokens';

const rejects = (h: string) => () => expect(() => decodeCbor(hex(h))).toThrow(CborError);
const value = (h: string) => decodeCbor(hex(h));

describe('tag chains', () => {
  it('accepts a tag in a tag (CWT 61 around 18 where allowed), refuses three deep', () => {
    expect(decodeCbor(hex('d2 d2 00'))).toEqual(new Tagged(18, new Tagged(18, 0)));
    expect(() => decodeCbor(hex('d2 d2 d2 00'))).toThrow(CborError);
    // Deep chains fail cleanly (no stack overflow) however long they are.
    expect(() => decodeCbor(new Uint8Array(100_000).fill(0xd2))).toThrow(CborError);
  });
});

describe('definite lengths only', () => {
  it.each(['5f 41 00 ff', '7f 61 61 ff', '9f ff', 'bf ff', '9f 01 ff', '1f', '3f', 'df 00'])('%s', (h) =>
    rejects(h)(),
  );
});

describe('every argument in shortest form', () => {
  it.each([
    ['uint 5 in 1 byte', '18 05'],
    ['uint 255 in 2 bytes', '19 00ff'],
    ['uint 65535 in 4 bytes', '1a 0000ffff'],
    ['uint 2^32−1 in 8 bytes', '1b 00000000ffffffff'],
    ['negative −6 in 1 byte', '38 05'],
    ['byte string length', '58 01 00'],
    ['text length', '78 01 61'],
    ['array length', '98 01 00'],
    ['map length', 'b8 01 00 00'],
    ['tag 18 in 1 byte', 'd8 12 00'],
  ])('rejects %s', (_, h) => rejects(h)());
  it.each([
    ['23', '17', 23],
    ['24', '18 18', 24],
    ['256', '19 0100', 256],
    ['65536', '1a 00010000', 65536],
    ['2^32', '1b 0000000100000000', 2 ** 32],
    ['−25', '38 18', -25],
  ])('accepts %s', (_, h, n) => expect(value(h)).toBe(n));
  it.each(['1c', '1d', '1e', '5c', 'dc 00'])('rejects reserved additional information %s', (h) =>
    rejects(h)(),
  );
});

describe('no duplicate map keys', () => {
  it.each([
    ['ints', 'a2 01 00 01 00'],
    ['texts', 'a2 61 61 00 61 61 00'],
    ['byte strings', 'a2 41 00 00 41 00 00'],
    ['arrays', 'a2 81 01 00 81 01 00'],
    ['negative ints', 'a2 20 00 20 01'],
  ])('rejects duplicate %s', (_, h) => rejects(h)());
  it('1 and "1" are distinct keys', () => {
    expect(value('a2 01 00 61 31 01')).toEqual(
      new Map<number | string, number>([
        [1, 0],
        ['1', 1],
      ]),
    );
  });
  it("1 and h'01' and [1] are distinct keys", () => {
    expect((value('a3 01 00 41 01 00 81 01 00') as Map<unknown, unknown>).size).toBe(3);
  });
});

describe('valid UTF-8 only', () => {
  it.each([
    ['an invalid continuation', '62 c3 28'],
    ['a stray 0xff', '61 ff'],
    ['a CESU-8 surrogate', '63 eda080'],
    ['an overlong NUL', '62 c080'],
    ['a truncated sequence', '62 e381'],
    ['a code point above U+10FFFF', '64 f4908080'],
  ])('rejects %s', (_, h) => rejects(h)());
  it('accepts a BOM and keeps it', () => expect(value('63 efbbbf')).toBe('\ufeff'));
  it('accepts astral characters', () => expect(value('64 f0a0aeb7')).toBe('𠮷'));
});

describe('no tags but 18', () => {
  it.each(['c0 60', 'c1 00', 'c2 41 01', 'd8 3d 00', 'd8 18 40', 'd9 d9f7 00'])('rejects %s', (h) =>
    rejects(h)(),
  );
  it('accepts tag 18', () => expect(value('d2 80')).toEqual(new Tagged(18, [])));
  it('rejects tag 18 where no tag is allowed', () => {
    expect(() => decodeCbor(hex('d2 80'), { tags: [] })).toThrow(CborError);
  });
});

describe('no item of major type 7', () => {
  it.each([
    ['false', 'f4'],
    ['true', 'f5'],
    ['null', 'f6'],
    ['undefined', 'f7'],
    ['simple 0', 'e0'],
    ['simple 32', 'f8 20'],
    ['half float', 'f9 3c00'],
    ['single float', 'fa 3fc00000'],
    ['double float', 'fb 3ff8000000000000'],
    ['a lone break', 'ff'],
    ['inside an array', '82 01 f5'],
  ])('rejects %s', (_, h) => rejects(h)());
});

describe('nesting of arrays and maps ≤ 16', () => {
  it('16 nested arrays are accepted, 17 rejected', () => {
    expect(() => decodeCbor(nestedArrays(16))).not.toThrow();
    expect(() => decodeCbor(nestedArrays(17))).toThrow(CborError);
  });
  it('16 nested maps are accepted, 17 rejected', () => {
    const maps = (n: number) => concatBytes(...Array.from({ length: n }, () => hex('a1 00')), hex('00'));
    expect(() => decodeCbor(maps(16))).not.toThrow();
    expect(() => decodeCbor(maps(17))).toThrow(CborError);
  });
  it('a container used as a map key counts', () => {
    // {[[…15…]]: 0} at depth 16 is fine, one more level is not.
    expect(() => decodeCbor(concatBytes(hex('a1'), nestedArrays(15), hex('00')))).not.toThrow();
    expect(() => decodeCbor(concatBytes(hex('a1'), nestedArrays(16), hex('00')))).toThrow(CborError);
  });
  it('tags do not count', () => {
    expect(() => decodeCbor(concatBytes(hex('d2'), nestedArrays(16)))).not.toThrow();
  });
  it('each bstr-wrapped structure counts afresh', () => {
    const inner = nestedArrays(16);
    const outer = concatBytes(new Uint8Array(16).fill(0x81), encodeCbor(inner)); // 16 deep around a bstr
    let at: unknown = decodeCbor(outer);
    for (let i = 0; i < 16; i++) at = (at as unknown[])[0];
    expect(at).toBeInstanceOf(Uint8Array);
    expect(() => decodeCbor(at as Uint8Array)).not.toThrow();
  });
});

describe('nothing after the item; nothing missing', () => {
  it.each(['00 00', '80 00', 'a0 ff', ''])('rejects "%s"', (h) => rejects(h)());
  it.each(['5a ffffffff', '9b 00000000ffffffff', 'bb 00000000ffffffff', '83 01 02', '62 61'])(
    'rejects a short %s',
    (h) => rejects(h)(),
  );
});

describe('integers within ±(2^53−1)', () => {
  it('accepts the bounds', () => {
    expect(value('1b 001fffffffffffff')).toBe(2 ** 53 - 1);
    expect(value('3b 001ffffffffffffe')).toBe(-(2 ** 53 - 1));
  });
  it.each(['1b 0020000000000000', '3b 001fffffffffffff', '1b ffffffffffffffff', '3b ffffffffffffffff'])(
    'rejects %s',
    (h) => rejects(h)(),
  );
  it('a length beyond 2^53−1 is refused as well', () => rejects('5b 0020000000000000')());
});

describe('encoder', () => {
  it('refuses what the profile cannot carry', () => {
    expect(() => encodeCbor(2 ** 53)).toThrow(RangeError);
    expect(() => encodeCbor(1.5)).toThrow(RangeError);
    expect(() => encodeCbor(-(2 ** 53))).toThrow(RangeError);
  });
  it('sorts map keys by their encoded bytes (RFC 8949 §4.2.1)', () => {
    const m = new Map<number | string, number>([
      ['a', 1],
      [-1, 2],
      [10, 3],
      [100, 4],
    ]);
    expect(Buffer.from(encodeCbor(m)).toString('hex')).toBe('a40a031864042002616101');
  });
  it('round trip: decode(encode(v)) re-encodes to the same bytes and equal values', () => {
    fc.assert(
      fc.property(arbitraryValue, (v) => {
        const bytes = encodeCbor(v);
        const back = decodeCbor(bytes);
        expect(encodeCbor(back)).toEqual(bytes);
        expect(back).toEqual(v);
      }),
      { numRuns: Math.min(fuzzRuns(), 20_000) },
    );
  });
});
