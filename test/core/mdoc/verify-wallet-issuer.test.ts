// Steps 5–8 of PROFILE §8.6: IssuerAuth and the MSO (MALFORMED_MDOC), the alg against the DS key
// (UNSUPPORTED_ALG), the DS against the listed IACA roots (UNKNOWN_SIGNER, SIGNER_REVOKED) and
// the IssuerAuth signature (BAD_SIGNATURE). These fail per Document: the docType is shown.
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../core/bytes';
import { Tagged } from '../../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../../core/cbor/encode';
import { decodeMdoc } from '../../../core/mdoc/cbor';
import type { WalletResult } from '../../../core/mdoc/types';
import { DAY, NOW } from './support/clock';
import { toEncodable } from './support/edit';
import { tdate } from './support/issuer';
import { defaultDsExtensions, makeIaca, x509 } from './support/pki';
import { checkLine, runScenario, type Scenario } from './support/scenario';
import { DQC, MNC, makeWalletWorld, statusList, type WalletWorld, type WorldOptions } from './support/world';

let world: WalletWorld;
beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists.push(statusList({ 7: 0 }));
});

async function run(scenario: Scenario = {}, options?: WorldOptions): Promise<WalletResult> {
  const w = options ? await makeWalletWorld(options) : world;
  if (options) w.statusLists.push(statusList({ 7: 0 }));
  const { results } = await runScenario(w, scenario);
  expect(results).toHaveLength(1);
  return results[0] as WalletResult;
}

function expectFail(r: WalletResult, step: number, code: string) {
  expect(r.docType).toBe(DQC);
  expect(r.verdict).toBe('invalid');
  expect(r.reasons).toEqual([code]);
  expect(checkLine(r)[step - 1]).toBe(`${step}:fail:${code}`);
  expect(r.mdoc).toBeUndefined();
}

/** Replace member `index` of the IssuerAuth array. */
const issuerAuthMember =
  (index: number, value: Encodable | ((old: Encodable) => Encodable)) => (doc: Map<string, Encodable>) => {
    const signed = doc.get('issuerSigned') as Map<string, Encodable>;
    const auth = [...(signed.get('issuerAuth') as Encodable[])];
    auth[index] = typeof value === 'function' ? value(auth[index] as Encodable) : value;
    signed.set('issuerAuth', auth);
  };
const withProtected = (header: Map<number, Encodable>) => issuerAuthMember(0, encodeCbor(header));
const withUnprotected = (header: Map<number | string, Encodable>) => issuerAuthMember(1, header);
const dsOf = (w: WalletWorld) => w.ds.der;

