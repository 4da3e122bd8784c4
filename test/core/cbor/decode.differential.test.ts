// Differential property: our strict decoder against cbor2 in its strictest options. On random
// bytes, CBOR-shaped random heads and mutated valid encodings: ours accepts ⇔ cbor2-strict
// accepts and the profile-only rules below hold; when both accept, the values are equal.
//
// Deliberate differences, filtered explicitly in `profileAllows` (cbor2 has no option for them):
//  - true, false and null: cbor2 keeps them under rejectSimple; the profile refuses all of major 7.
//  - tags: cbor2 (ignoreGlobalTags) keeps any tag as a Tag; the profile allows only 18, and our
//    decoder refuses a tag inside a tag inside a tag (no profile nests them; it bounds recursion).
//  - integers beyond ±(2^53−1): cbor2 returns bigint (or an unsafe number); the profile refuses them.
//  - nesting: cbor2 counts depth its own way (arrays 2 per level, maps and tags 1, leaves too), so
//    its maxDepth is set high (64) and the profile's ≤ 16 arrays/maps is checked on the value.
//    Inputs nesting more than ~32 levels (beyond cbor2's 64) do not occur in these generators.
import { decode, Tag } from 'cbor2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CborValue, decodeCbor, Tagged } from '../../../core/cbor/decode';
import { encodeCbor } from '../../../core/cbor/encode';
import { arbitraryValue, mutate, mutation } from '../support/cbor-values';
import { fuzzRuns, fuzzTimeout } from '../support/runs';

const CBOR2_STRICT = {
  rejectDuplicateKeys: true,
  rejectStreaming: true,
  requirePreferred: true,
  rejectFloats: true,
  rejectSimple: true,
  rejectUndefined: true,
  rejectBigInts: true,
  ignoreGlobalTags: true,
  preferMap: true,
  maxDepth: 64,
} as const;

/** The profile's rules that cbor2 has no option for, checked on cbor2's value. */
function profileAllows(v: unknown, depth = 0, tagDepth = 0): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v);
  if (typeof v === 'string' || v instanceof Uint8Array) return true;
  if (v instanceof Tag) return v.tag === 18 && tagDepth < 2 && profileAllows(v.contents, depth, tagDepth + 1);
  if (Array.isArray(v)) return depth < 16 && v.every((x) => profileAllows(x, depth + 1));
  if (v instanceof Map)
    return depth < 16 && [...v].every(([k, x]) => profileAllows(k, depth + 1) && profileAllows(x, depth + 1));
  return false; // boolean, null, bigint, anything else
}

/** A comparable form of either decoder's value. */
function canon(v: unknown): unknown {
  if (v instanceof Tagged) return ['tag', v.tag, canon(v.value)];
  if (v instanceof Tag) return ['tag', Number(v.tag), canon(v.contents)];
  if (v instanceof Uint8Array) return ['bytes', Buffer.from(v).toString('hex')];
  if (Array.isArray(v)) return ['array', v.map(canon)];
  if (v instanceof Map) return ['map', [...v].map(([k, x]) => [canon(k), canon(x)])];
  return v;
}

type Outcome = { ok: true; value: unknown } | { ok: false; why: string };
function ours(bytes: Uint8Array): Outcome {
  try {
    return { ok: true, value: decodeCbor(bytes) as CborValue };
  } catch (e) {
    return { ok: false, why: String(e) };
  }
}
function theirs(bytes: Uint8Array): Outcome {
  let value: unknown;
  try {
    value = decode(bytes, CBOR2_STRICT);
  } catch (e) {
    return { ok: false, why: `cbor2: ${String(e)}` };
  }
  return profileAllows(value) ? { ok: true, value } : { ok: false, why: 'profile-only rule' };
}

function agree(bytes: Uint8Array): void {
  const a = ours(bytes);
  const b = theirs(bytes);
  const hex = Buffer.from(bytes).toString('hex');
  expect(a.ok, `${hex}: ours ${a.ok ? 'accepts' : a.why}, cbor2+profile ${b.ok ? 'accepts' : b.why}`).toBe(
    b.ok,
  );
  if (a.ok && b.ok) expect(canon(a.value), hex).toEqual(canon(b.value));
}

/** A head with a random major type and additional information, and some argument bytes. */
const head = fc
  .tuple(
    fc.integer({ min: 0, max: 7 }),
    fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(24, 25, 26, 27, 28, 31)),
    fc.uint8Array({ maxLength: 8 }),
  )
  .map(([major, info, rest]) =>
    Uint8Array.from([(major << 5) | info, ...rest.subarray(0, [1, 2, 4, 8][info - 24] ?? 0)]),
  );
const shaped = fc.array(head, { maxLength: 12 }).map((hs) => Uint8Array.from(hs.flatMap((h) => [...h])));

describe('strict decoder ⇔ cbor2 strict (+ the documented profile-only rules)', () => {
  const runs = fuzzRuns();
  it(
    'random bytes',
    () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 48 }), agree), { numRuns: runs });
    },
    fuzzTimeout(0.2),
  );
  it(
    'CBOR-shaped random heads',
    () => {
      fc.assert(fc.property(shaped, agree), { numRuns: runs });
    },
    fuzzTimeout(0.2),
  );
  it(
    'mutated valid encodings',
    () => {
      const mutated = fc
        .tuple(arbitraryValue, fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([v, ms]) => ms.reduce(mutate, encodeCbor(v)));
      fc.assert(fc.property(mutated, agree), { numRuns: runs });
    },
    fuzzTimeout(0.2),
  );
  it(
    'valid encodings',
    () => {
      fc.assert(fc.property(arbitraryValue.map(encodeCbor), agree), { numRuns: Math.min(runs, 10_000) });
    },
    fuzzTimeout(0.2),
  );
  it('known differences are filtered, not hidden (spot checks)', () => {
    expect(theirs(Uint8Array.of(0xf5))).toEqual({ ok: false, why: 'profile-only rule' });
    expect(theirs(Uint8Array.of(0xc1, 0x00))).toEqual({ ok: false, why: 'profile-only rule' });
    expect(theirs(Uint8Array.from(Buffer.from('1b0020000000000000', 'hex'))).ok).toBe(false);
    expect(ours(Uint8Array.of(0xf5)).ok).toBe(false);
  });
});
