// Our zlib inflater (PROFILE §5) against node:zlib: equal output on every stream node's deflate
// makes (all levels and strategies, stored and fixed blocks, flushed multi-block streams); on
// mutated streams it throws nothing but InflateError, and agrees with node whenever either
// accepts; anything after the stream is refused.
import { constants, deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesEqual, concatBytes } from '../../core/bytes';
import { adler32, InflateError, inflateZlib } from '../../core/inflate';
import { mutate, mutation } from './support/cbor-values';
import { fuzzRuns, fuzzTimeout } from './support/runs';

const CAP = 4 * 1024 * 1024;
/** Byte equality without the deep-equality machinery (fast on large arrays). */
const same = (a: Uint8Array, b: Uint8Array) => bytesEqual(a, b);
const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const data = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc
    .tuple(fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 3000 }))
    .map(([p, n]) => Uint8Array.from({ length: n }, (_, i) => p[i % p.length] as number)),
  fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s)),
);
const options = fc.record({
  level: fc.integer({ min: -1, max: 9 }),
  strategy: fc.constantFrom(
    constants.Z_DEFAULT_STRATEGY,
    constants.Z_FILTERED,
    constants.Z_HUFFMAN_ONLY,
    constants.Z_RLE,
    constants.Z_FIXED,
  ),
  windowBits: fc.integer({ min: 9, max: 15 }),
  memLevel: fc.integer({ min: 1, max: 9 }),
});

/** Several raw segments, each flushed to a byte boundary, then the zlib wrapper by hand. */
function multiBlock(parts: [Uint8Array, object][]): Uint8Array {
  const raw = parts.map(([d, o], i) =>
    u8(
      deflateRawSync(d, {
        ...o,
        finishFlush: i === parts.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    ),
  );
  const all = concatBytes(...parts.map(([d]) => d));
  const sum = adler32(all);
  return concatBytes(
    Uint8Array.of(0x78, 0x9c),
    ...raw,
    Uint8Array.of(sum >>> 24, (sum >> 16) & 255, (sum >> 8) & 255, sum & 255),
  );
}

type Outcome = { ok: true; out: Uint8Array } | { ok: false };
function theirs(stream: Uint8Array): Outcome {
  try {
    const { buffer, engine } = inflateSync(stream, { info: true, maxOutputLength: CAP }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    // node stops at the end of the stream and ignores what follows; the profile refuses it.
    return engine.bytesWritten === stream.length ? { ok: true, out: u8(buffer) } : { ok: false };
  } catch {
    return { ok: false };
  }
}
function ours(stream: Uint8Array): Outcome {
  try {
    return { ok: true, out: inflateZlib(stream, CAP) };
  } catch (e) {
    if (!(e instanceof InflateError)) throw e;
    return { ok: false };
  }
}

describe('equal output on valid streams', () => {
  it(
    'node deflate at random levels, strategies, windows and memory levels',
    () => {
      fc.assert(
        fc.property(data, options, (d, o) => {
          const stream = u8(deflateSync(d, o));
          expect(same(inflateZlib(stream, CAP), d)).toBe(true);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(0.5),
  );
  it(
    'multi-block streams: sync-flushed segments with different settings (stored, fixed, dynamic)',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(data, options), { minLength: 1, maxLength: 4 }), (parts) => {
          const stream = multiBlock(parts);
          const all = concatBytes(...parts.map(([d]) => d));
          const node = theirs(stream);
          expect(node.ok && same(node.out, all)).toBe(true);
          expect(same(inflateZlib(stream, CAP), all)).toBe(true);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(0.5),
  );
  it.each([0, 1, 65535, 65536, 200_000])('stored blocks (level 0), %i bytes', (n) => {
    const d = Uint8Array.from({ length: n }, (_, i) => (i * 7919) & 255);
    expect(same(inflateZlib(u8(deflateSync(d, { level: 0 })), CAP), d)).toBe(true);
  });
  it('fixed Huffman blocks (Z_FIXED) over long matches', () => {
    const d = new TextEncoder().encode('デジタル資格者証'.repeat(5000));
    expect(same(inflateZlib(u8(deflateSync(d, { strategy: constants.Z_FIXED })), CAP), d)).toBe(true);
  });
});

describe('mutated streams', () => {
  const valid = fc.tuple(data, options).map(([d, o]) => u8(deflateSync(d, o)));
  it(
    'throw only InflateError, and agree with node (accept ⇔ accept, same output)',
    () => {
      fc.assert(
        fc.property(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }), (stream, ms) => {
          // The header keeps CINFO 7 (32 KiB window): with a smaller declared window node refuses
          // distances beyond it only across its output chunks, which the profile does not define.
          const body = ms.reduce(mutate, stream.subarray(2));
          const mutated = concatBytes(Uint8Array.of(0x78, 0x9c), body);
          const a = ours(mutated);
          const b = theirs(mutated);
          expect(a.ok, Buffer.from(mutated).toString('hex')).toBe(b.ok);
          if (a.ok && b.ok) expect(same(a.out, b.out)).toBe(true);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(0.5),
  );
  it(
    'any bytes at all: only InflateError',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
          ours(bytes);
          ours(concatBytes(Uint8Array.of(0x78, 0x9c), bytes));
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(0.5),
  );
});

describe('the stream must be exactly one zlib stream', () => {
  const stream = u8(deflateSync(new TextEncoder().encode('status list')));
  const fails = (bytes: Uint8Array, cap = CAP) => expect(() => inflateZlib(bytes, cap)).toThrow(InflateError);
  it('trailing data is refused (node ignores it)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8 }), (extra) => {
        fails(concatBytes(stream, extra));
      }),
    );
    expect(u8(inflateSync(concatBytes(stream, Uint8Array.of(1, 2, 3))))).toEqual(
      new TextEncoder().encode('status list'),
    );
  });
  it('a missing or wrong Adler-32 is refused', () => {
    fails(stream.subarray(0, -4));
    const bad = Uint8Array.from(stream);
    bad[bad.length - 1] = (bad.at(-1) as number) ^ 0x80;
    fails(bad);
  });
  it.each([
    ['a bad header check', [0x78, 0x9d]],
    ['a preset dictionary', [0x78, 0xbb]],
    ['compression method 7', [0x77, 0x9c]],
    ['window size 2^16 (CINFO 8)', [0x88, 0x98]],
  ])('refuses %s', (_, h) => fails(concatBytes(Uint8Array.from(h), stream.subarray(2))));
  it('refuses raw deflate, gzip and empty input', () => {
    fails(u8(deflateRawSync(Uint8Array.of(1, 2, 3))));
    fails(new Uint8Array(0));
  });
  it('refuses a reserved block type 3 and a stored length mismatch', () => {
    fails(Uint8Array.of(0x78, 0x9c, 0x07, 0, 0, 0, 1));
    fails(Uint8Array.of(0x78, 0x9c, 0x01, 0x01, 0x00, 0x00, 0x00, 0x41, 0, 0, 0, 0));
  });
  it('refuses output above the cap, accepts it at the cap', () => {
    const big = u8(deflateSync(new Uint8Array(100_000)));
    fails(big, 99_999);
    expect(inflateZlib(big, 100_000)).toHaveLength(100_000);
  });
});
