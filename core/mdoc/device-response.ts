// Step 3 of PROFILE §8.6: the DeviceResponse (§8.4) — strict decode with every tag-24 content
// (§8.5), the CDDL types, the limits, then `status` = 0 and at least one document. Members whose
// absence step 10 judges (deviceSigned, deviceAuth, deviceSignature, nameSpaces) may be absent
// here; present with the wrong type they are MALFORMED_MDOC. Unknown keys are ignored in
// DeviceResponse, Document and IssuerSigned only.
import { type CborMap, type CborValue, Tagged } from '../cbor/decode';
import { decodeMdoc, EmbeddedCbor, TAG_SIGN1 } from './cbor';
import { isListedElement } from './doctypes';
import { hasLongText, hasStrayTag18, MAX_UNLISTED_TEXT_BYTES } from './element-forms';

export const MAX_DEVICE_RESPONSE_BYTES = 2 * 1024 * 1024;
const MAX_DOCUMENTS = 4;
const MAX_ITEMS_PER_DOCUMENT = 64;
const MIN_RANDOM = 16;

export interface IssuerSignedItem {
  digestID: number;
  random: Uint8Array;
  elementIdentifier: string;
  elementValue: CborValue;
  /** IssuerSignedItemBytes as received (tag 24 head, bstr head, content): what the digest is over. */
  bytes: Uint8Array;
}

/** COSE_Sign1 / COSE_Mac0 as an array [protected bstr, unprotected map, payload bstr / null, bstr]. */
export type CoseArray = [Uint8Array, CborMap, Uint8Array | null, Uint8Array];

export interface DeviceSigned {
  /** DeviceNameSpacesBytes as received. */
  nameSpacesBytes?: Uint8Array;
  deviceAuth?: { deviceSignature?: CoseArray; deviceMac?: CoseArray };
}

export interface MdocDocument {
  docType: string;
  /** Namespace → its IssuerSignedItems, in the order received. */
  nameSpaces: Map<string, IssuerSignedItem[]>;
  /** The IssuerAuth value as decoded (an array, untagged or in tag 18): step 5 reads it. */
  issuerAuth: CborValue;
  deviceSigned?: DeviceSigned;
}

export type DeviceResponseReading =
  | { ok: true; documents: MdocDocument[] }
  | { ok: false; code: 'MALFORMED_MDOC' | 'NOT_PRESENTED' };

class Malformed extends Error {}
const fail = (): never => {
  throw new Malformed();
};

const isTextMap = (v: unknown): v is Map<string, CborValue> =>
  v instanceof Map && [...v.keys()].every((k) => typeof k === 'string');
const isUint = (v: unknown): v is number => typeof v === 'number' && v >= 0;
const isInt = (v: unknown): v is number => typeof v === 'number';

/** Step 3. Never throws. */
export function readDeviceResponse(bytes: Uint8Array): DeviceResponseReading {
  let documents: MdocDocument[];
  let status: number;
  try {
    if (bytes.length > MAX_DEVICE_RESPONSE_BYTES) fail();
    const top = decodeMdoc(bytes);
    ({ documents, status } = readTop(top));
    // Tag 18 only on issuerAuth (§8.5).
    if (hasStrayTag18(top, new Set(documents.map((d) => d.issuerAuth)))) fail();
  } catch {
    return { ok: false, code: 'MALFORMED_MDOC' };
  }
  if (status !== 0 || documents.length === 0) return { ok: false, code: 'NOT_PRESENTED' };
  return { ok: true, documents };
}

function readTop(top: CborValue): { documents: MdocDocument[]; status: number } {
  if (!(top instanceof Map)) return fail();
  const version = top.get('version');
  const documents = top.get('documents');
  const documentErrors = top.get('documentErrors');
  const status = top.get('status');
  if (version !== '1.0' && version !== '1.1') fail();
  if (!isUint(status)) return fail();
  if (documentErrors !== undefined) {
    // [+ {tstr => int}]: one entry per map.
    if (!Array.isArray(documentErrors) || documentErrors.length === 0) fail();
    for (const e of documentErrors as CborValue[])
      if (!isTextMap(e) || e.size !== 1 || !isIntValues(e)) fail();
  }
  if (documents === undefined) return { documents: [], status };
  if (!Array.isArray(documents) || documents.length > MAX_DOCUMENTS) return fail();
  return { documents: documents.map(readDocument), status };
}

const isIntValues = (m: Map<string, CborValue>) => [...m.values()].every(isInt);

