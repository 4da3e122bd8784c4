// The `mdoc` member of a result (PROFILE §8.6): validity texts, the issuer (Iaca.name), the DS
// serial, the MSO status and only the elements that were requested and whose digests verified —
// full-date → "YYYY-MM-DD", tdate → its text, bstr → b64u, maps → objects. An mnc value in a
// form §8.1 does not accept is dropped (§8.1): it is neither shown nor used by §8.7.
import { encodeBase64Url, toHex } from '../bytes';
import { type CborValue, Tagged } from '../cbor/decode';
import { EmbeddedCbor } from './cbor';
import type { MdocDocument } from './device-response';
import { MNC_DOCTYPE } from './doctypes';
import { isUsableMncValue } from './element-forms';
import type { Iaca } from './iaca';
import type { IssuerAuth } from './issuer-auth';
import type { DocRequest, ElementValue, MdocView } from './types';

export function mdocView(doc: MdocDocument, auth: IssuerAuth, iaca: Iaca, request: DocRequest): MdocView {
  const { mso } = auth;
  const elements: MdocView['elements'] = {};
  for (const [ns, items] of doc.nameSpaces) {
    const requested = request.nameSpaces[ns];
    for (const item of items) {
      const id = item.elementIdentifier;
      if (!requested || !Object.hasOwn(requested, id)) continue;
      if (doc.docType === MNC_DOCTYPE && !isUsableMncValue(ns, id, item.elementValue)) continue;
      if (!Object.hasOwn(elements, ns)) setOwn(elements, ns, {});
      setOwn(elements[ns] as Record<string, ElementValue>, id, toElementValue(item.elementValue));
    }
  }
  const view: MdocView = {
    docType: mso.docType,
    signed: mso.signed.text,
    validFrom: mso.validFrom.text,
    validUntil: mso.validUntil.text,
    issuer: iaca.name,
    dsSerial: toHex(auth.ds.serial),
    ...(mso.status ? { status: { idx: mso.status.idx, uri: mso.status.uri } } : {}),
    elements,
  };
  return view;
}

/** A CBOR value as JSON: tags 1004 and 0 give their text, tag 100 its number, tag 24 its bytes. */
export function toElementValue(value: CborValue): ElementValue {
  if (value instanceof Uint8Array) return encodeBase64Url(value);
  if (value instanceof EmbeddedCbor) return encodeBase64Url(value.value as Uint8Array);
  if (value instanceof Tagged) return toElementValue(value.value);
  if (Array.isArray(value)) return value.map(toElementValue);
  if (value instanceof Map) {
    const out: Record<string, ElementValue> = {};
    for (const [k, v] of value) setOwn(out, String(k), toElementValue(v));
    return out;
  }
  return value;
}

/** An own property even for a key such as "__proto__" (keys come from the wallet). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
