// Strict mdoc CBOR (PROFILE §8.5): §6's rules plus false/true/null, the five tags on their own
// content, int/text map keys, tag-24 contents decoded afresh with their bytes as received.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../core/bytes';
import { CborError, decodeCbor, Tagged } from '../../../core/cbor/decode';
import { encodeCbor } from '../../../core/cbor/encode';
import { decodeMdoc, EmbeddedCbor } from '../../../core/mdoc/cbor';

const hex = (h: string) => fromHex(h.replace(/\s+/g, ''));
const rejects = (h: string) => expect(() => decodeMdoc(hex(h)), h).toThrow(CborError);

describe('major type 7', () => {
  it('reads false, true and null', () => {
    expect(decodeMdoc(hex('83 f4 f5 f6'))).toEqual([false, true, null]);
  });
  it.each([
    ['undefined', 'f7'],
    ['simple 0', 'e0'],
    ['simple 19', 'f3'],
    ['simple(24) 32', 'f8 20'],
    ['half float', 'f9 3c00'],
    ['single float', 'fa 3f800000'],
    ['double float', 'fb 3ff0000000000000'],
    ['break', 'ff'],
  ])('refuses %s', (_, h) => rejects(h));
  it('the encoder writes them (for the verifier’s own encodings)', () => {
    expect(toHex(encodeCbor([false, true, null]))).toBe('83f4f5f6');
  });
  it('the §6 decoder still refuses them', () => {
    expect(() => decodeCbor(hex('f5'))).toThrow(CborError);
    expect(() => decodeCbor(hex('f6'))).toThrow(CborError);
  });
});

describe('tags', () => {
  it('24 holds a bstr with one item: decoded afresh, bytes as received kept', () => {
    const value = decodeMdoc(hex('82 d8 18 43 82 01 02 00'));
    const embedded = (value as unknown[])[0];
    expect(embedded).toBeInstanceOf(EmbeddedCbor);
    const e = embedded as EmbeddedCbor;
    expect(e.tag).toBe(24);
    expect(e.item).toEqual([1, 2]);
    expect(toHex(e.value as Uint8Array)).toBe('820102');
    expect(toHex(e.raw)).toBe('d818438201' + '02');
  });
  it('keeps the raw item exactly, also with a 2-byte bstr head', () => {
    const content = encodeCbor('x'.repeat(300));
    const bytes = encodeCbor(new Tagged(24, content));
    const e = decodeMdoc(bytes) as EmbeddedCbor;
    expect(toHex(e.raw)).toBe(toHex(bytes));
    expect(e.item).toBe('x'.repeat(300));
  });
  it.each([
    ['24 on a text', 'd8 18 61 61'],
    ['24 on an int', 'd8 18 01'],
    ['24 content with a trailing byte', 'd8 18 42 01 02'],
    ['24 content not in shortest form', 'd8 18 42 18 01'],
    ['24 content empty', 'd8 18 40'],
    ['24 content a float', 'd8 18 43 f9 3c 00'],
    ['1004 on an int', 'd9 03ec 01'],
    ['0 on an int', 'c0 01'],
    ['100 on a text', 'd8 64 61 61'],
    ['18 on a map', 'd2 a0'],
    ['tag 1 (epoch time)', 'c1 01'],
    ['tag 32 (URI)', 'd8 20 61 61'],
    ['tag 1004 in a tag 1004', 'd9 03ec d9 03ec 61 61'],
    ['a tag head not in shortest form', 'd9 0018 41 00'],
  ])('refuses %s', (_, h) => rejects(h));
  it('accepts 1004 and 0 on text, 100 on an int, 18 on an array', () => {
    expect(decodeMdoc(hex('d9 03ec 6a 323032302d30312d3031'))).toEqual(new Tagged(1004, '2020-01-01'));
    expect(decodeMdoc(hex('c0 61 61'))).toEqual(new Tagged(0, 'a'));
    expect(decodeMdoc(hex('d8 64 19 4e20'))).toEqual(new Tagged(100, 20000));
    expect(decodeMdoc(hex('d2 80'))).toEqual(new Tagged(18, []));
  });
  it('long chains of tags fail cleanly (no stack overflow)', () => {
    const chain = new Uint8Array(300_000);
    for (let i = 0; i < chain.length; i += 3) chain.set([0xd9, 0x03, 0xec], i);
    expect(() => decodeMdoc(chain)).toThrow(CborError);
  });
});

describe('nesting counts afresh in each tag-24 content; tag-24 chains are bounded', () => {
  const nested = (depth: number, inner: Uint8Array) => {
    let bytes = inner;
    for (let i = 0; i < depth; i++) bytes = Uint8Array.from([0x81, ...bytes]);
    return bytes;
  };
  it('16 levels outside and 16 inside a tag-24 content are fine; 17 inside are not', () => {
    const inside = (n: number) => encodeCbor(new Tagged(24, nested(n, Uint8Array.of(0))));
    expect(() => decodeMdoc(nested(15, inside(16)))).not.toThrow();
    expect(() => decodeMdoc(nested(15, inside(17)))).toThrow(CborError);
    expect(() => decodeMdoc(nested(17, Uint8Array.of(0)))).toThrow(CborError);
  });
  it('16 tag-24 items inside one another are read, 17 are refused', () => {
    const chain = (n: number) => {
      let bytes: Uint8Array = Uint8Array.of(0);
      for (let i = 0; i < n; i++) bytes = encodeCbor(new Tagged(24, bytes));
      return bytes;
    };
    expect(() => decodeMdoc(chain(16))).not.toThrow();
    expect(() => decodeMdoc(chain(17))).toThrow(CborError);
  });
});

describe('the rules of §6 hold', () => {
  it.each([
    ['duplicate key', 'a2 01 00 01 00'],
    ['duplicate text key', 'a2 61 61 00 61 61 00'],
    ['non-shortest integer', '18 17'],
    ['indefinite array', '9f 00 ff'],
    ['trailing byte', '00 00'],
    ['invalid UTF-8', '62 c3 28'],
    ['integer beyond 2^53−1', '1b 0020000000000000'],
  ])('refuses %s', (_, h) => rejects(h));
  it('map keys are int or text only', () => {
    expect(decodeMdoc(hex('a2 01 00 61 61 00'))).toEqual(
      new Map<number | string, number>([
        [1, 0],
        ['a', 0],
      ]),
    );
    rejects('a1 41 00 00'); // bstr key
    rejects('a1 f5 00'); // true as a key
    rejects('a1 80 00'); // array key
    rejects('a1 c0 61 61 00'); // tagged key
  });
});
