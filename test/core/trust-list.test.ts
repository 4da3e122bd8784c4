// readTrustList (PROFILE §1, §4): every rule that makes a trust list unverifiable
// (→ TRUST_LIST_UNAVAILABLE), what is ignored, and the seq rule of isNewerTrustList.
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../core/bytes';
import { Tagged } from '../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../core/cbor/encode';
import { TYP_CREDENTIAL, TYP_TRUST_LIST } from '../../core/cose/dqc-header';
import { coseKeyMap, readCoseKey } from '../../core/cose-key';
import { p256Kid } from '../../core/crypto/keys';
import { type AnchorKey, importAnchorJwk, isNewerTrustList, readTrustList } from '../../core/trust-list';
import type { TrustList } from '../../core/types';
import { generateKeyPair, type KeyPair, publicJwk } from '../../issuer/folder/keys';
import { signSign1 } from '../../issuer/issuing/sign';
import { NOW } from '../helpers/world';
import { defaultHeader, hex, rawToken } from './support/tokens';

type Entry = Map<string, Encodable>;
interface Draft {
  claims: Map<number, Encodable>;
  body: Map<string, Encodable>;
  signer: Entry;
  statusSigner: Entry;
}
let anchor: KeyPair;
let anchorKey: AnchorKey;
let signer: KeyPair;
let status: KeyPair;
let other: KeyPair;
beforeAll(async () => {
  const keys = await Promise.all([1, 2, 3, 4].map(() => generateKeyPair()));
  [anchor, signer, status, other] = keys as [KeyPair, KeyPair, KeyPair, KeyPair];
  anchorKey = await importAnchorJwk(publicJwk(anchor));
});

const key = (k: KeyPair) => new Map<number, Encodable>(coseKeyMap(k.x, k.y));
function draft(): Draft {
  const signerEntry: Entry = new Map<string, Encodable>([
    ['kid', signer.kid],
    ['key', key(signer)],
    ['iss', 'jp.example.mhlw'],
    ['name', '厚生労働省'],
    ['nbf', NOW - 1000],
    ['exp', NOW + 1000],
  ]);
  const statusEntry: Entry = new Map<string, Encodable>([
    ['kid', status.kid],
    ['key', key(status)],
    ['uris', ['https://dqcv.example.jp/status/']],
  ]);
  const body = new Map<string, Encodable>([
    ['seq', 3],
    ['hosts', ['https://dqcv.example.jp']],
    ['signers', [signerEntry]],
    ['statusSigners', [statusEntry]],
    ['statusLists', ['https://dqcv.example.jp/status/1']],
  ]);
  const claims = new Map<number, Encodable>([
    [1, 'jp.example.anchor'],
    [6, NOW - 10],
    [4, NOW + 86400],
    [-65538, body],
  ]);
  return { claims, body, signer: signerEntry, statusSigner: statusEntry };
}
const signed = (d: Draft, by: KeyPair = anchor, typ: string | undefined = TYP_TRUST_LIST) =>
  signSign1(d.claims, by, typ ? { typ } : {});
async function read(edit: (d: Draft) => void, by?: KeyPair, typ?: string) {
  const d = draft();
  edit(d);
  return readTrustList(await signed(d, by, typ ?? TYP_TRUST_LIST), anchorKey);
}