function readDocument(value: CborValue): MdocDocument {
  if (!(value instanceof Map)) return fail();
  const docType = value.get('docType');
  const issuerSigned = value.get('issuerSigned');
  const deviceSigned = value.get('deviceSigned');
  const errors = value.get('errors');
  if (typeof docType !== 'string' || !(issuerSigned instanceof Map)) return fail();
  if (errors !== undefined) {
    // {+ tstr => {+ tstr => int}}
    if (!isTextMap(errors) || errors.size === 0) fail();
    for (const e of (errors as Map<string, CborValue>).values())
      if (!isTextMap(e) || e.size === 0 || !isIntValues(e)) fail();
  }
  const issuerAuth = issuerSigned.get('issuerAuth');
  if (!isIssuerAuthShape(issuerAuth)) return fail();
  const document: MdocDocument = {
    docType,
    nameSpaces: readIssuerNameSpaces(issuerSigned.get('nameSpaces'), docType),
    issuerAuth: issuerAuth as CborValue,
  };
  if (deviceSigned !== undefined) document.deviceSigned = readDeviceSigned(deviceSigned);
  return document;
}

/** COSE_Sign1, untagged or tag 18 (§8.4); its members are step 5's. */
function isIssuerAuthShape(v: CborValue | undefined): boolean {
  return Array.isArray(v) || (v instanceof Tagged && v.tag === TAG_SIGN1);
}

/** IssuerSigned.nameSpaces = {+ tstr => [+ IssuerSignedItemBytes]}, limits and duplicates (§8.4, §8.5). */
function readIssuerNameSpaces(
  value: CborValue | undefined,
  docType: string,
): Map<string, IssuerSignedItem[]> {
  const out = new Map<string, IssuerSignedItem[]>();
  if (value === undefined) return out;
  if (!isTextMap(value) || value.size === 0) return fail();
  let count = 0;
  for (const [ns, list] of value) {
    if (!Array.isArray(list) || list.length === 0) return fail();
    count += list.length;
    if (count > MAX_ITEMS_PER_DOCUMENT) fail();
    const items = list.map(readItem);
    const ids = new Set(items.map((i) => i.digestID));
    const names = new Set(items.map((i) => i.elementIdentifier));
    if (ids.size !== items.length || names.size !== items.length) fail();
    for (const item of items) {
      const listed = isListedElement(docType, ns, item.elementIdentifier);
      if (!listed && hasLongText(item.elementValue, MAX_UNLISTED_TEXT_BYTES)) fail();
    }
    out.set(ns, items);
  }
  return out;
}

/** IssuerSignedItemBytes = #6.24(bstr .cbor {digestID, random, elementIdentifier, elementValue}). */
function readItem(value: CborValue): IssuerSignedItem {
  if (!(value instanceof EmbeddedCbor)) return fail();
  const item = value.item;
  if (!isTextMap(item) || item.size !== 4) return fail();
  const digestID = item.get('digestID');
  const random = item.get('random');
  const elementIdentifier = item.get('elementIdentifier');
  const elementValue = item.get('elementValue');
  if (!isUint(digestID) || !(random instanceof Uint8Array) || random.length < MIN_RANDOM) return fail();
  if (typeof elementIdentifier !== 'string' || elementValue === undefined) return fail();
  return { digestID, random, elementIdentifier, elementValue, bytes: value.raw };
}

/** DeviceSigned = {? "nameSpaces": DeviceNameSpacesBytes, ? "deviceAuth": DeviceAuth}; no other keys. */
function readDeviceSigned(value: CborValue): DeviceSigned {
  if (!isTextMap(value)) return fail();
  const out: DeviceSigned = {};
  for (const [key, member] of value) {
    if (key === 'nameSpaces') {
      // #6.24(bstr .cbor {* tstr => {* tstr => any}})
      if (!(member instanceof EmbeddedCbor) || !isTextMap(member.item)) fail();
      for (const inner of (member as EmbeddedCbor).item as Map<string, CborValue>)
        if (!isTextMap(inner[1])) fail();
      out.nameSpacesBytes = (member as EmbeddedCbor).raw;
    } else if (key === 'deviceAuth') out.deviceAuth = readDeviceAuth(member);
    else fail();
  }
  return out;
}

/** DeviceAuth = {? "deviceSignature": COSE_Sign1, ? "deviceMac": COSE_Mac0}; no other keys. */
function readDeviceAuth(value: CborValue): NonNullable<DeviceSigned['deviceAuth']> {
  if (!isTextMap(value)) return fail();
  const out: NonNullable<DeviceSigned['deviceAuth']> = {};
  for (const [key, member] of value) {
    if (key === 'deviceSignature') out.deviceSignature = coseArray(member);
    else if (key === 'deviceMac') out.deviceMac = coseArray(member);
    else fail();
  }
  return out;
}

function coseArray(value: CborValue): CoseArray {
  if (!Array.isArray(value) || value.length !== 4) return fail();
  const [protectedBytes, unprotected, payload, tag] = value;
  if (!(protectedBytes instanceof Uint8Array) || !(unprotected instanceof Map)) return fail();
  if (!(payload === null || payload instanceof Uint8Array) || !(tag instanceof Uint8Array)) return fail();
  return [protectedBytes, unprotected, payload, tag];
}
