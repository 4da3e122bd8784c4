// The trust list's `iacas` (PROFILE §8.2): readIacas accepts entries that keep every rule and
// answers null (the list is not verified, TRUST_LIST_UNAVAILABLE) when one entry breaks one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CborValue } from '../../../core/cbor/decode';
import { readIacas } from '../../../core/mdoc/iaca';
import { DAY, NOW } from './support/clock';
import { ecKeys, type Issued, makeDs, makeIaca, x509 } from './support/pki';
import { DQC, IACA_NAME, type IacaEntry, iacaMap, MNC } from './support/world';

let iaca: Issued;
beforeAll(async () => {
  iaca = await makeIaca();
});

const read = (entries: IacaEntry[], others: { x: Uint8Array; y: Uint8Array }[] = []) =>
  readIacas(entries.map(iacaMap), others);
const withKey = (key: string, value: unknown) => {
  const map = iacaMap({ cert: iaca.der }) as Map<string, unknown>;
  if (value === undefined) map.delete(key);
  else map.set(key, value);
  return readIacas([map as Map<string, never>], []);
};
const rootWith = (extensions: (keys: CryptoKeyPair) => Promise<x509.Extension[]>) => makeIaca({ extensions });
const caUsage = () =>
  new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true);

describe('readIacas accepts', () => {
  it('no `iacas` as none listed', async () => {
    expect(await readIacas(undefined, [])).toEqual([]);
  });

  it('an entry per the issuer profile, with its Name bytes, validity and key', async () => {
    const [entry] =
      (await read([{ cert: iaca.der, quals: [1, 2], revokedSerials: [Uint8Array.of(1)] }])) ?? [];
    expect(entry?.name).toBe(IACA_NAME);
    expect(entry?.docTypes).toEqual([DQC, MNC]);
    expect(entry?.quals).toEqual([1, 2]);
    expect(entry?.revokedSerials).toEqual([Uint8Array.of(1)]);
    expect(entry?.curve).toBe('P-256');
    expect(entry?.key.extractable).toBe(false);
    expect([entry?.notBefore, entry?.notAfter]).toEqual([NOW - 365 * DAY, NOW + 3650 * DAY]);
  });

  it('a P-384 root, an expired root (validity is step 12’s), unknown keys, quals []', async () => {
    const p384 = await makeIaca({ curve: 'P-384' });
    const expired = await makeIaca({ notBefore: NOW - 20 * 365 * DAY, notAfter: NOW - 365 * DAY });
    const map = iacaMap({ cert: iaca.der, quals: [] }) as Map<string, unknown>;
    map.set('future', { anything: 1 });
    expect(await read([{ cert: p384.der }, { cert: expired.der }])).toHaveLength(2);
    expect((await readIacas([map as Map<string, never>], []))?.[0]?.quals).toEqual([]);
  });
});

describe('readIacas refuses the list when an entry breaks a rule', () => {
  it.each([
    ['not an array', () => readIacas(new Map() as CborValue, [])],
    ['an entry not a map', () => readIacas([1], [])],
    ['cert missing', () => withKey('cert', undefined)],
    ['cert a text', () => withKey('cert', 'MII…')],
    ['docTypes missing', () => withKey('docTypes', undefined)],
    ['docTypes empty', () => withKey('docTypes', [])],
    ['docTypes not text', () => withKey('docTypes', [1])],
    ['name missing', () => withKey('name', undefined)],
    ['name empty', () => withKey('name', '')],
    ['name of 65 characters', () => withKey('name', 'あ'.repeat(65))],
    ['quals not [uint]', () => withKey('quals', [-1])],
    ['quals not an array', () => withKey('quals', 1)],
    ['revokedSerials not [bstr]', () => withKey('revokedSerials', ['01'])],
  ])('%s', async (_, run) => {
    expect(await run()).toBeNull();
  });

  it('a name of 64 characters (scalar values) is fine', async () => {
    expect(await withKey('name', '𠮷'.repeat(64))).toHaveLength(1);
  });

  it('cert not one DER certificate', async () => {
    expect(await read([{ cert: Uint8Array.of(0x30, 0x00) }])).toBeNull();
    expect(await read([{ cert: Uint8Array.from([...iaca.der, 0]) }])).toBeNull();
  });

  it('not self-issued (a DS certificate as root)', async () => {
    expect(await read([{ cert: (await makeDs(iaca)).der }])).toBeNull();
  });

  it('its signature does not verify with its own key', async () => {
    const broken = iaca.der.slice();
    broken[broken.length - 5] = (broken[broken.length - 5] as number) ^ 1;
    expect(await read([{ cert: broken }])).toBeNull();
  });

  it('basicConstraints absent, not critical, cA FALSE, or pathLen 1', async () => {
    const ski = (k: CryptoKeyPair) => x509.SubjectKeyIdentifierExtension.create(k.publicKey);
    const roots = await Promise.all([
      rootWith(async (k) => [caUsage(), await ski(k)]),
      rootWith(async (k) => [new x509.BasicConstraintsExtension(true, 0, false), caUsage(), await ski(k)]),
      rootWith(async (k) => [
        new x509.BasicConstraintsExtension(false, undefined, true),
        caUsage(),
        await ski(k),
      ]),
      rootWith(async (k) => [new x509.BasicConstraintsExtension(true, 1, true), caUsage(), await ski(k)]),
    ]);
    for (const root of roots) expect(await read([{ cert: root.der }])).toBeNull();
    const noPathLen = await rootWith(async (k) => [
      new x509.BasicConstraintsExtension(true, undefined, true),
      caUsage(),
      await ski(k),
    ]);
    expect(await read([{ cert: noPathLen.der }])).toHaveLength(1);
  });

  it('keyUsage without keyCertSign', async () => {
    const root = await rootWith(async () => [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
    ]);
    expect(await read([{ cert: root.der }])).toBeNull();
  });

  it('a key other than P-256 or P-384', async () => {
    const rsa = (await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: Uint8Array.of(1, 0, 1),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      name: 'C=JP, CN=RSA root',
      keys: rsa,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5' },
      extensions: [new x509.BasicConstraintsExtension(true, 0, true), caUsage()],
    });
    expect(await read([{ cert: new Uint8Array(cert.rawData) }])).toBeNull();
  });

  it('its key is the anchor’s or a signer’s or status signer’s (one key, one role)', async () => {
    const keys = await ecKeys();
    const root = await makeIaca({ keys });
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const bytes = (s?: string) =>
      Uint8Array.from(atob((s ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const listed = { x: bytes(jwk.x), y: bytes(jwk.y) };
    const other = { x: new Uint8Array(32).fill(1), y: new Uint8Array(32).fill(2) };
    expect(await read([{ cert: root.der }], [other, listed])).toBeNull();
    expect(await read([{ cert: root.der }], [other])).toHaveLength(1);
  });

  it('one bad entry among good ones', async () => {
    expect(await read([{ cert: iaca.der }, { cert: iaca.der, docTypes: [] }])).toBeNull();
  });
});
