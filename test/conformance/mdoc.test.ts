/// <reference types="vite/client" />
// PROFILE §8 against the public vectors of shared/vectors/mdoc (README there): the RFC 9180 A.3.1
// HPKE vector through the verifier's own HPKE, and the ISO/IEC 18013-5 Annex D DeviceResponse
// through the wallet verification, step by step and end to end. The utopia IACA root that signed
// the Annex D DS certificate is not in the vectors (its only public copy is EUPL-licensed), so
// the `valid` verdict of the README's last section cannot run here: steps 5–10 run directly on
// the vector, and the end-to-end runs give UNKNOWN_SIGNER (a root with the same Name but another
// key) and DOCTYPE_NOT_REQUESTED. Runs in Node and in Chromium (vectors by import.meta.glob).
import { describe, expect, it } from 'vitest';
import { bytesEqual, fromHex, toHex } from '../../core/bytes';
import { MDOC_ALGORITHMS, mdocAlgorithm } from '../../core/mdoc/algorithms';
import { checkDeviceAuth, deriveEMacKey } from '../../core/mdoc/device-auth';
import { readDeviceRequest } from '../../core/mdoc/device-request';
import { readDeviceResponse } from '../../core/mdoc/device-response';
import { checkDigests } from '../../core/mdoc/digests';
import { checkDsSigner } from '../../core/mdoc/ds-signer';
import { labeledExpand, openAt, setupBaseRecipient } from '../../core/mdoc/hpke';
import { type Iaca, readIacas } from '../../core/mdoc/iaca';
import { readIssuerAuth } from '../../core/mdoc/issuer-auth';
import { verifyIssuerSignature } from '../../core/mdoc/issuer-signature';
import { checkTime } from '../../core/mdoc/time-check';
import type { WalletTrustList } from '../../core/mdoc/types';
import { unwrapSessionTranscript, verifyDeviceResponse } from '../../core/mdoc/verify-wallet';
import { parseCertificate } from '../../core/mdoc/x509';
import { makeIaca, x509 } from '../core/mdoc/support/pki';
import { checkLine } from '../core/mdoc/support/scenario';
import { iacaMap } from '../core/mdoc/support/world';

const DIR = '../../../shared/vectors/mdoc/';
const binaries = import.meta.glob<string>('../../../shared/vectors/mdoc/*.cbor', {
  eager: true,
  query: '?url',
  import: 'default',
});
const texts = import.meta.glob<string>('../../../shared/vectors/mdoc/*.{hex,json}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** A .cbor vector: fetched in Chromium, read from the file system in Node (Vite serves it as /@fs/…). */
async function vector(name: string): Promise<Uint8Array> {
  const url = binaries[DIR + name];
  if (!url) throw new Error(`no vector ${name}`);
  if (typeof window !== 'undefined') return new Uint8Array(await (await fetch(url)).arrayBuffer());
  const { readFile } = await import('node:fs/promises');
  return new Uint8Array(await readFile(url.replace(/^\/@fs/, '')));
}
const text = (name: string): string => {
  const t = texts[DIR + name];
  if (t === undefined) throw new Error(`no vector ${name}`);
  return t;
};
const b64u = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('RFC 9180 A.3.1: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, mode_base', () => {
  const v = JSON.parse(text('rfc9180-a3-1-p256-sha256-aes128gcm-base.json')) as Record<string, string> & {
    encryptions: { seq: number; pt: string; aad: string; ct: string }[];
    exports: { exporter_context: string; L: number; exported_value: string }[];
  };
  const recipientKey = () => {
    const pk = fromHex(v.pkRm as string);
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      x: b64u(pk.subarray(1, 33)),
      y: b64u(pk.subarray(33)),
      d: b64u(fromHex(v.skRm as string)),
    };
    return crypto.subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  };
  const setup = async () =>
    setupBaseRecipient(
      await recipientKey(),
      fromHex(v.pkRm as string),
      fromHex(v.enc as string),
      fromHex(v.info as string),
    );

  it('Decap and the key schedule give every intermediate value', async () => {
    const ctx = await setup();
    expect(toHex(ctx.sharedSecret)).toBe(v.shared_secret);
    expect(toHex(ctx.keyScheduleContext)).toBe(v.key_schedule_context);
    expect(toHex(ctx.secret)).toBe(v.secret);
    expect(toHex(ctx.key)).toBe(v.key);
    expect(toHex(ctx.baseNonce)).toBe(v.base_nonce);
    expect(toHex(ctx.exporterSecret)).toBe(v.exporter_secret);
  });

  it('all six encryptions open to their plaintext; a changed tag or aad does not', async () => {
    const ctx = await setup();
    expect(v.encryptions.map((e) => e.seq)).toEqual([0, 1, 2, 4, 255, 256]);
    for (const e of v.encryptions) {
      const pt = await openAt(ctx, e.seq, fromHex(e.aad), fromHex(e.ct));
      expect(toHex(pt), `seq ${e.seq}`).toBe(e.pt);
      const tampered = fromHex(e.ct);
      tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 1;
      await expect(openAt(ctx, e.seq, fromHex(e.aad), tampered)).rejects.toThrow();
      await expect(openAt(ctx, e.seq + 1, fromHex(e.aad), fromHex(e.ct))).rejects.toThrow();
    }
  });

  it('the three exports match (LabeledExpand with the exporter secret)', async () => {
    const ctx = await setup();
    expect(v.exports).toHaveLength(3);
    for (const e of v.exports) {
      const value = await labeledExpand(ctx.exporterSecret, 'sec', fromHex(e.exporter_context), e.L);
      expect(toHex(value)).toBe(e.exported_value);
    }
  });
});

