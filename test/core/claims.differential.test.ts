// Differential property: the one-pass claims reader (core/claims.ts) against the plain reading of
// PROFILE §3 over the generic strict decoder's value tree (support/claims-reference.ts). On genuine
// payloads, their mutations and claim maps built field by field from valid, edge and arbitrary
// values (keys repeated, unknown, of the wrong type, in any order): both accept or both refuse,
// and when they accept the claims are equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../core/bytes';
import { type Encodable, encodeCbor } from '../../core/cbor/encode';
import { CLAIM, readClaims } from '../../core/claims';
import { credentialClaims } from '../../issuer/issuing/credential';
import { sampleInput } from '../helpers/world';
import { arbitraryValue, mutate, mutation } from './support/cbor-values';
import { referenceClaims } from './support/claims-reference';
import { fuzzRuns, fuzzTimeout } from './support/runs';

function agree(payload: Uint8Array): void {
  const ours = readClaims(payload);
  const reference = referenceClaims(payload);
  const hex = toHex(payload);
  expect(ours === null, `${hex}: one-pass ${ours ? 'accepts' : 'refuses'}`).toBe(reference === null);
  if (ours && reference) expect(ours, hex).toEqual(reference);
}

const genuine = [
  sampleInput(),
  sampleInput({ exp: 1_800_000_000, grantDate: '2015-04-01', holderNameKana: 'ヤマダ ハナコ' }),
  sampleInput({ otherItems: { 備考: 'なし', 条件: '眼鏡等' }, photoDigest: new Uint8Array(32).fill(7) }),
  sampleInput({ code: 1000, qualificationName: '独自資格', holderName: 'Zoë Ångström' }),
].map((input) => encodeCbor(credentialClaims(input)));

/** A map's encoding from at most 23 encoded entries, as given: repeats and any key order kept. */
function rawMap(entries: [Uint8Array, Uint8Array][]): Uint8Array {
  if (entries.length > 23) throw new RangeError('a one-byte map head holds at most 23 entries');
  return Uint8Array.from([0xa0 | entries.length, ...entries.flatMap(([k, v]) => [...k, ...v])]);
}
const enc = (v: Encodable) => encodeCbor(v);

const anyValue = arbitraryValue.map(enc);
/** Mostly a valid value, sometimes an edge case of its kind, sometimes any CBOR value at all. */
const fieldValue = <T extends Encodable>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 40, arbitrary: valid.map(enc) },
    { weight: 1, arbitrary: edge.map(enc) },
    { weight: 1, arbitrary: anyValue },
  );
const validTexts = fc.constantFrom('山田 花子', 'a', 'x'.repeat(64), 'é', 'Zoë', '第１号');
const textValue = fieldValue(
  validTexts,
  fc.oneof(
    fc.constantFrom('', 'x'.repeat(65), 'e\u0301', '\u200b', '\ufffe', '\ud800'),
    fc.string({ maxLength: 70 }),
  ),
);
const dateValue = fieldValue(
  fc.constantFrom('1990-04-01', '2000-02-29', '1868-01-01', '2999-12-31'),
  fc.constantFrom('1900-02-29', '1867-12-31', '3000-01-01', '1990-4-01', '１９９０-04-01', '1990-04-01 '),
);
const uintValue = fieldValue(
  fc.constantFrom(0, 1, 84, 1000, 2 ** 53 - 1),
  fc.constantFrom(85, 999, -1, -(2 ** 53 - 1)),
);
const bytesValue = (n: number) =>
  fieldValue(
    fc.uint8Array({ minLength: n, maxLength: n }),
    fc.uint8Array({ minLength: n - 1, maxLength: n + 1 }),
  );
