// The budget's stream decoders (ISO 32000-1 §7.4) against independent encodings: node:zlib for
// Flate, hand-made LZW / RunLength / ASCII85 / ASCIIHex data; each stage stops one byte past its
// limit, and the bound on what a filter chain can inflate to holds for the worst case.
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zlibInflate } from '../../../reading/node/zlib-inflate';
import { decodeFilters, inflationBound, streamInflate } from '../../../reading/pdf/pdf-filters';
import { deflateRepeated } from './support/raw-pdf';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

/** Textbook LZW (9–12-bit codes, clear code first, EarlyChange 1), written apart from the decoder. */
function lzwEncode(input: Uint8Array): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let accBits = 0;
  const emit = (code: number, bits: number) => {
    acc = (acc << bits) | code;
    accBits += bits;
    while (accBits >= 8) {
      out.push((acc >>> (accBits - 8)) & 0xff);
      accBits -= 8;
    }
    acc &= (1 << accBits) - 1;
  };
  let table = new Map<string, number>();
  let next = 258;
  let bits = 9;
  emit(256, bits);
  let w = '';
  for (const b of input) {
    const wc = w + String.fromCharCode(b);
    if (w === '' || table.has(wc)) {
      w = wc;
      continue;
    }
    emit(w.length === 1 ? w.charCodeAt(0) : (table.get(w) as number), bits);
    table.set(wc, next++);
    if (next + 1 > 1 << bits && bits < 12) bits++;
    if (next >= 4094) {
      emit(256, bits);
      table = new Map();
      next = 258;
      bits = 9;
    }
    w = String.fromCharCode(b);
  }
  if (w) emit(w.length === 1 ? w.charCodeAt(0) : (table.get(w) as number), bits);
  emit(257, bits);
  if (accBits > 0) out.push((acc << (8 - accBits)) & 0xff);
  return Uint8Array.from(out);
}

describe('decodeFilters', () => {
  const sample = bytes('TOBEORNOTTOBEORTOBEORNOT'.repeat(400) + 'abcabcabcaaaaaaaaaaaaaaaa'.repeat(300));

  it.each([
    ['zlib (node:zlib inflater)', zlibInflate],
    ['zlib (DecompressionStream inflater)', streamInflate],
  ])('FlateDecode, with and without the zlib header: %s', async (_, inflate) => {
    for (const data of [deflateSync(sample), deflateRawSync(sample)]) {
      const out = await decodeFilters(new Uint8Array(data), ['FlateDecode'], 1 << 20, inflate);
      expect(out.over).toBe(false);
      expect(text(out.bytes)).toBe(text(sample));
    }
    const capped = await decodeFilters(new Uint8Array(deflateSync(sample)), ['Fl'], 1000, inflate);
    expect(capped.over).toBe(true);
  });

  it('LZWDecode, RunLengthDecode, ASCII85Decode, ASCIIHexDecode', async () => {
    const lzw = await decodeFilters(lzwEncode(sample), ['LZWDecode'], 1 << 20, streamInflate);
    expect(text(lzw.bytes)).toBe(text(sample));
    expect((await decodeFilters(lzwEncode(sample), ['LZW'], 1000, streamInflate)).over).toBe(true);
    const rl = await decodeFilters(
      Uint8Array.from([2, 65, 66, 67, 253, 68, 128]),
      ['RL'],
      100,
      streamInflate,
    );
    expect(text(rl.bytes)).toBe('ABCDDDD');
    expect(text((await decodeFilters(bytes('87cURD]i,"Ebo80~>'), ['A85'], 100, streamInflate)).bytes)).toBe(
      'Hello World!',
    );
    expect(text((await decodeFilters(bytes('48 65 6c6c6F7>'), ['AHx'], 100, streamInflate)).bytes)).toBe(
      'Hellop',
    );
  });

  it('a chain is decoded stage by stage; an image codec ends it', async () => {
    const hex = bytes(`${Buffer.from(deflateSync(sample)).toString('hex')}>`);
    const out = await decodeFilters(hex, ['ASCIIHexDecode', 'FlateDecode'], 1 << 20, streamInflate);
    expect(text(out.bytes)).toBe(text(sample));
    const jpeg = await decodeFilters(bytes('raw'), ['DCTDecode'], 10, streamInflate);
    expect(jpeg.stoppedAt).toBe('DCTDecode');
  });

  it('stops a 1 GiB zero bomb one byte past the limit, both inflaters', async () => {
    const bomb = deflateRepeated(new Uint8Array(1 << 20), 1024);
    for (const inflate of [zlibInflate, streamInflate]) {
      const out = await decodeFilters(bomb, ['FlateDecode'], 8 << 20, inflate);
      expect(out.over).toBe(true);
      expect(out.bytes.length).toBeLessThanOrEqual(8 << 20);
    }
  });

  it('inflationBound holds for the most compressible data', () => {
    const worst = deflateSync(new Uint8Array(16 << 20), { level: 9 });
    expect(inflationBound(['FlateDecode'], worst.length)).toBeGreaterThanOrEqual(16 << 20);
    expect(inflationBound(['DCTDecode'], 100)).toBe(100);
  });
});