interface Keys {
  ephemeralReaderKey: { x: string; y: string; d: string };
  staticDeviceKey: { x: string; y: string; d: string };
}
const keys = JSON.parse(text('annex-d-keys.json')) as Keys;
const readerJwk = (): JsonWebKey => ({
  kty: 'EC',
  crv: 'P-256',
  x: b64u(fromHex(keys.ephemeralReaderKey.x)),
  y: b64u(fromHex(keys.ephemeralReaderKey.y)),
  d: b64u(fromHex(keys.ephemeralReaderKey.d)),
});
const MDL = 'org.iso.18013.5.1.mDL';
const NOW_2021 = seconds('2021-01-01T00:00:00Z');

async function annexD() {
  const response = await vector('annex-d-device-response.cbor');
  const reading = readDeviceResponse(response);
  if (!reading.ok) throw new Error(reading.code);
  const doc = reading.documents[0];
  if (!doc) throw new Error('no document');
  const auth = readIssuerAuth(doc.issuerAuth);
  if (!auth) throw new Error('IssuerAuth not read');
  return { response, reading, doc, auth };
}

/** A root with the utopia IACA's exact subject Name bytes but a key of its own. */
async function lookalikeTrustList(): Promise<{ trustList: WalletTrustList; iacas: Iaca[] }> {
  const ds = parseCertificate(fromHex(text('annex-d-ds-cert.hex').trim()));
  if (!ds) throw new Error('DS not parsed');
  const root = await makeIaca({
    name: new x509.Name(ds.issuer as BufferSource),
    notBefore: seconds('2020-10-01T00:00:00Z'),
    notAfter: seconds('2029-09-29T00:00:00Z'),
  });
  const iacas = await readIacas(
    [iacaMap({ name: 'utopia (lookalike)', cert: root.der, docTypes: [MDL] })],
    [],
  );
  if (!iacas) throw new Error('iacas rejected');
  expect(bytesEqual(iacas[0]?.subject as Uint8Array, ds.issuer)).toBe(true);
  const trustList = {
    iss: 'test',
    iat: NOW_2021 - 86400,
    exp: NOW_2021 + 86400 * 30,
    seq: 1,
    hosts: [],
    signers: [],
    statusSigners: [],
    statusLists: [],
    bytes: new Uint8Array(0),
    iacas,
  } satisfies WalletTrustList;
  return { trustList, iacas };
}