/** The value of an unknown key: mostly plain (a tag anywhere refuses the whole payload). */
const unknownValue = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 })).map(enc),
  },
  { weight: 1, arbitrary: anyValue },
);
/** How often a known key appears: mostly once, sometimes not at all or twice. */
const times = fc.oneof({ weight: 60, arbitrary: fc.constant(1) }, fc.constant(0), fc.constant(2));
/** Entries of a map: each known key with its kind of value (maybe left out, maybe repeated), a few unknown keys, shuffled. */
function entries(
  known: [Encodable, fc.Arbitrary<Uint8Array>][],
  unknownKey: fc.Arbitrary<Encodable>,
): fc.Arbitrary<[Uint8Array, Uint8Array][]> {
  const each = known.map(([key, value]) =>
    fc
      .tuple(times, value, value)
      .map(([n, a, b]) =>
        [[enc(key), a] as [Uint8Array, Uint8Array], [enc(key), b] as [Uint8Array, Uint8Array]].slice(0, n),
      ),
  );
  const unknown = fc.tuple(unknownKey.map(enc), unknownValue);
  const extra = fc.oneof(
    { weight: 10, arbitrary: fc.constant([]) },
    fc.array(unknown, { minLength: 1, maxLength: 2 }),
  );
  return fc
    .tuple(fc.tuple(...each), extra, fc.array(fc.nat(), { minLength: 24, maxLength: 24 }))
    .map(([knowns, more, order]) =>
      [...knowns.flat(), ...more]
        .map((e, i) => [order[i] as number, e] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, e]) => e)
        .slice(0, 23),
    );
}
const textKey = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('status_list', 'idx', 'uri'));
const intKey = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom(65535, -65537, 65536, 2 ** 53 - 1),
);
/** Item 9: mostly 1–3 distinct keys, or 16; sometimes none, 17, a repeated key, or any value. */
const distinctItems = (value: fc.Arbitrary<Uint8Array>, minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.tuple(value, value), { minLength, maxLength, selector: ([k]) => toHex(k) }).map(rawMap);
const otherItemsValue = fc.oneof(
  { weight: 12, arbitrary: distinctItems(textValue, 1, 3) },
  {
    weight: 2,
    arbitrary: distinctItems(
      fc.string({ minLength: 1, maxLength: 3, unit: 'grapheme-ascii' }).map(enc),
      16,
      16,
    ),
  },
  fc.array(fc.tuple(textValue, textValue), { maxLength: 17 }).map(rawMap),
  anyValue,
);
const statusList = entries(
  [
    ['idx', uintValue],
    ['uri', textValue],
  ],
  textKey,
).map(rawMap);
const status = fc.oneof(
  { weight: 20, arbitrary: entries([['status_list', statusList]], textKey).map(rawMap) },
  { weight: 1, arbitrary: anyValue },
);
const dqc = entries(
  [
    [1, uintValue],
    [2, textValue],
    [3, textValue],
    [4, dateValue],
    [5, textValue],
    [6, dateValue],
    [7, textValue],
    [8, dateValue],
    [9, otherItemsValue],
    [10, bytesValue(32)],
    [11, textValue],
  ],
  fc.oneof(intKey, textKey),
).map(rawMap);
const claims = entries(
  [
    [CLAIM.iss, textValue],
    [CLAIM.iat, uintValue],
    [CLAIM.exp, uintValue],
    [CLAIM.cti, bytesValue(16)],
    [CLAIM.status, status],
    [CLAIM.dqc, dqc],
  ],
  fc.oneof(intKey, textKey),
).map(rawMap);

describe('one-pass claims reader ⇔ claims read off the generic strict decoder', () => {
  const runs = fuzzRuns();
  it('genuine payloads are read alike', () => {
    for (const payload of genuine) {
      expect(readClaims(payload)).not.toBeNull();
      agree(payload);
    }
  });
  it(
    'mutated genuine payloads',
    () => {
      const mutated = fc
        .tuple(fc.constantFrom(...genuine), fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([p, ms]) => ms.reduce(mutate, p));
      fc.assert(fc.property(mutated, agree), { numRuns: runs });
    },
    fuzzTimeout(0.2),
  );
  it(
    'claim maps built field by field',
    () => {
      fc.assert(fc.property(claims, agree), { numRuns: runs });
    },
    fuzzTimeout(0.3),
  );
  it(
    'claim maps built field by field, then mutated',
    () => {
      const mutated = fc
        .tuple(claims, fc.array(mutation, { minLength: 1, maxLength: 2 }))
        .map(([p, ms]) => ms.reduce(mutate, p));
      fc.assert(fc.property(mutated, agree), { numRuns: runs });
    },
    fuzzTimeout(0.3),
  );
  it('the generators reach both answers', () => {
    // Not a tautology check of the reader: it keeps the property above from passing on
    // generators that only ever make refused payloads.
    const sample = fc.sample(claims, { numRuns: 2000, seed: 1 });
    const accepted = sample.filter((p) => referenceClaims(p) !== null).length;
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(sample.length - 20);
  });
});
