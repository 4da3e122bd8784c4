// The holder side of PROFILE §8.3–§8.4 for tests: a wallet that reads the request's
// EncryptionInfo, builds its own SessionTranscript from the encryptionInfo text and the origin,
// signs DeviceAuthentication with the device key (deviceSignature), assembles the
// DeviceResponse and seals it to the recipient key with @hpke/core — an HPKE implementation
// independent of the verifier's. Test code only.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { decodeBase64Strict, encodeBase64Url } from '../../../../core/bytes';
import { type CborValue, Tagged } from '../../../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../../../core/cbor/encode';
import { decodeMdoc } from '../../../../core/mdoc/cbor';
import type { Mdoc } from './issuer';
import { sha256, signSign1 } from './issuer';
import type { Curve } from './pki';

const subtle = globalThis.crypto.subtle;

/** SessionTranscript = [null, null, ["dcapi", SHA-256(CBOR([encryptionInfo, origin]))]], as a value. */
export async function transcriptValue(encryptionInfo: string, origin: string): Promise<Encodable> {
  return [null, null, ['dcapi', await sha256(encodeCbor([encryptionInfo, origin]))]];
}

export interface DeviceSignOptions {
  /** COSE alg of deviceSignature (default −7). */
  alg?: number;
  curve?: Curve;
  /** DeviceNameSpaces (default {}). */
  deviceNameSpaces?: Encodable;
  /** Sign over another docType than the Document's. */
  signedDocType?: string;
}

/** DeviceSigned with a deviceSignature over DeviceAuthenticationBytes (ISO 18013-5 §9.1.3.4). */
export async function deviceSigned(
  docType: string,
  deviceKey: CryptoKeyPair,
  transcript: Encodable,
  options: DeviceSignOptions = {},
): Promise<Map<string, Encodable>> {
  const nameSpaces = new Tagged(24, encodeCbor(options.deviceNameSpaces ?? new Map()));
  const authentication = encodeCbor(
    new Tagged(
      24,
      encodeCbor(['DeviceAuthentication', transcript, options.signedDocType ?? docType, nameSpaces]),
    ),
  );
  const protectedBytes = encodeCbor(new Map([[1, options.alg ?? -7]]));
  const hash = options.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
  const signature = await signSign1(protectedBytes, authentication, deviceKey.privateKey, hash);
  const deviceAuth = { deviceSignature: [protectedBytes, new Map(), null, signature] };
  return new Map<string, Encodable>([
    ['nameSpaces', nameSpaces],
    ['deviceAuth', deviceAuth],
  ]);
}

/** A Document: {"docType", "issuerSigned", "deviceSigned"?}. */
export function documentOf(mdoc: Mdoc, signed?: Map<string, Encodable>): Map<string, Encodable> {
  const doc = new Map<string, Encodable>([
    ['docType', mdoc.docType],
    ['issuerSigned', mdoc.issuerSigned],
  ]);
  if (signed) doc.set('deviceSigned', signed);
  return doc;
}

/** DeviceResponse bytes. */
export function deviceResponseBytes(documents: Encodable[], status = 0, version = '1.0'): Uint8Array {
  const response = new Map<string, Encodable>([
    ['version', version],
    ['status', status],
  ]);
  if (documents.length > 0 || status === 0) response.set('documents', documents);
  return encodeCbor(response);
}

/** The recipient key of an EncryptionInfo text (b64u of ["dcapi", {nonce, recipientPublicKey}]). */
export function recipientPoint(encryptionInfo: string): Uint8Array {
  const value = decodeMdoc(decodeBase64Strict(encryptionInfo) as Uint8Array) as CborValue[];
  const key = (value[1] as Map<string, CborValue>).get('recipientPublicKey') as Map<number, Uint8Array>;
  const point = new Uint8Array(65);
  point[0] = 4;
  point.set(key.get(-2) as Uint8Array, 1);
  point.set(key.get(-3) as Uint8Array, 33);
  return point;
}

const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

/** HPKE seal (RFC 9180, the §8.4 suite) of a DeviceResponse; returns `data.response` (b64u of EncryptedResponse). */
export async function sealResponse(
  plaintext: Uint8Array,
  encryptionInfo: string,
  info: Uint8Array,
): Promise<string> {
  const recipientPublicKey = await subtle.importKey(
    'raw',
    recipientPoint(encryptionInfo) as BufferSource,
    { name: 'ECDH', namedCurve: 'P-256' },
    true,
    [],
  );
  const sealed = await suite.seal({ recipientPublicKey, info }, plaintext);
  return encryptedResponseText(new Uint8Array(sealed.enc), new Uint8Array(sealed.ct));
}

export function encryptedResponseText(enc: Uint8Array, cipherText: Uint8Array): string {
  return encodeBase64Url(encodeCbor(['dcapi', { enc, cipherText }]));
}