describe('ISO/IEC 18013-5 Annex D DeviceResponse, step by step', () => {
  it('step 3: one strict item, one mDL document with the six items of the README', async () => {
    const { response, reading, doc } = await annexD();
    expect(response.length).toBe(3562);
    expect(reading.documents).toHaveLength(1);
    expect(doc.docType).toBe(MDL);
    const items = doc.nameSpaces.get('org.iso.18013.5.1') ?? [];
    expect(items.map((i) => [i.digestID, i.elementIdentifier])).toEqual([
      [0, 'family_name'],
      [3, 'issue_date'],
      [4, 'expiry_date'],
      [7, 'document_number'],
      [8, 'portrait'],
      [9, 'driving_privileges'],
    ]);
    expect(items[0]?.elementValue).toBe('Doe');
    expect(toHex(doc.deviceSigned?.nameSpacesBytes ?? new Uint8Array())).toBe('d81841a0');
  });

  it('step 5: IssuerAuth, the DS certificate at label 33 and the MSO', async () => {
    const { auth } = await annexD();
    expect(toHex(auth.protectedBytes)).toBe('a10126');
    expect(toHex(auth.ds.der)).toBe(text('annex-d-ds-cert.hex').trim().toLowerCase());
    expect(auth.ds.curve).toBe('P-256');
    expect(auth.mso.docType).toBe(MDL);
    expect(auth.mso.digestAlgorithm).toBe('SHA-256');
    expect([auth.mso.signed.text, auth.mso.validFrom.text, auth.mso.validUntil.text]).toEqual([
      '2020-10-01T13:30:02Z',
      '2020-10-01T13:30:02Z',
      '2021-10-01T13:30:02Z',
    ]);
    expect(auth.mso.valueDigests.get('org.iso.18013.5.1')?.size).toBe(13);
    expect(auth.mso.valueDigests.get('org.iso.18013.5.1.US')?.size).toBe(4);
    expect(toHex(auth.mso.deviceKey.x)).toBe(keys.staticDeviceKey.x);
    expect(toHex(auth.mso.deviceKey.y)).toBe(keys.staticDeviceKey.y);
  });

  it('steps 6 and 8: ES256 with the DS key; the signature verifies, a changed one does not', async () => {
    const { auth } = await annexD();
    const alg = mdocAlgorithm(auth.alg, auth.ds.curve);
    expect(alg).toBe(MDOC_ALGORITHMS.get(-7));
    expect(mdocAlgorithm(auth.alg, 'P-384')).toBeNull();
    if (!alg) return;
    expect(await verifyIssuerSignature(auth, alg)).toBe(true);
    const signature = auth.signature.slice();
    signature[10] = (signature[10] as number) ^ 1;
    expect(await verifyIssuerSignature({ ...auth, signature }, alg)).toBe(false);
  });

  it('step 9: all six digests over the IssuerSignedItemBytes as received; one changed digest fails', async () => {
    const { doc, auth } = await annexD();
    expect(await checkDigests(doc, auth.mso)).toBeUndefined();
    const digests = new Map(auth.mso.valueDigests);
    const ns = new Map(digests.get('org.iso.18013.5.1'));
    ns.set(7, new Uint8Array(32));
    digests.set('org.iso.18013.5.1', ns);
    expect(await checkDigests(doc, { ...auth.mso, valueDigests: digests })).toBe('DIGEST_MISMATCH');
    expect(await checkDigests({ ...doc, docType: 'org.iso.18013.5.1.other' }, auth.mso)).toBe(
      'DIGEST_MISMATCH',
    );
  });

  it('step 10: the deviceMac verifies with the EReaderKey (EMacKey as in the README), not without it', async () => {
    const { doc, auth } = await annexD();
    const transcript = unwrapSessionTranscript(await vector('annex-d-session-transcript-bytes.cbor'));
    expect(bytesEqual(transcript, await vector('annex-d-session-transcript.cbor'))).toBe(true);
    const readerKey = await crypto.subtle.importKey(
      'jwk',
      readerJwk(),
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      ['deriveBits'],
    );
    const eMacKey = await deriveEMacKey(readerKey, auth.mso.deviceKey, transcript);
    expect(toHex(eMacKey)).toBe('dc2b9566fdaaae3c06baa40993cd0451aeba15e7677ef5305f6531f3533c35dd');
    expect(await checkDeviceAuth(doc, auth.mso.deviceKey, transcript, readerKey)).toBe(true);
    expect(await checkDeviceAuth(doc, auth.mso.deviceKey, transcript)).toBe(false);
    const otherTranscript = transcript.slice();
    otherTranscript[otherTranscript.length - 1] = (otherTranscript[otherTranscript.length - 1] as number) ^ 1;
    expect(await checkDeviceAuth(doc, auth.mso.deviceKey, otherTranscript, readerKey)).toBe(false);
  });

  it('step 7: a root with the same Name but another key is UNKNOWN_SIGNER', async () => {
    const { auth } = await annexD();
    const { iacas } = await lookalikeTrustList();
    expect(await checkDsSigner(auth.ds, MDL, iacas)).toEqual({ ok: false, code: 'UNKNOWN_SIGNER' });
  });

  it('step 12: with the utopia root validity of the README, valid on 2021-01-01, EXPIRED from 2021-10-01', async () => {
    const { auth } = await annexD();
    // The utopia root is not available (README); its validity period stands in for it here.
    const root = {
      notBefore: seconds('2020-10-01T00:00:00Z'),
      notAfter: seconds('2029-09-29T00:00:00Z'),
    } as Iaca;
    expect(checkTime(auth.mso, auth.ds, root, NOW_2021, false)).toBeUndefined();
    expect(checkTime(auth.mso, auth.ds, root, seconds('2021-10-01T00:00:00Z'), false)).toBe('EXPIRED');
    expect(checkTime(auth.mso, auth.ds, root, seconds('2020-09-01T00:00:00Z'), false)).toBe('NOT_YET_VALID');
  });

  it('the DeviceRequest names the mDL doctype and six elements with their intentToRetain', async () => {
    const requests = readDeviceRequest(await vector('annex-d-device-request.cbor'));
    expect(requests).toEqual([
      {
        docType: MDL,
        nameSpaces: {
          'org.iso.18013.5.1': {
            family_name: true,
            document_number: true,
            driving_privileges: true,
            issue_date: true,
            expiry_date: true,
            portrait: false,
          },
        },
      },
    ]);
  });
});

