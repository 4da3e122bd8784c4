// Step 1 of PROFILE §8.6: `data.response` — b64u (padding optional but correct), at most 3 MiB of
// text, strictly decoded (§8.5) as EncryptedResponse = ["dcapi", {"enc": bstr (65), "cipherText":
// bstr}] (§8.4) with `enc` an uncompressed point on P-256. Any failure: MALFORMED_MDOC.
import { decodeBase64Strict } from '../bytes';
import { decodeMdoc } from './cbor';
import { subtle } from './subtle';

export const MAX_RESPONSE_TEXT = 3 * 1024 * 1024;
const B64U = /^[A-Za-z0-9_-]*={0,2}$/;

export interface EncryptedResponse {
  enc: Uint8Array;
  cipherText: Uint8Array;
}

/** Step 1; null = MALFORMED_MDOC. Never throws. */
export async function readEncryptedResponse(text: unknown): Promise<EncryptedResponse | null> {
  if (typeof text !== 'string' || text.length > MAX_RESPONSE_TEXT || !B64U.test(text)) return null;
  const bytes = decodeBase64Strict(text);
  if (!bytes) return null;
  try {
    const value = decodeMdoc(bytes);
    if (!Array.isArray(value) || value.length !== 2 || value[0] !== 'dcapi') return null;
    const body = value[1];
    if (!(body instanceof Map) || body.size !== 2) return null;
    const enc = body.get('enc');
    const cipherText = body.get('cipherText');
    if (
      !(enc instanceof Uint8Array) ||
      enc.length !== 65 ||
      enc[0] !== 4 ||
      !(cipherText instanceof Uint8Array)
    )
      return null;
    // On the curve: WebCrypto refuses to import any other point.
    await subtle().importKey('raw', enc as BufferSource, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    return { enc, cipherText };
  } catch {
    return null;
  }
}
