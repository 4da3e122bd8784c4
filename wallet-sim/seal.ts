// The wallet's HPKE seal (RFC 9180; PROFILE §8.4: mode_base, DHKEM(P-256, HKDF-SHA256),
// HKDF-SHA256, AES-128-GCM, info = CBOR(SessionTranscript), empty aad) to the recipient key of the
// request's EncryptionInfo, giving `data.response`. Sealed with @hpke/core — an implementation
// independent of the verifier's own open (core/mdoc/hpke.ts), so every round trip checks the two
// against each other; its size matters only in a demo build.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { encodeBase64Url } from '../core/bytes';
import type { CborValue } from '../core/cbor/decode';
import { encodeCbor } from '../core/cbor/encode';
import { decodeMdoc } from '../core/mdoc/cbor';
import { fromB64u } from './card';

/** The recipient key of an EncryptionInfo text (b64u of ["dcapi", {nonce, recipientPublicKey}]), 04‖x‖y. */
export function recipientPoint(encryptionInfo: string): Uint8Array {
  const bytes = fromB64u(encryptionInfo);
  if (!bytes) throw new TypeError('encryptionInfo is not base64url');
  const value = decodeMdoc(bytes) as CborValue[];
  const body = value[1];
  const key = body instanceof Map ? body.get('recipientPublicKey') : undefined;
  const x = key instanceof Map ? key.get(-2) : undefined;
  const y = key instanceof Map ? key.get(-3) : undefined;
  if (value[0] !== 'dcapi' || !(x instanceof Uint8Array) || !(y instanceof Uint8Array))
    throw new TypeError('encryptionInfo has no dcapi recipient key');
  const point = new Uint8Array(65);
  point[0] = 4;
  point.set(x, 1);
  point.set(y, 33);
  return point;
}

const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

/** HPKE seal of a DeviceResponse; returns `data.response` (b64u of the EncryptedResponse). */
export async function sealResponse(
  plaintext: Uint8Array,
  encryptionInfo: string,
  info: Uint8Array,
): Promise<string> {
  const recipientPublicKey = await globalThis.crypto.subtle.importKey(
    'raw',
    recipientPoint(encryptionInfo) as BufferSource,
    { name: 'ECDH', namedCurve: 'P-256' },
    true,
    [],
  );
  const sealed = await suite.seal(
    { recipientPublicKey, info: info as BufferSource },
    plaintext as BufferSource,
  );
  return encryptedResponseText(new Uint8Array(sealed.enc), new Uint8Array(sealed.ct));
}

/** EncryptedResponse = ["dcapi", {"enc", "cipherText"}], as b64u text. */
export function encryptedResponseText(enc: Uint8Array, cipherText: Uint8Array): string {
  return encodeBase64Url(encodeCbor(['dcapi', { enc, cipherText }]));
}
