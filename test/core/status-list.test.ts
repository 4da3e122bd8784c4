// readStatusList (PROFILE §5): header, claims, `lst` as one zlib stream inflating to ≤ 16 MiB,
// the covering status signer, and `verifiedIat` for the clock check of step 11.
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../core/bytes';
import { type Encodable, encodeCbor } from '../../core/cbor/encode';
import { TYP_CREDENTIAL, TYP_STATUS_LIST } from '../../core/cose/dqc-header';
import { readStatusList, statusAt } from '../../core/status-list';
import { generateKeyPair, type KeyPair } from '../../issuer/folder/keys';
import { signSign1 } from '../../issuer/issuing/sign';
import { makeWorld, NOW, ORIGIN, STATUS_URI, type World } from '../helpers/world';
import { defaultHeader, hex, rawToken } from './support/tokens';

const MiB = 1024 * 1024;
const zlib = (data: Uint8Array) => new Uint8Array(deflateSync(data, { level: 9 }));
let w: World;
let stranger: KeyPair;
beforeAll(async () => {
  w = await makeWorld();
  stranger = await generateKeyPair();
});

function claims(edit: (c: Map<number, Encodable>, list: Map<string, Encodable>) => void = () => {}) {
  const list = new Map<string, Encodable>([
    ['bits', 2],
    ['lst', zlib(Uint8Array.of(0b11100100, 0, 0))],
  ]);
  const c = new Map<number, Encodable>([
    [2, STATUS_URI],
    [6, NOW - 100],
    [4, NOW + 3600],
    [65534, 600],
    [65533, list],
  ]);
  edit(c, list);
  return c;
}
const sign = (c: Map<number, Encodable>, key: KeyPair = w.statusKey, typ: string = TYP_STATUS_LIST) =>
  signSign1(c, key, typ ? { typ } : {});
const readWith = async (edit: Parameters<typeof claims>[0], key?: KeyPair) =>
  readStatusList(await sign(claims(edit), key), w.trustList);

describe('a well-formed status list token', () => {
  it('reads: entries packed from the least significant bit', async () => {
    const r = await readWith(() => {});
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({ uri: STATUS_URI, iat: NOW - 100, exp: NOW + 3600, ttl: 600, bits: 2 });
    expect(r.value.signerKid).toEqual(w.statusKey.kid);
    expect([0, 1, 2, 3, 4, 11, 12].map((i) => statusAt(r.value.entries, 2, i))).toEqual([
      0,
      1,
      2,
      3,
      0,
      0,
      undefined,
    ]);
  });
  it.each([
    ['exp == iat + 7 days', (c: Map<number, Encodable>) => c.set(4, NOW - 100 + 7 * 86400)],
    [
      'an expired list (expiry is judged by verify)',
      (c: Map<number, Encodable>) => c.set(4, NOW - 50).set(6, NOW - 100),
    ],
    ['unknown claims', (c: Map<number, Encodable>) => c.set(99, 'x')],
    [
      'exactly 16 MiB inflated',
      (_: unknown, l: Map<string, Encodable>) => l.set('lst', zlib(new Uint8Array(16 * MiB))),
    ],
  ] as [string, Parameters<typeof claims>[0]][])('accepts %s', async (_, edit) => {
    const r = await readWith(edit);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
  });
});

describe('rules of §5: a verified signature still reports verifiedIat', () => {
  const lst = (bytes: Uint8Array) => (_: unknown, l: Map<string, Encodable>) => l.set('lst', bytes);
  const good = zlib(new Uint8Array(100));
  const badAdler = Uint8Array.from(good);
  badAdler[badAdler.length - 1] = (badAdler.at(-1) as number) ^ 1;
  const cases: [string, Parameters<typeof claims>[0]][] = [
    ['bits 1', (_, l) => l.set('bits', 1)],
    ['bits 4', (_, l) => l.set('bits', 4)],
    ['bits 3', (_, l) => l.set('bits', 3)],
    ['exp > iat + 7 days', (c) => c.set(4, NOW - 100 + 7 * 86400 + 1)],
    ['ttl missing', (c) => c.delete(65534)],
    ['exp missing', (c) => c.delete(4)],
    ['lst as text', (_, l) => l.set('lst', 'eJw=')],
    ['zlib with a trailing byte', lst(concatBytes(good, hex('00')))],
    ['zlib with two streams', lst(concatBytes(good, good))],
    ['a bad Adler-32', lst(badAdler)],
    ['raw deflate without the zlib wrapper', lst(new Uint8Array(deflateRawSync(new Uint8Array(100))))],
    ['gzip', lst(new Uint8Array(gzipSync(new Uint8Array(100))))],
    ['a truncated stream', lst(good.subarray(0, good.length - 5))],
    ['inflating to 16 MiB + 1 (a small deflate bomb)', lst(zlib(new Uint8Array(16 * MiB + 1)))],
  ];
  it.each(cases)('%s', async (_, edit) => {
    const r = await readWith(edit);
    expect(r).toMatchObject({ ok: false, code: 'MALFORMED_CLAIMS', verifiedIat: NOW - 100 });
  });
  it('the deflate bomb is small', () => {
    expect(zlib(new Uint8Array(16 * MiB + 1)).length).toBeLessThan(20_000);
  });
  it('no verifiedIat when the signature does not verify', async () => {
    const token = await rawToken(stranger, {
      header: defaultHeader(w.statusKey, TYP_STATUS_LIST),
      payload: encodeCbor(claims((_, l) => l.set('bits', 1))),
    });
    const r = await readStatusList(token, w.trustList);
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('verifiedIat');
  });
});

