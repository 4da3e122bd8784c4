// fast-check arbitraries for CBOR values the profile allows (safe integers, text, bytes, arrays,
// maps with integer or text keys, tag 18), and mutations of their encodings.
import fc from 'fast-check';
import { Tagged } from '../../../core/cbor/decode';
import type { Encodable } from '../../../core/cbor/encode';

const integer = fc.oneof(
  fc.integer({ min: -30, max: 30 }),
  fc.constantFrom(
    23,
    24,
    255,
    256,
    65535,
    65536,
    2 ** 32 - 1,
    2 ** 32,
    2 ** 53 - 1,
    -24,
    -25,
    -(2 ** 53 - 1),
  ),
  fc.maxSafeInteger(),
);
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 8 }));

export const arbitraryValue: fc.Arbitrary<Encodable> = fc.letrec<{ value: Encodable }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    integer,
    text,
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .array(fc.tuple(fc.oneof(integer, text), tie('value')), { maxLength: 5 })
      .map((entries) => new Map<number | string, Encodable>(entries)),
    // A tag never directly holds a tag (the decoder refuses chains of three).
    tie('value')
      .filter((v) => !(v instanceof Tagged))
      .map((v) => new Tagged(18, v as never)),
  ),
})).value;

/** One edit of a byte string: flip a bit, set a byte, insert, delete, truncate, or repeat a slice. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 16 }) }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  const at = n === 0 ? 0 : m.at % (n + 1);
  const before = bytes.subarray(0, at);
  const after = bytes.subarray(at);
  switch (m.kind) {
    case 'flip': {
      if (n === 0) return bytes;
      const out = Uint8Array.from(bytes);
      const i = m.at % n;
      out[i] = (out[i] as number) ^ (1 << m.bit);
      return out;
    }
    case 'set': {
      if (n === 0) return bytes;
      const out = Uint8Array.from(bytes);
      out[m.at % n] = m.byte;
      return out;
    }
    case 'insert':
      return Uint8Array.from([...before, ...m.bytes, ...after]);
    case 'delete':
      return Uint8Array.from([...before, ...after.subarray(m.count)]);
    case 'truncate':
      return bytes.slice(0, at);
    case 'repeat':
      return Uint8Array.from([...before, ...after.subarray(0, m.count), ...after]);
  }
}
