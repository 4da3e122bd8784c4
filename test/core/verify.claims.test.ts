// MALFORMED_CLAIMS (step 7): each claim rule of PROFILE §3 and the strict CBOR rules inside the
// payload, with signed tokens; controls show what the rules let through.
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../core/bytes';
import { type Encodable, encodeCbor as enc } from '../../core/cbor/encode';
import { type CredentialInput, credentialClaims } from '../../issuer/issuing/credential';
import { context, NOW, sampleInput } from '../helpers/world';
import { run } from './support/result';
import { expectInvalid, type Sample, sampleWorld } from './support/shared-world';
import { appendEntry, claimsBytes, hex, nestedArrays, rawToken, urlOf } from './support/tokens';

let s: Sample;
beforeAll(async () => {
  s = await sampleWorld();
});
const signed = (payload: Uint8Array) => rawToken(s.world.signer, { payload });
const extra = (key: Uint8Array, value: Uint8Array) => appendEntry(claimsBytes(), key, value);
/** The sample claims edited as a map (for what the encoder can express). */
function claimsWith(edit: (claims: Map<number, Encodable>, dqc: Map<number | string, Encodable>) => void) {
  const claims = credentialClaims(sampleInput());
  const dqc = claims.get(-65537) as Map<number | string, Encodable>;
  edit(claims, dqc);
  return enc(claims);
}
const astral = (n: number) => '𠮷'.repeat(n);

const viaInput: [string, Partial<CredentialInput>][] = [
  ['a name not in NFC (NFD "é")', { holderName: 'Cafe\u0301' }],
  ['a Cf character U+200B', { holderName: '山田\u200b花子' }],
  ['a BOM U+FEFF', { holderName: '\ufeff山田 花子' }],
  ['a Cc character U+0007', { holderName: '山田\u0007花子' }],
  ['a private-use U+E000', { holderName: '山田\ue000' }],
  ['a noncharacter U+FFFE', { holderName: '山田\ufffe' }],
  ['a noncharacter U+FDD0', { issuingBody: '機関\ufdd0' }],
  ['a code point unassigned in Unicode 15.1 (U+2EE5E)', { holderName: '山田\u{2ee5e}' }],
  ['65 scalar values in a 64 field', { holderName: astral(65) }],
  ['an empty name', { holderName: '' }],
  ['a 33-character registration number', { registrationNumber: '1'.repeat(33) }],
  ['an empty iss', { iss: '' }],
  ['a 65-character iss', { iss: 'a'.repeat(65) }],
  ['iss with a Cf character', { iss: 'jp.example.mhlw\u200d' }],
  ['date 2023-02-29', { registrationDate: '2023-02-29' }],
  ['birth year 1867', { birthDate: '1867-12-31' }],
  ['year 3000', { registrationDate: '3000-01-01' }],
  ['month 13', { birthDate: '1990-13-01' }],
  ['day 31 in April', { birthDate: '1990-04-31' }],
  ['date without zero padding', { birthDate: '1990-4-01' }],
  ['a date followed by a newline', { birthDate: '1990-04-01\n' }],
  ['full-width digits in a date', { birthDate: '１９９０-04-01' }],
  ['grant date 1900-02-29 (not a leap year)', { grantDate: '1900-02-29' }],
  ['code 85', { code: 85 }],
  ['code 999', { code: 999 }],
  ['code 0', { code: 0 }],
  ['a 15-byte cti', { cti: new Uint8Array(15) }],
  ['a negative iat', { iat: -1 }],
  ['a negative exp', { exp: -5 }],
  ['a negative status idx', { status: { idx: -1, uri: 'https://dqcv.example.jp/status/1' } }],
  ['a status uri with U+200B', { status: { idx: 7, uri: 'https://dqcv.example.jp/status/1\u200b' } }],
  ['a 31-byte photo digest', { photoDigest: new Uint8Array(31) }],
  [
    '17 other items',
    { otherItems: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) },
  ],
  ['an other item value of 65 characters', { otherItems: { 備考: 'あ'.repeat(65) } }],
  ['a kana name with U+200B', { holderNameKana: 'ヤマダ\u200bハナコ' }],
];

