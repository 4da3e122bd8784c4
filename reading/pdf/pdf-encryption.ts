// How pdf.js may read each stream of an encrypted PDF (ISO 32000-1 §7.6), so that the work
// budget's pre-flight counts the costliest way, as it already counts the costliest of two
// definitions of one object. Usually there is one way: decrypted by the file's stream crypt
// filter. There are more where pdf.js and the standard read a stream differently, or where a
// hostile file leaves the choice to pdf.js:
// - a cross-reference stream is read as it lies (§7.5.8: never encrypted), but decrypted when a
//   page draws it;
// - metadata as it lies when not encrypted (/EncryptMetadata false; pdf.js: also under V1/V2);
// - a stream's own /Crypt filter (§7.4.10) and /EFF for embedded files (§7.6.5), which the
//   standard applies and pdf.js ignores (it decrypts every stream by /StmF);
// - several trailers naming different encryption dictionaries, or one naming none.
// A file is locked (refused as pdfEncrypted) when pdf.js could open it only with a password, or
// with a dictionary that cannot be followed here.
import { bytesOf, type CryptMethod, decryptData, openSecurity, type Security } from './pdf-security';
import { isDict, type PdfDict, type PdfObject, PdfString, type PdfValue, Ref } from './pdf-syntax';

/** One way of reading a stream's data: decrypted by a handler's method, or (null) as it lies. */
export type Reading = { security: Security; method: CryptMethod } | null;

export interface Encryption {
  /** No way to open it without a password that can be counted here. */
  locked: boolean;
  /** Every way pdf.js may read this stream (at least one). */
  readings(object: PdfObject): Reading[];
}

type Resolve = (v: PdfValue | undefined) => PdfValue | undefined;

/**
 * Distinct encryption dictionaries followed in one file (a genuine one has one): each adds ways
 * to read every stream, and a file with more is locked.
 */
const MAX_HANDLERS = 4;

/**
 * The encryption of a file whose trailers (trailer dictionaries and cross-reference stream
 * dictionaries, §7.5.5, §7.5.8) are `trailers`; undefined when none names one. `metadataNum`
 * gives the number of the catalog's /Metadata stream once the catalog is known.
 */
export function encryptionOf(
  trailers: PdfDict[],
  resolve: Resolve,
  metadataNum: () => number | undefined,
): Encryption | undefined {
  if (!trailers.some((t) => t.has('Encrypt'))) return undefined;
  // pdf.js may open the file by a trailer that names no encryption dictionary (a repair).
  let plain = trailers.some((t) => !t.has('Encrypt') && t.has('Root'));
  let locked = false;
  const handlers: Security[] = [];
  const seen = new Set<string>();
  for (const trailer of trailers) {
    const ref = trailer.get('Encrypt');
    if (ref === undefined) continue;
    const dict = resolve(ref);
    if (!isDict(dict)) {
      // One that leads nowhere here may lead pdf.js into an object stream; a value that is no
      // dictionary leaves the file unencrypted for pdf.js.
      if (ref instanceof Ref && dict === undefined) locked = true;
      else plain = true;
      continue;
    }
    const ids = resolve(trailer.get('ID'));
    const id = Array.isArray(ids) && ids[0] instanceof PdfString ? bytesOf(ids[0]) : new Uint8Array(0);
    const which = `${ref instanceof Ref ? ref.num : `direct ${seen.size}`} ${id.join(',')}`;
    if (seen.has(which)) continue;
    seen.add(which);
    if (seen.size > MAX_HANDLERS) return { locked: true, readings: () => [null] };
    const opening = openSecurity(dict, id, resolve);
    if ('security' in opening) handlers.push(opening.security);
    else if (opening.refused === 'unsupported') locked = true;
  }
  if (handlers.length === 0 && !plain) locked = true;
  return { locked, readings: (object) => readingsOf(object, handlers, plain, resolve, metadataNum) };
}

function readingsOf(
  object: PdfObject,
  handlers: Security[],
  plain: boolean,
  resolve: Resolve,
  metadataNum: () => number | undefined,
): Reading[] {
  const dict = isDict(object.value) ? object.value : new Map<string, PdfValue>();
  const type = resolve(dict.get('Type'));
  const out: Reading[] = [];
  const add = (security: Security, method: CryptMethod | undefined) => {
    if (method === undefined) return;
    const reading = method === 'None' ? null : { security, method };
    const same = (r: Reading) =>
      r === reading || (r && reading && r.security === security && r.method === method);
    if (!out.some(same)) out.push(reading);
  };
  if (plain) out.push(null);
  const metadata = type === 'Metadata' || object.num === metadataNum();
  const own = cryptFilterOf(dict, resolve);
  for (const security of handlers) {
    add(security, security.streamMethod);
    if (type === 'XRef' || (metadata && !security.encryptMetadata)) add(security, 'None');
    if (type === 'EmbeddedFile') add(security, security.embeddedFileMethod);
    if (own !== undefined) add(security, security.filterMethod(own));
  }
  return out.length > 0 ? out : [null];
}

/** §7.4.10: the crypt filter a stream names itself (`/Filter [/Crypt …]`, by default Identity). */
function cryptFilterOf(dict: PdfDict, resolve: Resolve): string | undefined {
  // pdf.js reads the abbreviated names first (its Dict.get("F", "Filter")).
  const filters = resolve(dict.get('F') ?? dict.get('Filter'));
  const firstFilter = Array.isArray(filters) ? resolve(filters[0]) : filters;
  if (firstFilter !== 'Crypt') return undefined;
  const params = resolve(dict.get('DP') ?? dict.get('DecodeParms'));
  const own = resolve(Array.isArray(params) ? params[0] : params);
  const name = isDict(own) ? resolve(own.get('Name')) : undefined;
  return typeof name === 'string' ? name : 'Identity';
}

/** A stream's data (as it lies in the file) read one way. */
export const readData = (reading: Reading, object: PdfObject, data: Uint8Array): Uint8Array =>
  reading ? decryptData(reading.security, reading.method, object.num, object.gen, data) : data;
