// Signing an mdoc (ISO 18013-5 §9.1.2, PROFILE §8.4): IssuerSignedItems as #6.24 items with a
// fresh 16-byte random each, the MSO with their SHA-256 digests, the holder's device key and the
// validity, and IssuerAuth — a COSE_Sign1 by the DS key (ES256, raw r‖s) with the DS certificate
// at label 33 in the unprotected header. Built from plain values with the deterministic encoder.
// The `edit…`, `alg`, `x5chainIn` and `tagIssuerAuth` knobs bend one thing for the demo's broken
// samples and the core's negative tests; the issuer's own mdocs use none of them.
import { type CborValue, Tagged } from '../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../core/cbor/encode';
import { sha256 } from '../../core/crypto/keys';
import { toBeSigned } from '../../core/mdoc/encodings';
import type { Curve, Issued } from './pki';

export type Elements = Record<string, Record<string, Encodable>>;

export interface IssuerSignedItemSpec {
  digestID: number;
  elementIdentifier: string;
  elementValue: Encodable;
  random: Uint8Array;
}

/** IssuerSignedItemBytes = #6.24(bstr .cbor IssuerSignedItem). */
export function itemBytes(item: IssuerSignedItemSpec): Tagged {
  const map = new Map<string, Encodable>([
    ['digestID', item.digestID],
    ['random', item.random],
    ['elementIdentifier', item.elementIdentifier],
    ['elementValue', item.elementValue],
  ]);
  return new Tagged(24, encodeCbor(map));
}

/** full-date = #6.1004(tstr) (PROFILE §8). */
export const fullDate = (text: string) => new Tagged(1004, text);

/** YYYY-MM-DDThh:mm:ssZ for a time in seconds (tdate, PROFILE §8). */
export function tdateText(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** tdate = #6.0(tstr) (PROFILE §8). */
export const tdate = (seconds: number) => new Tagged(0, tdateText(seconds));

export interface MdocSpec {
  docType: string;
  /** namespace → element → value. */
  elements: Elements;
  ds: Issued;
  /** The holder's device key (its public part goes into the MSO). */
  deviceKey: CryptoKeyPair;
  /** validityInfo (seconds): validFrom defaults to `signed`. */
  signed: number;
  validFrom?: number;
  validUntil: number;
  /** MSO `status` (Token Status List, PROFILE §8.1 (ii)). */
  status?: { idx: number; uri: string };
  /** COSE alg of IssuerAuth (default −7, ES256: issuers MUST). */
  alg?: number;
  /** Change the MSO map before it is signed. */
  editMso?: (mso: Map<string, Encodable>) => void;
  /** Change the items after digests were taken (tampering). */
  editItems?: (items: Map<string, Tagged[]>) => void;
  /** Where the x5chain goes (ISO 18013-5: unprotected). */
  x5chainIn?: 'unprotected' | 'protected';
  tagIssuerAuth?: boolean;
}

export interface Mdoc {
  docType: string;
  /** IssuerSigned = {"nameSpaces", "issuerAuth"}. */
  issuerSigned: Map<string, Encodable>;
}

const subtle = () => globalThis.crypto.subtle;

/** A public key's EC2 coordinates and COSE curve (1 = P-256, 2 = P-384). */
async function coordinates(key: CryptoKey): Promise<{ x: Uint8Array; y: Uint8Array; crv: number }> {
  const jwk = await subtle().exportKey('jwk', key);
  const b = (s: string | undefined) =>
    Uint8Array.from(atob((s ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return { x: b(jwk.x), y: b(jwk.y), crv: jwk.crv === 'P-384' ? 2 : 1 };
}

/** ECDSA (raw r‖s, the COSE form) over Sig_structure "Signature1" (RFC 9052 §4.4). */
export async function signSign1(
  protectedBytes: Uint8Array,
  payload: Uint8Array,
  key: CryptoKey,
  hash: string,
): Promise<Uint8Array> {
  const data = toBeSigned('Signature1', protectedBytes, payload);
  return new Uint8Array(await subtle().sign({ name: 'ECDSA', hash }, key, data as BufferSource));
}

/** Items and their digests: digestIDs not consecutive (issuers may choose), randoms fresh. */
async function signedItems(elements: Elements) {
  const items = new Map<string, Tagged[]>();
  const valueDigests = new Map<string, Encodable>();
  let digestID = 0;
  for (const [ns, values] of Object.entries(elements)) {
    const list: Tagged[] = [];
    const digests = new Map<number, Encodable>();
    for (const [elementIdentifier, elementValue] of Object.entries(values)) {
      const random = crypto.getRandomValues(new Uint8Array(16));
      const item = itemBytes({ digestID, elementIdentifier, elementValue, random });
      list.push(item);
      digests.set(digestID, await sha256(encodeCbor(item)));
      digestID += 3;
    }
    items.set(ns, list);
    valueDigests.set(ns, digests);
  }
  return { items, valueDigests };
}

export async function issueMdoc(spec: MdocSpec): Promise<Mdoc> {
  const { items, valueDigests } = await signedItems(spec.elements);
  const device = await coordinates(spec.deviceKey.publicKey);
  const mso = new Map<string, Encodable>([
    ['version', '1.0'],
    ['digestAlgorithm', 'SHA-256'],
    ['valueDigests', valueDigests],
    [
      'deviceKeyInfo',
      {
        deviceKey: new Map<number, Encodable>([
          [1, 2],
          [-1, device.crv],
          [-2, device.x],
          [-3, device.y],
        ]),
      },
    ],
    ['docType', spec.docType],
    [
      'validityInfo',
      {
        signed: tdate(spec.signed),
        validFrom: tdate(spec.validFrom ?? spec.signed),
        validUntil: tdate(spec.validUntil),
      },
    ],
  ]);
  if (spec.status) mso.set('status', { status_list: spec.status });
  spec.editMso?.(mso);
  spec.editItems?.(items);
  const alg = spec.alg ?? -7;
  const inProtected = spec.x5chainIn === 'protected';
  const header = new Map<number, Encodable>([[1, alg]]);
  if (inProtected) header.set(33, spec.ds.der);
  const protectedBytes = encodeCbor(header);
  const payload = encodeCbor(new Tagged(24, encodeCbor(mso)));
  const hash = hashOf(spec.ds.curve);
  const signature = await signSign1(protectedBytes, payload, spec.ds.keys.privateKey, hash);
  const unprotected = new Map<number, Encodable>(inProtected ? [] : [[33, spec.ds.der]]);
  const sign1 = [protectedBytes, unprotected, payload, signature];
  const issuerAuth = spec.tagIssuerAuth ? new Tagged(18, sign1 as CborValue) : sign1;
  return {
    docType: spec.docType,
    issuerSigned: new Map<string, Encodable>([
      ['nameSpaces', Object.fromEntries(items)],
      ['issuerAuth', issuerAuth],
    ]),
  };
}

const hashOf = (curve: Curve) => (curve === 'P-384' ? 'SHA-384' : 'SHA-256');
