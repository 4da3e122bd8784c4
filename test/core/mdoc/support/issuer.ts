// The issuer side of an mdoc for tests (ISO 18013-5 §9.1.2, PROFILE §8.4): IssuerSignedItems as
// #6.24 items, the MSO with their SHA-256 digests, and IssuerAuth signed by a DS key with the
// DS certificate at label 33. Everything is built from plain values with the deterministic
// encoder, so a test can bend any field before signing. Test code only.
import { type CborValue, Tagged } from '../../../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../../../core/cbor/encode';
import { DAY, NOW, tdateText } from './clock';
import type { Curve, Issued } from './pki';

const subtle = globalThis.crypto.subtle;

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

export const fullDate = (text: string) => new Tagged(1004, text);
export const tdate = (seconds: number) => new Tagged(0, tdateText(seconds));

export interface MdocSpec {
  docType: string;
  elements: Elements;
  ds: Issued;
  /** The holder's device key (its public part goes into the MSO). */
  deviceKey: CryptoKeyPair;
  deviceCurve?: Curve;
  signed?: number;
  validFrom?: number;
  validUntil?: number;
  status?: { idx: number; uri: string };
  /** COSE alg of IssuerAuth (default −7). */
  alg?: number;
  /** Change the MSO map before it is signed. */
  editMso?: (mso: Map<string, Encodable>) => void;
  /** Change the items after digests were taken (tampering). */
  editItems?: (items: Map<string, Tagged[]>) => void;
  /** Where the x5chain goes. */
  x5chainIn?: 'unprotected' | 'protected';
  tagIssuerAuth?: boolean;
}

export interface Mdoc {
  docType: string;
  /** IssuerSigned = {"nameSpaces", "issuerAuth"}. */
  issuerSigned: Map<string, Encodable>;
}

async function coordinates(key: CryptoKey): Promise<{ x: Uint8Array; y: Uint8Array; crv: number }> {
  const jwk = await subtle.exportKey('jwk', key);
  const b = (s: string | undefined) =>
    Uint8Array.from(atob((s ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return { x: b(jwk.x), y: b(jwk.y), crv: jwk.crv === 'P-384' ? 2 : 1 };
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
}

/** Signs a COSE_Sign1 (RFC 9052 §4.4) with raw r‖s, the COSE signature form. */
export async function signSign1(
  protectedBytes: Uint8Array,
  payload: Uint8Array,
  key: CryptoKey,
  hash: string,
): Promise<Uint8Array> {
  const toBeSigned = encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
  return new Uint8Array(await subtle.sign({ name: 'ECDSA', hash }, key, toBeSigned as BufferSource));
}

export async function issueMdoc(spec: MdocSpec): Promise<Mdoc> {
  const items = new Map<string, Tagged[]>();
  const valueDigests = new Map<string, Encodable>();
  let digestID = 0;
  for (const [ns, elements] of Object.entries(spec.elements)) {
    const list: Tagged[] = [];
    const digests = new Map<number, Encodable>();
    for (const [elementIdentifier, elementValue] of Object.entries(elements)) {
      const random = crypto.getRandomValues(new Uint8Array(16));
      const item = itemBytes({ digestID, elementIdentifier, elementValue, random });
      list.push(item);
      digests.set(digestID, await sha256(encodeCbor(item)));
      digestID += 3; // not consecutive, as issuers may choose
    }
    items.set(ns, list);
    valueDigests.set(ns, digests);
  }
  const device = await coordinates(spec.deviceKey.publicKey);
  const signed = spec.signed ?? NOW - DAY;
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
        signed: tdate(signed),
        validFrom: tdate(spec.validFrom ?? signed),
        validUntil: tdate(spec.validUntil ?? NOW + 180 * DAY),
      },
    ],
  ]);
  if (spec.status) mso.set('status', { status_list: spec.status });
  spec.editMso?.(mso);
  spec.editItems?.(items);
  const alg = spec.alg ?? -7;
  const x5chain = spec.ds.der;
  const inProtected = spec.x5chainIn === 'protected';
  const protectedBytes = encodeCbor(
    new Map<number, Encodable>(
      inProtected
        ? [
            [1, alg],
            [33, x5chain],
          ]
        : [[1, alg]],
    ),
  );
  const payload = encodeCbor(new Tagged(24, encodeCbor(mso)));
  const hash = spec.ds.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
  const signature = await signSign1(protectedBytes, payload, spec.ds.keys.privateKey, hash);
  const unprotected = new Map<number, Encodable>(inProtected ? [] : [[33, x5chain]]);
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