describe('a well-formed trust list', () => {
  it('reads with every field', async () => {
    const r = await read(() => {});
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({
      iss: 'jp.example.anchor',
      seq: 3,
      exp: NOW + 86400,
      hosts: ['https://dqcv.example.jp'],
    });
    expect(r.value.signers[0]).toMatchObject({ iss: 'jp.example.mhlw', name: '厚生労働省', nbf: NOW - 1000 });
    expect(r.value.signers[0]?.quals).toBeUndefined();
    expect(r.value.signers[0]?.revoked).toBeUndefined();
  });
  const allowed: [string, (d: Draft) => void][] = [
    ['unknown top-level claims', (d) => d.claims.set(99, 'x')],
    ['unknown body keys', (d) => d.body.set('future', [1, 2])],
    ['unknown Signer keys', (d) => d.signer.set('note', 'x')],
    ['unknown StatusSigner keys', (d) => d.statusSigner.set('note', 'x')],
    // "Unknown keys at any level are ignored" (PROFILE §4), whatever their type.
    ['unknown integer keys in the body', (d) => (d.body as unknown as Map<number, Encodable>).set(7, 'x')],
    ['unknown integer keys in a Signer', (d) => (d.signer as unknown as Map<number, Encodable>).set(1, 'x')],
    ['extra COSE_Key labels', (d) => (d.signer.get('key') as Map<number, Encodable>).set(2, hex('01'))],
    [
      'the same key in two Signer entries',
      (d) => d.body.set('signers', [d.signer, new Map([...d.signer, ['iss', 'b']])]),
    ],
    ['quals [] and revoked', (d) => d.signer.set('quals', []).set('revoked', NOW)],
    [
      'an http origin with a port',
      (d) => d.body.set('hosts', ['http://127.0.0.1:8787', 'https://dqcv.example.jp']),
    ],
    [
      'empty lists',
      (d) => d.body.set('hosts', []).set('signers', []).set('statusSigners', []).set('statusLists', []),
    ],
  ];
  it.each(allowed)('accepts %s', async (_, edit) => {
    const r = await read(edit);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
  });
});