describe('ISO/IEC 18013-5 Annex D DeviceResponse, end to end (plaintext mode, --reader-key)', () => {
  async function run(options: { request: boolean; readerKey: boolean }) {
    const { trustList } = await lookalikeTrustList();
    const requests = readDeviceRequest(await vector('annex-d-device-request.cbor')) ?? undefined;
    return verifyDeviceResponse(
      await vector('annex-d-device-response.cbor'),
      await vector('annex-d-session-transcript-bytes.cbor'),
      { now: NOW_2021, trustList },
      {
        ...(options.request && requests ? { requests } : {}),
        ...(options.readerKey ? { readerKey: readerJwk() } : {}),
      },
    );
  }

  it('with the request and a lookalike root: invalid, UNKNOWN_SIGNER at step 7, steps 8–13 skipped', async () => {
    const results = await run({ request: true, readerKey: true });
    expect(results).toHaveLength(1);
    expect(results[0]?.docType).toBe(MDL);
    expect(results[0]?.verdict).toBe('invalid');
    expect(results[0]?.reasons).toEqual(['UNKNOWN_SIGNER']);
    expect(checkLine(results[0])).toEqual([
      '1:skipped',
      '2:skipped',
      '3:pass',
      '4:pass',
      '5:pass',
      '6:pass',
      '7:fail:UNKNOWN_SIGNER',
      '8:skipped',
      '9:skipped',
      '10:skipped',
      '11:skipped',
      '12:skipped',
      '13:skipped',
      '14:pass',
    ]);
    expect(results[0]?.mdoc).toBeUndefined();
  });

  it('without the request the mDL is not a §8.1 doctype: DOCTYPE_NOT_REQUESTED', async () => {
    const results = await run({ request: false, readerKey: true });
    expect(results[0]?.reasons).toEqual(['DOCTYPE_NOT_REQUESTED']);
    expect(checkLine(results[0]).slice(3, 6)).toEqual([
      '4:fail:DOCTYPE_NOT_REQUESTED',
      '5:skipped',
      '6:skipped',
    ]);
  });

  it('with no verified trust list nothing is read: TRUST_LIST_UNAVAILABLE', async () => {
    const results = await verifyDeviceResponse(
      await vector('annex-d-device-response.cbor'),
      await vector('annex-d-session-transcript-bytes.cbor'),
      { now: NOW_2021, trustList: null },
    );
    expect(results).toEqual([
      {
        docType: null,
        verdict: 'indeterminate',
        reasons: ['TRUST_LIST_UNAVAILABLE'],
        checks: expect.any(Array),
        trustListSeq: null,
      },
    ]);
    expect(results[0]?.checks.every((c) => c.result === 'skipped')).toBe(true);
    expect(results[0]?.checks).toHaveLength(14);
  });
});
