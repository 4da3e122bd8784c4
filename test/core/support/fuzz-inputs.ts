// The hostile inputs of verify()'s fuzz test (test/core/verify.fuzz.test.ts), shared with the
// bench that prints their time distribution (bench/verify-fuzz-times.ts): four genuine tokens
// (one revoked), their bytes mutated and spliced, and their URLs edited character by character.
import fc from 'fast-check';
import { encodeBase64Url } from '../../../core/bytes';
import { signCredential } from '../../../issuer/issuing/credential';
import { addStatusList, NOW, ORIGIN, sampleInput, type World } from '../../helpers/world';
import { mutate, mutation } from './cbor-values';

/** The four seed tokens (the fourth is revoked: status index 9 is set). */
export async function fuzzTokens(world: World): Promise<Uint8Array[]> {
  await addStatusList(world, { 7: 0, 9: 1 });
  return Promise.all(
    [
      sampleInput(),
      sampleInput({ exp: NOW + 86400, grantDate: '2015-04-01', holderNameKana: 'ヤマダ ハナコ' }),
      sampleInput({ otherItems: { 備考: 'なし', 条件: '眼鏡等' }, photoDigest: new Uint8Array(32).fill(7) }),
      sampleInput({
        code: 1000,
        qualificationName: '独自資格',
        status: { idx: 9, uri: `${ORIGIN}/status/1` },
      }),
    ].map((input) => signCredential(input, world.signer)),
  );
}

export const credentialUrl = (bytes: Uint8Array) => `${ORIGIN}/w/?c=${encodeBase64Url(bytes)}`;

export const tokenIndex = fc.nat({ max: 3 });
export const mutatedBytes = fc.oneof(
  fc.record({ from: tokenIndex, edits: fc.array(mutation, { minLength: 1, maxLength: 4 }) }),
  fc.record({ from: tokenIndex, other: tokenIndex, cut: fc.nat(), at: fc.nat() }),
);
export type BytesCase = typeof mutatedBytes extends fc.Arbitrary<infer C> ? C : never;

export function buildBytes(tokens: Uint8Array[], c: BytesCase): Uint8Array {
  const a = tokens[c.from] as Uint8Array;
  if ('edits' in c) return c.edits.reduce(mutate, a);
  const b = tokens[c.other] as Uint8Array;
  return Uint8Array.from([...a.subarray(0, c.cut % (a.length + 1)), ...b.subarray(c.at % (b.length + 1))]);
}

/** URL edits: insert, replace or delete a character, swap case, or repeat a slice. */
const urlChar = fc.oneof(
  fc.constantFrom(...'%#?&=@ \\/:.+-_cCwW0A\t\n'.split(''), '%00', '%63', '%2B', '%20', 'ｃ', '\u200b'),
  fc.string({ minLength: 1, maxLength: 2, unit: 'binary' }),
);
export const urlEdit = fc.record({
  kind: fc.constantFrom('insert', 'replace', 'delete', 'case', 'repeat'),
  at: fc.nat(),
  text: urlChar,
  count: fc.integer({ min: 1, max: 12 }),
});
export type UrlEdit = typeof urlEdit extends fc.Arbitrary<infer E> ? E : never;

export function editUrl(s: string, e: UrlEdit): string {
  const i = e.at % (s.length + 1);
  switch (e.kind) {
    case 'insert':
      return s.slice(0, i) + e.text + s.slice(i);
    case 'replace':
      return s.slice(0, i) + e.text + s.slice(i + 1);
    case 'delete':
      return s.slice(0, i) + s.slice(i + e.count);
    case 'case': {
      const ch = s.charAt(i);
      return s.slice(0, i) + (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()) + s.slice(i + 1);
    }
    default:
      return s.slice(0, i) + s.slice(i, i + e.count) + s.slice(i);
  }
}