describe('step 5, cose: MALFORMED_MDOC', () => {
  it.each<[string, () => Scenario]>([
    [
      'a protected label other than 1 and 33',
      () => ({
        editDocument: withProtected(
          new Map<number, Encodable>([
            [1, -7],
            [4, Uint8Array.of(1)],
          ]),
        ),
      }),
    ],
    ['no alg', () => ({ editDocument: withProtected(new Map()) })],
    ['an empty protected bstr', () => ({ editDocument: issuerAuthMember(0, new Uint8Array(0)) })],
    ['a protected header that is not a map', () => ({ editDocument: issuerAuthMember(0, encodeCbor([1])) })],
    ['a protected header with a float', () => ({ editDocument: issuerAuthMember(0, fromHex('a101f93c00')) })],
    ['no x5chain', () => ({ editDocument: withUnprotected(new Map()) })],
    [
      'x5chain in both headers',
      () => ({
        mdoc: { x5chainIn: 'protected' },
        editDocument: withUnprotected(new Map([[33, dsOf(world)]])),
      }),
    ],
    [
      'x5chain of five certificates',
      () => ({ editDocument: withUnprotected(new Map([[33, Array(5).fill(dsOf(world))]])) }),
    ],
    ['x5chain empty', () => ({ editDocument: withUnprotected(new Map([[33, []]])) })],
    [
      'a certificate of more than 16 KiB',
      () => ({
        editDocument: withUnprotected(new Map([[33, [dsOf(world), new Uint8Array(16 * 1024 + 1)]]])),
      }),
    ],
    [
      'a DS that is not a certificate',
      () => ({ editDocument: withUnprotected(new Map([[33, Uint8Array.of(0x30, 0)]])) }),
    ],
    [
      'a text key in the unprotected header',
      () => ({
        editDocument: withUnprotected(
          new Map<number | string, Encodable>([
            [33, dsOf(world)],
            ['x', 1],
          ]),
        ),
      }),
    ],
    ['a signature of 65 bytes', () => ({ editDocument: issuerAuthMember(3, new Uint8Array(65)) })],
    [
      'IssuerAuth of three members',
      () => ({
        editDocument: (d) => {
          const signed = d.get('issuerSigned') as Map<string, Encodable>;
          signed.set('issuerAuth', (signed.get('issuerAuth') as Encodable[]).slice(0, 3));
        },
      }),
    ],
    ['a nil payload', () => ({ editDocument: issuerAuthMember(2, null) })],
    [
      'a payload that is the MSO without tag 24',
      () => ({
        editDocument: issuerAuthMember(2, (p) => (decodeMdoc(p as Uint8Array) as Tagged).value as Uint8Array),
      }),
    ],
    ['MSO version "2.0"', () => ({ mdoc: { editMso: (m) => m.set('version', '2.0') } })],
    ['MSO digestAlgorithm "SHA-1"', () => ({ mdoc: { editMso: (m) => m.set('digestAlgorithm', 'SHA-1') } })],
    [
      'a digest of 31 bytes',
      () => ({
        mdoc: {
          editMso: (m) =>
            (
              (m.get('valueDigests') as Map<string, Map<number, Encodable>>).get(DQC) as Map<
                number,
                Encodable
              >
            ).set(0, new Uint8Array(31)),
        },
      }),
    ],
    [
      'SHA-384 declared with SHA-256 digests',
      () => ({ mdoc: { editMso: (m) => m.set('digestAlgorithm', 'SHA-384') } }),
    ],
    ['valueDigests empty', () => ({ mdoc: { editMso: (m) => m.set('valueDigests', new Map()) } })],
    ['deviceKeyInfo missing', () => ({ mdoc: { editMso: (m) => m.delete('deviceKeyInfo') } })],
    [
      'a deviceKey on curve 3',
      () => ({
        mdoc: {
          editMso: (m) =>
            (
              (m.get('deviceKeyInfo') as Record<string, Map<number, Encodable>>).deviceKey as Map<
                number,
                Encodable
              >
            ).set(-1, 3),
        },
      }),
    ],
    ['docType not a text', () => ({ mdoc: { editMso: (m) => m.set('docType', 1) } })],
    [
      'signed as full-date',
      () => ({
        mdoc: {
          editMso: (m) =>
            ((m.get('validityInfo') as Record<string, Encodable>).signed = new Tagged(1004, '2026-09-20')),
        },
      }),
    ],
    [
      'signed with fractional seconds',
      () => ({
        mdoc: {
          editMso: (m) =>
            ((m.get('validityInfo') as Record<string, Encodable>).signed = new Tagged(
              0,
              '2026-09-20T00:00:00.000Z',
            )),
        },
      }),
    ],
    [
      'signed on 2026-02-30',
      () => ({
        mdoc: {
          editMso: (m) =>
            ((m.get('validityInfo') as Record<string, Encodable>).signed = new Tagged(
              0,
              '2026-02-30T00:00:00Z',
            )),
        },
      }),
    ],
    [
      'validUntil missing',
      () => ({
        mdoc: { editMso: (m) => delete (m.get('validityInfo') as Record<string, Encodable>).validUntil },
      }),
    ],
    [
      'status idx a text',
      () => ({ mdoc: { editMso: (m) => m.set('status', { status_list: { idx: '7', uri: 'u' } }) } }),
    ],
    ['tag 18 inside the MSO', () => ({ mdoc: { editMso: (m) => m.set('x', new Tagged(18, [])) } })],
  ])('%s', async (_, scenario) => {
    const r = await run(scenario());
    expectFail(r, 5, 'MALFORMED_MDOC');
    expect(checkLine(r).slice(5, 13)).toEqual(Array.from({ length: 8 }, (_, i) => `${i + 6}:skipped`));
  });

  it.each<[string, () => Scenario]>([
    ['IssuerAuth in tag 18', () => ({ mdoc: { tagIssuerAuth: true } })],
    ['x5chain in the protected header', () => ({ mdoc: { x5chainIn: 'protected' } })],
    [
      'x5chain as an array whose other members are ignored',
      () => ({ editDocument: withUnprotected(new Map([[33, [dsOf(world), Uint8Array.of(1)]]])) }),
    ],
    [
      'unknown keys in the MSO and validityInfo, expectedUpdate',
      () => ({
        mdoc: {
          editMso: (m) => {
            m.set('future', 1);
            Object.assign(m.get('validityInfo') as Record<string, Encodable>, {
              expectedUpdate: tdate(NOW + DAY),
              other: 1,
            });
          },
        },
      }),
    ],
    [
      'unknown keys in the status reference',
      () => ({
        mdoc: {
          editMso: (m) =>
            m.set('status', { status_list: { idx: 7, uri: 'https://dqcv.example.jp/status/1', x: 1 } }),
        },
      }),
    ],
  ])('accepts %s', async (_, scenario) => {
    expect((await run(scenario())).verdict).toBe('valid');
  });
});

