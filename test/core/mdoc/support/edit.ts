// Editing encoded wallet bytes in tests: decode strictly, change one member, encode again. The
// encoder writes every tag-24 item as received (tag head, bstr head, content), so digests and
// signatures over untouched parts still hold.
import { decodeBase64Strict, encodeBase64Url } from '../../../../core/bytes';
import { type Encodable, encodeCbor } from '../../../../core/cbor/encode';
import { decodeMdoc } from '../../../../core/mdoc/cbor';
import { toEncodable } from '../../../../wallet-sim/encodable';

export { toEncodable };

export const decodeTop = (bytes: Uint8Array) => toEncodable(decodeMdoc(bytes)) as Map<string, Encodable>;

/** The DeviceResponse with a top-level key set (or removed when `value` is undefined). */
export function withTop(bytes: Uint8Array, key: string, value: Encodable | undefined): Uint8Array {
  const top = decodeTop(bytes);
  if (value === undefined) top.delete(key);
  else top.set(key, value);
  return encodeCbor(top);
}

/** The DeviceResponse with its first Document repeated `n` times. */
export function copies(bytes: Uint8Array, n: number): Uint8Array {
  const top = decodeTop(bytes);
  const [doc] = top.get('documents') as Encodable[];
  top.set(
    'documents',
    Array.from({ length: n }, () => doc as Encodable),
  );
  return encodeCbor(top);
}

/** An EncryptedResponse text with one bit of its cipherText flipped. */
export function flipCipherText(text: string): string {
  const [tag, body] = decodeMdoc(decodeBase64Strict(text) as Uint8Array) as [string, Map<string, Uint8Array>];
  const cipherText = (body.get('cipherText') as Uint8Array).slice();
  cipherText[0] = (cipherText[0] as number) ^ 1;
  return encodeBase64Url(encodeCbor([tag, { enc: body.get('enc') as Uint8Array, cipherText }]));
}
