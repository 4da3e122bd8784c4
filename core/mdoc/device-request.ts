// Reading a DeviceRequest (ISO 18013-5 §8.3.2.1.2.1; PROFILE §8.3) for the CLI's `--request`:
// which doctypes and elements the call asked for. Lenient where wallets must be (version "1.0"
// or "1.1", unknown keys ignored, readerAuth not checked): the file is the verifier's own input.
import type { CborValue } from '../cbor/decode';
import { decodeMdoc, EmbeddedCbor } from './cbor';
import type { DocRequest } from './types';

const isTextMap = (v: unknown): v is Map<string, CborValue> =>
  v instanceof Map && [...v.keys()].every((k) => typeof k === 'string');

/** The DocRequests of a DeviceRequest, or null when it is not one. Never throws. */
export function readDeviceRequest(bytes: Uint8Array): DocRequest[] | null {
  try {
    const top = decodeMdoc(bytes);
    if (!isTextMap(top)) return null;
    const version = top.get('version');
    const docRequests = top.get('docRequests');
    if ((version !== '1.0' && version !== '1.1') || !Array.isArray(docRequests) || docRequests.length === 0)
      return null;
    const out = docRequests.map(readDocRequest);
    return out.every((r) => r !== null) ? (out as DocRequest[]) : null;
  } catch {
    return null;
  }
}

function readDocRequest(value: CborValue): DocRequest | null {
  if (!isTextMap(value)) return null;
  const embedded = value.get('itemsRequest');
  if (!(embedded instanceof EmbeddedCbor) || !isTextMap(embedded.item)) return null;
  const docType = embedded.item.get('docType');
  const nameSpaces = embedded.item.get('nameSpaces');
  if (typeof docType !== 'string' || !isTextMap(nameSpaces) || nameSpaces.size === 0) return null;
  const out: DocRequest['nameSpaces'] = {};
  for (const [ns, elements] of nameSpaces) {
    if (!isTextMap(elements) || elements.size === 0) return null;
    const entries = [...elements];
    if (!entries.every(([, retain]) => typeof retain === 'boolean')) return null;
    Object.defineProperty(out, ns, { value: Object.fromEntries(entries), enumerable: true });
  }
  return { docType, nameSpaces: out };
}