describe('step 6, alg: UNSUPPORTED_ALG unless the alg matches the DS key', () => {
  it.each([
    ['ES384 with a P-256 DS', -35],
    ['ESP384 with a P-256 DS', -48],
    ['EdDSA', -8],
    ['a text alg', 'ES256'],
  ])('%s', async (_, alg) => {
    const r = await run({ editDocument: withProtected(new Map<number, Encodable>([[1, alg]])) });
    expectFail(r, 6, 'UNSUPPORTED_ALG');
    expect(checkLine(r).slice(6, 8)).toEqual(['7:pass', '8:skipped']);
  });

  it('ESP256 (−9) with P-256 is valid', async () => {
    expect((await run({ mdoc: { alg: -9 } })).verdict).toBe('valid');
  });

  it('P-384 DS: ES384 and ESP384 valid, ES256 not', async () => {
    const options: WorldOptions = { ds: { curve: 'P-384' } };
    expect((await run({ mdoc: { alg: -35 } }, options)).verdict).toBe('valid');
    expect((await run({ mdoc: { alg: -48 } }, options)).verdict).toBe('valid');
    expectFail(await run({ mdoc: { alg: -7 } }, options), 6, 'UNSUPPORTED_ALG');
  });
});

describe('step 7, signer: the DS against the listed IACA roots', () => {
  it('a DS chaining to an unlisted root: UNKNOWN_SIGNER', async () => {
    const other = await makeIaca();
    const r = await run({}, { ds: { signingKey: other.keys.privateKey } });
    expectFail(r, 7, 'UNKNOWN_SIGNER');
    expect(checkLine(r).slice(7, 13)).toEqual(Array.from({ length: 6 }, (_, i) => `${i + 8}:skipped`));
  });

  it('a root not listed for this doctype: UNKNOWN_SIGNER', async () => {
    expectFail(
      await run({}, { entries: (iaca) => [{ cert: iaca.der, docTypes: [MNC] }] }),
      7,
      'UNKNOWN_SIGNER',
    );
  });

  it('a DS whose issuer Name is not the root’s subject, though signed by it: UNKNOWN_SIGNER', async () => {
    expectFail(await run({}, { ds: { issuerName: 'C=JP, CN=Another IACA' } }), 7, 'UNKNOWN_SIGNER');
  });

  const dsWith = (extensions: (keys: CryptoKeyPair) => Promise<x509.Extension[]>): WorldOptions => ({
    ds: { extensions },
  });
  const usage = (flags: number) => new x509.KeyUsagesExtension(flags, true);
  const eku = (purposes: string[]) => new x509.ExtendedKeyUsageExtension(purposes, true);

  it.each<[string, WorldOptions]>([
    ['no extKeyUsage', dsWith(async () => [usage(x509.KeyUsageFlags.digitalSignature)])],
    [
      'the reader purpose only',
      dsWith(async () => [usage(x509.KeyUsageFlags.digitalSignature), eku(['1.0.18013.5.1.6'])]),
    ],
    [
      'keyUsage without digitalSignature',
      dsWith(async () => [usage(x509.KeyUsageFlags.keyCertSign), eku(['1.0.18013.5.1.2'])]),
    ],
    ['no keyUsage', dsWith(async () => [eku(['1.0.18013.5.1.2'])])],
    [
      'cA TRUE',
      dsWith(async () => [
        usage(x509.KeyUsageFlags.digitalSignature),
        eku(['1.0.18013.5.1.2']),
        new x509.BasicConstraintsExtension(true),
      ]),
    ],
  ])('a DS with %s: UNKNOWN_SIGNER', async (_, options) => {
    expectFail(await run({}, options), 7, 'UNKNOWN_SIGNER');
  });

  it.each<[string, WorldOptions]>([
    [
      'the ISO/IEC TS 23220-4 purpose',
      dsWith(async () => [usage(x509.KeyUsageFlags.digitalSignature), eku(['1.0.23220.4.1.2'])]),
    ],
    [
      'basicConstraints cA FALSE',
      dsWith(async () => [
        usage(x509.KeyUsageFlags.digitalSignature),
        eku(['1.0.18013.5.1.2']),
        new x509.BasicConstraintsExtension(false),
      ]),
    ],
    ['a signature ecdsa-with-SHA384 by a P-256 root', { ds: { signingHash: 'SHA-384' } }],
    ['a P-384 root', { iaca: { curve: 'P-384' } }],
  ])('a DS with %s is valid', async (_, options) => {
    expect((await run({}, options)).verdict).toBe('valid');
  });

  it('a revoked DS serial: SIGNER_REVOKED; another serial listed: valid', async () => {
    const revoked = await run(
      {},
      { entries: (iaca) => [{ cert: iaca.der, revokedSerials: [fromHex('1a2b3c4d5e6f')] }] },
    );
    expectFail(revoked, 7, 'SIGNER_REVOKED');
    const other = await run(
      {},
      { entries: (iaca) => [{ cert: iaca.der, revokedSerials: [fromHex('1a2b3c4d5e60')] }] },
    );
    expect(other.verdict).toBe('valid');
  });

  it('the first entry in list order that holds the doctype applies (its name, its revocations)', async () => {
    const r = await run(
      {},
      {
        entries: (iaca) => [
          { cert: iaca.der, name: 'mnc only', docTypes: [MNC], revokedSerials: [fromHex('1a2b3c4d5e6f')] },
          { cert: iaca.der, name: 'first for dqc' },
          { cert: iaca.der, name: 'second for dqc', revokedSerials: [fromHex('1a2b3c4d5e6f')] },
        ],
      },
    );
    expect(r.verdict).toBe('valid');
    expect(r.mdoc?.issuer).toBe('first for dqc');
  });

  it('the default DS extensions are the issuer profile (sanity of the helper)', async () => {
    const iaca = await makeIaca();
    const exts = await defaultDsExtensions(
      (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify',
      ])) as CryptoKeyPair,
      iaca,
    );
    expect(exts.map((e) => [e.type, e.critical])).toEqual([
      ['2.5.29.15', true],
      ['2.5.29.37', true],
      ['2.5.29.35', false],
      ['2.5.29.14', false],
    ]);
  });
});