const viaBytes: [string, () => Uint8Array][] = [
  ['a text key "1" in the claims (distinct from 1)', () => extra(enc('1'), enc('x'))],
  ['a float in an unknown claim', () => extra(enc(99), hex('f9 3c00'))],
  ['true in an unknown claim', () => extra(enc(99), hex('f5'))],
  ['null in an unknown claim', () => extra(enc(99), hex('f6'))],
  ['undefined in an unknown claim', () => extra(enc(99), hex('f7'))],
  ['tag 1 in an unknown claim', () => extra(enc(99), hex('c1 00'))],
  ['exp wrapped in tag 18', () => extra(enc(4), hex('d2 1a 6a b0 00 00'))],
  // Tag 18 belongs to the envelope only: a payload carries no tags at all (PROFILE §6).
  ['tag 18 in an unknown claim', () => extra(enc(99), hex('d2 00'))],
  ['a non-shortest integer in an unknown claim', () => extra(enc(99), hex('18 05'))],
  ['an indefinite-length array in an unknown claim', () => extra(enc(99), hex('9f 01 ff'))],
  ['a duplicate iat', () => extra(enc(6), enc(NOW))],
  ['invalid UTF-8 (a CESU-8 surrogate) in an unknown claim', () => extra(enc(99), hex('63 ed a0 80'))],
  ['an integer below −(2^53−1) in an unknown claim', () => extra(enc(99), hex('3b 001f ffff ffff ffff'))],
  ['an integer above 2^53−1 in an unknown claim', () => extra(enc(99), hex('1b 0020 0000 0000 0000'))],
  ['nesting 17 in an unknown claim', () => extra(enc(99), nestedArrays(16))],
  ['a byte after the claims', () => concatBytes(claimsBytes(), hex('00'))],
  ['claims that are an array', () => enc([1, 2])],
  ['a text key in the dqc map', () => claimsWith((_, d) => d.set('12', 'x'))],
  ['an integer key in the other items map', () => claimsWith((_, d) => d.set(9, new Map([[1, 'v']])))],
  ['an empty other items map', () => claimsWith((_, d) => d.set(9, new Map()))],
  ['item 2 missing', () => claimsWith((_, d) => d.delete(2))],
  ['item 7 missing', () => claimsWith((_, d) => d.delete(7))],
  ['cti missing', () => claimsWith((c) => c.delete(7))],
  ['status missing', () => claimsWith((c) => c.delete(65535))],
  [
    'an integer key in the status_list map',
    () =>
      claimsWith((c) =>
        c.set(65535, {
          status_list: new Map<number | string, Encodable>([
            ['idx', 7],
            ['uri', 'https://dqcv.example.jp/status/1'],
            [1, 2],
          ]),
        }),
      ),
  ],
  ['iat as text', () => claimsWith((c) => c.set(6, String(NOW)))],
];

describe('MALFORMED_CLAIMS (step 7)', () => {
  it.each(viaInput)('%s', async (_, overrides) => {
    const r = await expectInvalid(
      urlOf(await signed(claimsBytes(overrides))),
      context(s.world),
      'MALFORMED_CLAIMS',
      'P*6 MALFORMED_CLAIMS S*3 P',
    );
    expect(r.checks[6]).toEqual({ step: 7, name: 'claims', result: 'fail', code: 'MALFORMED_CLAIMS' });
    expect(r.credential).toBeUndefined();
  });
  it.each(viaBytes)('%s', async (_, make) => {
    await expectInvalid(
      urlOf(await signed(make())),
      context(s.world),
      'MALFORMED_CLAIMS',
      'P*6 MALFORMED_CLAIMS S*3 P',
    );
  });
});

describe('claims the rules let through (controls)', () => {
  const valid: [string, () => Uint8Array][] = [
    ['64 astral scalar values (128 UTF-16 units)', () => claimsBytes({ holderName: astral(64) })],
    [
      'a CJK Ext. I character, assigned in 15.1 (U+2EBF0)',
      () => claimsBytes({ holderName: '山田\u{2ebf0}' }),
    ],
    [
      'a leap day 2024-02-29 and year 1868',
      () => claimsBytes({ birthDate: '1868-01-01', registrationDate: '2024-02-29' }),
    ],
    [
      'an issuer-local code 1000 with any name',
      () => claimsBytes({ code: 1000, qualificationName: '独自資格' }),
    ],
    [
      'all optional items',
      () =>
        claimsBytes({
          grantDate: '2015-04-01',
          otherItems: { 備考: 'なし' },
          photoDigest: new Uint8Array(32),
          holderNameKana: 'ヤマダ ハナコ',
          exp: NOW + 1,
        }),
    ],
    ['an unknown claim with U+200B text (only strict CBOR applies)', () => extra(enc(99), enc('\u200b'))],
    ['an unknown dqc item', () => claimsWith((_, d) => d.set(99, [1, 'x']))],
    [
      'unknown text keys inside the status map',
      () =>
        claimsWith((c) =>
          c.set(65535, { status_list: { idx: 7, uri: 'https://dqcv.example.jp/status/1', x: 1 }, y: 2 }),
        ),
    ],
    ['nesting 16 in an unknown claim (claims map = 1)', () => extra(enc(99), nestedArrays(15))],
    ['−(2^53−1) in an unknown claim', () => extra(enc(99), hex('3b 001f ffff ffff fffe'))],
  ];
  it.each(valid)('%s', async (_, make) => {
    const r = await run(urlOf(await signed(make())), context(s.world));
    expect(r.reasons).toEqual([]);
  });
});

describe('the credential member (PROFILE §6)', () => {
  it('dqc keys as decimal strings, byte strings as unpadded base64url, times as in the token', async () => {
    const payload = claimsBytes({
      exp: NOW + 1,
      grantDate: '2015-04-01',
      otherItems: { 備考: 'なし' },
      photoDigest: new Uint8Array(32),
      holderNameKana: 'ヤマダ ハナコ',
    });
    const r = await run(urlOf(await signed(payload)), context(s.world));
    expect(r.credential).toEqual({
      iss: 'jp.example.mhlw',
      iat: NOW - 86400,
      exp: NOW + 1,
      cti: 'AQIDBAUGBwgJCgsMDQ4PEA',
      status: { idx: 7, uri: 'https://dqcv.example.jp/status/1' },
      dqc: {
        '1': 1,
        '2': '介護福祉士',
        '3': '山田 花子',
        '4': '1990-04-01',
        '5': '123456',
        '6': '2015-05-01',
        '7': '公益財団法人社会福祉振興・試験センター',
        '8': '2015-04-01',
        '9': { 備考: 'なし' },
        '10': 'A'.repeat(43),
        '11': 'ヤマダ ハナコ',
      },
      signer: '厚生労働省（テスト）',
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain JSON
  });
});