describe('header and signer', () => {
  it('typ missing', async () => {
    expect(await readStatusList(await sign(claims(), w.statusKey, ''), w.trustList)).toMatchObject({
      ok: false,
      code: 'MALFORMED_COSE',
    });
  });
  it('typ of a credential', async () => {
    expect(
      await readStatusList(await sign(claims(), w.statusKey, TYP_CREDENTIAL), w.trustList),
    ).toMatchObject({ ok: false, code: 'MALFORMED_COSE' });
  });
  it('CWT tag 61 around tag 18', async () => {
    const token = await rawToken(w.statusKey, {
      header: defaultHeader(w.statusKey, TYP_STATUS_LIST),
      payload: encodeCbor(claims()),
      envelope: 'tag61',
    });
    expect(await readStatusList(token, w.trustList)).toMatchObject({ ok: false, code: 'MALFORMED_COSE' });
  });
  it('alg ES384', async () => {
    const header = new Map<number, Encodable>([
      [1, -35],
      [4, w.statusKey.kid],
      [16, TYP_STATUS_LIST],
    ]);
    const token = await rawToken(w.statusKey, { header, payload: encodeCbor(claims()) });
    expect(await readStatusList(token, w.trustList)).toMatchObject({ ok: false, code: 'UNSUPPORTED_ALG' });
  });
  it('a float among the claims (strict CBOR)', async () => {
    const payload = encodeCbor(claims());
    const bad = concatBytes(
      Uint8Array.of((payload[0] as number) + 1),
      payload.subarray(1),
      hex('18 63 f9 3c00'),
    );
    const token = await rawToken(w.statusKey, {
      header: defaultHeader(w.statusKey, TYP_STATUS_LIST),
      payload: bad,
    });
    expect(await readStatusList(token, w.trustList)).toMatchObject({ ok: false, code: 'MALFORMED_CLAIMS' });
  });
  const unauthorised: [string, Parameters<typeof claims>[0], () => KeyPair][] = [
    [
      'a status signer whose uris do not cover the sub',
      (c) => c.set(2, `${ORIGIN}/other/1`),
      () => w.statusKey,
    ],
    [
      'a sub differing only in case (exact match)',
      (c) => c.set(2, 'https://DQCV.example.jp/status/1'),
      () => w.statusKey,
    ],
    ['a prefix without its final "/" (…/status1)', (c) => c.set(2, `${ORIGIN}/status1`), () => w.statusKey],
    ['the credential signer', () => {}, () => w.signer],
    ['a key not in the trust list', () => {}, () => stranger],
  ];
  it.each(unauthorised)('signed by %s: UNKNOWN_SIGNER, no verifiedIat', async (_, edit, key) => {
    const r = await readWith(edit, key());
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_SIGNER' });
    expect(r).not.toHaveProperty('verifiedIat');
  });
  it('a rule broken and the signer not covering: no verifiedIat', async () => {
    const r = await readWith((c, l) => c.set(2, `${ORIGIN}/other/1`) && l.set('bits', 1));
    expect(r).not.toHaveProperty('verifiedIat');
  });
  it("another key under the status signer's kid: BAD_SIGNATURE", async () => {
    const token = await rawToken(stranger, {
      header: defaultHeader(w.statusKey, TYP_STATUS_LIST),
      payload: encodeCbor(claims()),
    });
    expect(await readStatusList(token, w.trustList)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });
});
