// Reason codes of steps 3–6 (PROFILE §3, §6): MALFORMED_COSE, UNSUPPORTED_ALG, UNKNOWN_SIGNER,
// BAD_SIGNATURE — tokens built by hand with the encoder and signed over the bytes as given.
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../core/bytes';
import { Tagged } from '../../core/cbor/decode';
import { encodeCbor } from '../../core/cbor/encode';
import { TYP_CREDENTIAL } from '../../core/cose/dqc-header';
import { generateKeyPair, type KeyPair } from '../../issuer/folder/keys';
import { signCredential } from '../../issuer/issuing/credential';
import { context, sampleInput } from '../helpers/world';
import { run } from './support/result';
import { expectInvalid, type Sample, sampleWorld } from './support/shared-world';
import { claimsBytes, defaultHeader, hex, type RawToken, rawToken, urlOf } from './support/tokens';

let s: Sample;
let stranger: KeyPair;
beforeAll(async () => {
  s = await sampleWorld();
  stranger = await generateKeyPair();
});
/** A header map from label/value pairs: h(1, -7, 4, kid). */
function h(...pairs: unknown[]): Map<number, never> {
  const m = new Map<number, never>();
  for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i] as number, pairs[i + 1] as never);
  return m;
}
const raw = (t: RawToken, key: KeyPair = s.world.signer) => rawToken(key, t);

describe('hand-built tokens verify when they follow the profile (control)', () => {
  const verdict = async (bytes: Uint8Array) => (await run(urlOf(bytes), context(s.world))).verdict;
  it('with the default header', async () => {
    expect(await verdict(await raw({}))).toBe('valid');
  });
  it('without typ (optional in credentials)', async () => {
    expect(await verdict(await raw({ header: h(1, -7, 4, s.world.signer.kid) }))).toBe('valid');
  });
});

describe('MALFORMED_COSE (step 3)', () => {
  const kid = () => s.world.signer.kid;
  const cases: [string, () => Promise<Uint8Array>][] = [
    ['untagged COSE_Sign1', () => raw({ envelope: 'untagged' })],
    ['CWT tag 61 around tag 18', () => raw({ envelope: 'tag61' })],
    ['an extra protected label (5)', () => raw({ header: h(1, -7, 4, kid(), 5, hex('00')) })],
    ['label "1" as text', () => raw({ header: h('1', -7, 4, kid()) })],
    ['alg missing', () => raw({ header: h(4, kid()) })],
    ['kid missing', () => raw({ header: h(1, -7) })],
    ['an empty protected bstr', () => raw({ header: new Uint8Array(0) })],
    ['a non-empty unprotected map', () => raw({ unprotected: h(4, kid()) })],
    ['a 63-byte signature', () => raw({ signatureLength: 63 })],
    ['a 65-byte signature', () => raw({ signatureLength: 65 })],
    ['a kid of 7 bytes', () => raw({ header: h(1, -7, 4, kid().subarray(0, 7)) })],
    ['a kid of 9 bytes', () => raw({ header: h(1, -7, 4, concatBytes(kid(), hex('00'))) })],
    ['a kid as text', () => raw({ header: h(1, -7, 4, 'kid-text') })],
    ['typ of a trust list', () => raw({ header: h(1, -7, 4, kid(), 16, 'application/dqc-trustlist+cwt') })],
    ['typ "application/cwt"', () => raw({ header: h(1, -7, 4, kid(), 16, 'application/cwt') })],
    ['typ as content-format number', () => raw({ header: h(1, -7, 4, kid(), 16, 61) })],
    [
      'a protected header that is not strict CBOR',
      () => raw({ header: hex('a2 01 26 04 58 08 0001020304050607') }),
    ],
    ['a protected header with a float', () => raw({ header: hex('a2 01 f9 3c00 04 48 0001020304050607') })],
    ['a protected header that is an array', () => raw({ header: encodeCbor([-7]) })],
    ['a nil payload', () => nilPayload()],
    ['trailing bytes after the envelope', async () => concatBytes(await raw({}), hex('00'))],
    ['tag 18 around a map', async () => encodeCbor(new Tagged(18, new Map([[1, 2]])))],
    [
      'an array of 3',
      async () =>
        encodeCbor(new Tagged(18, [encodeCbor(defaultHeader(s.world.signer)), new Map(), claimsBytes()])),
    ],
    [
      'a text payload',
      async () =>
        encodeCbor(
          new Tagged(18, [encodeCbor(defaultHeader(s.world.signer)), new Map(), 'x', new Uint8Array(64)]),
        ),
    ],
    ['an indefinite-length envelope', async () => indefinite(await raw({}))],
  ];
  async function nilPayload(): Promise<Uint8Array> {
    const good = await raw({});
    const parts = [encodeCbor(defaultHeader(s.world.signer)), hex('a0 f6'), encodeCbor(good.subarray(-64))];
    return concatBytes(hex('d2 84'), ...parts);
  }
  function indefinite(good: Uint8Array): Uint8Array {
    return concatBytes(hex('d2 9f'), good.subarray(2), hex('ff')); // d2 84 … → d2 9f … ff
  }
  it.each(cases)('%s', async (_, make) => {
    const r = await expectInvalid(
      urlOf(await make()),
      context(s.world),
      'MALFORMED_COSE',
      'P P MALFORMED_COSE S*7 P',
    );
    expect(r.credential).toBeUndefined();
  });
});