describe('a trust list that breaks a rule is not verified', () => {
  const hosts = (h: string) => (d: Draft) => d.body.set('hosts', [h]);
  const keyEdit = (edit: (k: Map<number, Encodable>) => void) => (d: Draft) =>
    edit(d.signer.get('key') as Map<number, Encodable>);
  const cases: [string, (d: Draft) => void][] = [
    ["a Signer kid that is not its key's kid", (d) => d.signer.set('kid', other.kid)],
    ["a StatusSigner kid that is not its key's kid", (d) => d.statusSigner.set('kid', signer.kid)],
    [
      'a uris entry without the final "/"',
      (d) => d.statusSigner.set('uris', ['https://dqcv.example.jp/status']),
    ],
    ['host with upper case (https://X.jp)', hosts('https://X.jp')],
    ['host with a trailing slash', hosts('https://dqcv.example.jp/')],
    ['host with the default port :443', hosts('https://dqcv.example.jp:443')],
    ['host with a path', hosts('https://dqcv.example.jp/w')],
    ['host without a scheme', hosts('dqcv.example.jp')],
    ['host as a number', (d) => d.body.set('hosts', [1])],
    ['a Signer without nbf', (d) => d.signer.delete('nbf')],
    ['a Signer without exp', (d) => d.signer.delete('exp')],
    ['a Signer without iss', (d) => d.signer.delete('iss')],
    ['a Signer without name', (d) => d.signer.delete('name')],
    ['revoked as text', (d) => d.signer.set('revoked', 'yes')],
    ['quals with a negative code', (d) => d.signer.set('quals', [-1])],
    ['a COSE_Key without label 3', keyEdit((k) => k.delete(3))],
    ['a COSE_Key with alg ES384', keyEdit((k) => k.set(3, -35))],
    ['a COSE_Key with kty OKP', keyEdit((k) => k.set(1, 1))],
    ['a COSE_Key on P-384', keyEdit((k) => k.set(-1, 2))],
    ['a COSE_Key with a 31-byte x', keyEdit((k) => k.set(-2, new Uint8Array(31)))],
    [
      'a key in two roles',
      (d) =>
        d.body.set('statusSigners', [
          d.statusSigner,
          new Map([...d.signer].filter(([n]) => n === 'kid' || n === 'key')).set('uris', ['https://a/']),
        ]),
    ],
    ['the anchor listed as a signer', (d) => d.signer.set('kid', anchor.kid).set('key', key(anchor))],
    [
      'the anchor listed as a status signer',
      (d) => d.statusSigner.set('kid', anchor.kid).set('key', key(anchor)),
    ],
    ['seq missing', (d) => d.body.delete('seq')],
    ['exp missing', (d) => d.claims.delete(4)],
    ['statusLists missing', (d) => d.body.delete('statusLists')],
    ['signers not an array', (d) => d.body.set('signers', d.signer)],
  ];
  it.each(cases)('%s', async (_, edit) => {
    const r = await read(edit);
    expect(r.ok).toBe(false);
  });

  it('a COSE_Key whose point is off the curve (kid matching its coordinates)', async () => {
    const x = Uint8Array.from(signer.x);
    const y = Uint8Array.from(signer.y);
    y[31] = (y[31] as number) ^ 1;
    expect(await readCoseKey(coseKeyMap(x, y))).toBeNull();
    const kid = await p256Kid(x, y);
    const r2 = await read((d) => d.signer.set('key', new Map(coseKeyMap(x, y))).set('kid', kid));
    expect(r2.ok).toBe(false);
  });
  it('signed by another key (not the anchor)', async () => {
    expect(await read(() => {}, other)).toMatchObject({ ok: false, code: 'UNKNOWN_SIGNER' });
  });
  it("signed by another key under the anchor's kid", async () => {
    const token = await rawToken(other, {
      header: defaultHeader(anchor, TYP_TRUST_LIST),
      payload: encodeCbor(draft().claims),
    });
    expect(await readTrustList(token, anchorKey)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });
  it('typ missing', async () => {
    expect(await read(() => {}, anchor, '')).toMatchObject({ ok: false, code: 'MALFORMED_COSE' });
  });
  it('typ of a credential', async () => {
    expect(await read(() => {}, anchor, TYP_CREDENTIAL)).toMatchObject({ ok: false, code: 'MALFORMED_COSE' });
  });
  it('a float among unknown claims (strict CBOR)', async () => {
    const payload = encodeCbor(draft().claims);
    const withFloat = concatBytes(
      Uint8Array.of((payload[0] as number) + 1),
      payload.subarray(1),
      hex('18 63 f9 3c00'),
    );
    const token = await rawToken(anchor, {
      header: defaultHeader(anchor, TYP_TRUST_LIST),
      payload: withFloat,
    });
    expect(await readTrustList(token, anchorKey)).toMatchObject({ ok: false });
  });
  it('more than 1 MiB', async () => {
    const d = draft();
    d.claims.set(99, new Uint8Array(1024 * 1024));
    expect((await readTrustList(await signed(d), anchorKey)).ok).toBe(false);
  });
  it('1 MiB of nested tags: rejected without throwing', async () => {
    const deep = new Uint8Array(1024 * 1024 - 1).fill(0xd2);
    deep[deep.length - 1] = 0;
    expect((await readTrustList(deep, anchorKey)).ok).toBe(false);
  });
  it('garbage', async () => {
    expect((await readTrustList(encodeCbor(new Tagged(18, [])), anchorKey)).ok).toBe(false);
    expect((await readTrustList(new Uint8Array(0), anchorKey)).ok).toBe(false);
  });
});

describe('isNewerTrustList: replaced only by a higher seq', () => {
  const list = (seq: number, iat: number) => ({ seq, iat }) as TrustList;
  it.each([
    ['no stored list', null, list(1, 0), true],
    ['a higher seq', list(3, 100), list(4, 50), true],
    ['the same seq', list(3, 100), list(3, 200), false],
    ['a lower seq with a later iat', list(3, 100), list(2, 200), false],
  ] as [string, TrustList | null, TrustList, boolean][])('%s → %s', (_, current, candidate, newer) => {
    expect(isNewerTrustList(current, candidate)).toBe(newer);
  });
});
