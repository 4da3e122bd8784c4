// The holder's half of a Document (ISO 18013-5 §9.1.3, PROFILE §8.4): its own SessionTranscript
// (from the encryptionInfo text and the calling origin, never from the request), DeviceSigned
// with a deviceSignature over DeviceAuthenticationBytes made with the device key, and the
// DeviceResponse around the Documents. Built here from values with the encoder, apart from the
// verifier's own encodings (core/mdoc/encodings.ts), so a round trip checks the two against each
// other. Options bend one thing for the core's negative tests.
import { Tagged } from '../core/cbor/decode';
import { type Encodable, encodeCbor } from '../core/cbor/encode';
import { sha256 } from '../core/crypto/keys';

export type Curve = 'P-256' | 'P-384';

/** SessionTranscript = [null, null, ["dcapi", SHA-256(CBOR([encryptionInfo, origin]))]], as a value. */
export async function transcriptValue(encryptionInfo: string, origin: string): Promise<Encodable> {
  return [null, null, ['dcapi', await sha256(encodeCbor([encryptionInfo, origin]))]];
}

export interface DeviceSignOptions {
  /** COSE alg of deviceSignature (default −7: test wallets MUST use ES256 with P-256). */
  alg?: number;
  curve?: Curve;
  /** DeviceNameSpaces (default {}: wallets send #6.24(h'A0')). */
  deviceNameSpaces?: Encodable;
  /** Sign over another docType than the Document's. */
  signedDocType?: string;
}

/** ECDSA (raw r‖s) over ["Signature1", protected, h'', payload] (RFC 9052 §4.4). */
async function sign(protectedBytes: Uint8Array, payload: Uint8Array, key: CryptoKey, hash: string) {
  const toBeSigned = encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
  return new Uint8Array(
    await globalThis.crypto.subtle.sign({ name: 'ECDSA', hash }, key, toBeSigned as BufferSource),
  );
}

/** DeviceSigned = {"nameSpaces": #6.24(DeviceNameSpaces), "deviceAuth": {"deviceSignature"}} (§8.4). */
export async function deviceSigned(
  docType: string,
  deviceKey: { privateKey: CryptoKey },
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
  const signature = await sign(protectedBytes, authentication, deviceKey.privateKey, hash);
  // deviceSignature: COSE_Sign1 with a detached payload (null).
  const deviceAuth = { deviceSignature: [protectedBytes, new Map(), null, signature] };
  return new Map<string, Encodable>([
    ['nameSpaces', nameSpaces],
    ['deviceAuth', deviceAuth],
  ]);
}

/** A Document: {"docType", "issuerSigned", "deviceSigned"?}. */
export function documentOf(
  mdoc: { docType: string; issuerSigned: Encodable },
  signed?: Map<string, Encodable>,
): Map<string, Encodable> {
  const doc = new Map<string, Encodable>([
    ['docType', mdoc.docType],
    ['issuerSigned', mdoc.issuerSigned],
  ]);
  if (signed) doc.set('deviceSigned', signed);
  return doc;
}

/** DeviceResponse bytes: {"version", "documents", "status"}. */
export function deviceResponseBytes(documents: Encodable[], status = 0, version = '1.0'): Uint8Array {
  const response = new Map<string, Encodable>([
    ['version', version],
    ['status', status],
  ]);
  if (documents.length > 0 || status === 0) response.set('documents', documents);
  return encodeCbor(response);
}