describe('step 8, signature: BAD_SIGNATURE', () => {
  it('a payload changed after signing; steps 9–13 skipped, no mdoc', async () => {
    const r = await run({
      editDocument: issuerAuthMember(2, (payload) => {
        const mso = toEncodable(
          (decodeMdoc(payload as Uint8Array) as Tagged & { item: unknown }).item,
        ) as Map<string, Encodable>;
        mso.set('docType', `${DQC}`);
        mso.set('extra', 1);
        return encodeCbor(new Tagged(24, encodeCbor(mso)));
      }),
    });
    expectFail(r, 8, 'BAD_SIGNATURE');
    expect(checkLine(r).slice(8)).toEqual([
      '9:skipped',
      '10:skipped',
      '11:skipped',
      '12:skipped',
      '13:skipped',
      '14:pass',
    ]);
  });

  it('a changed signature, and one of 96 bytes with ES256', async () => {
    expectFail(
      await run({
        editDocument: issuerAuthMember(3, (s) => (s as Uint8Array).map((b, i) => (i === 5 ? b ^ 1 : b))),
      }),
      8,
      'BAD_SIGNATURE',
    );
    expectFail(await run({ editDocument: issuerAuthMember(3, new Uint8Array(96)) }), 8, 'BAD_SIGNATURE');
  });

  it('a high-S signature (s → n − s) is accepted', async () => {
    const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const highS = (s: Encodable) => {
      const sig = s as Uint8Array;
      const value = BigInt(`0x${toHex(sig.subarray(32))}`);
      return Uint8Array.from([
        ...sig.subarray(0, 32),
        ...fromHex((n - value).toString(16).padStart(64, '0')),
      ]);
    };
    expect((await run({ editDocument: issuerAuthMember(3, highS) })).verdict).toBe('valid');
  });
});