describe('UNSUPPORTED_ALG (step 4)', () => {
  const withAlg = (alg: number | string) => h(1, alg, 4, s.world.signer.kid, 16, TYP_CREDENTIAL);
  it.each([
    ['ES384 (-35) in the protected header', -35],
    ['EdDSA (-8)', -8],
    ['alg 0', 0],
    ['alg as text "ES256"', 'ES256'],
  ] as [string, number | string][])('%s: step 5 still runs, 6–10 skipped', async (_, alg) => {
    const r = await expectInvalid(
      urlOf(await raw({ header: withAlg(alg) })),
      context(s.world),
      'UNSUPPORTED_ALG',
      'P P P UNSUPPORTED_ALG P S*5 P',
    );
    expect(r.checks[3]).toEqual({ step: 4, name: 'alg', result: 'fail', code: 'UNSUPPORTED_ALG' });
  });
  it('with an unknown kid as well, both fail and the first gives the reason', async () => {
    const header = h(1, -35, 4, stranger.kid);
    await expectInvalid(
      urlOf(await raw({ header }, stranger)),
      context(s.world),
      'UNSUPPORTED_ALG',
      'P P P UNSUPPORTED_ALG UNKNOWN_SIGNER S*5 P',
    );
  });
});

describe('UNKNOWN_SIGNER (step 5)', () => {
  const cases: [string, () => KeyPair][] = [
    ['a key not in the trust list', () => stranger],
    ['a status signer key (not a credential signer)', () => s.world.statusKey],
    ['the trust anchor', () => s.world.anchor],
  ];
  it.each(cases)('%s', async (_, key) => {
    const token = await signCredential(sampleInput(), key());
    const r = await expectInvalid(
      urlOf(token),
      context(s.world),
      'UNKNOWN_SIGNER',
      'P*4 UNKNOWN_SIGNER S*5 P',
    );
    expect(r.checks[4]).toEqual({ step: 5, name: 'signer', result: 'fail', code: 'UNKNOWN_SIGNER' });
  });
});

describe('BAD_SIGNATURE (step 6)', () => {
  const cases: [string, () => Promise<Uint8Array>][] = [
    [
      'claims changed after signing',
      () =>
        signCredential(sampleInput(), s.world.signer, {
          tamper: () => claimsBytes({ holderName: '山田 太郎' }),
        }),
    ],
    [
      'signed by another key under the signer kid',
      () => raw({ header: defaultHeader(s.world.signer) }, stranger),
    ],
    ['one signature bit flipped', async () => flip(await raw({}), -1)],
    ['protected header re-encoded (typ dropped) after signing', () => resign()],
    ['an all-zero signature', async () => concatBytes((await raw({})).subarray(0, -64), new Uint8Array(64))],
  ];
  function flip(bytes: Uint8Array, at: number): Uint8Array {
    const out = Uint8Array.from(bytes);
    out[out.length + at] = (out.at(at) as number) ^ 1;
    return out;
  }
  async function resign(): Promise<Uint8Array> {
    const signed = await raw({});
    const other = await raw({ header: h(1, -7, 4, s.world.signer.kid) });
    return concatBytes(other.subarray(0, -64), signed.subarray(-64));
  }
  it.each(cases)('%s: credential absent, 7–10 skipped', async (_, make) => {
    const r = await expectInvalid(
      urlOf(await make()),
      context(s.world),
      'BAD_SIGNATURE',
      'P*5 BAD_SIGNATURE S*4 P',
    );
    expect(r.checks[5]).toEqual({ step: 6, name: 'signature', result: 'fail', code: 'BAD_SIGNATURE' });
    expect(r.credential).toBeUndefined();
  });
});
