// The verifier's own wallet encodings (PROFILE §8.3, §8.4): EncryptionInfo, ItemsRequest,
// DeviceRequest, DCAPIInfo, SessionTranscript and DeviceAuthenticationBytes. Deterministic CBOR
// (RFC 8949 §4.2.1: shortest form, definite lengths, sorted keys; PROFILE §8.5). Bytes received
// from the wallet (DeviceNameSpacesBytes) and given SessionTranscript bytes are embedded as they
// are, never re-encoded.
import { concatBytes } from '../../core/bytes';
import { encodeBase64Url } from '../bytes';
import { Tagged } from '../cbor/decode';
import { type Encodable, encodeCbor } from '../cbor/encode';
import { sha256 } from '../crypto/keys';
import type { DocRequest } from './types';

const DCAPI = 'dcapi';

/** A bstr head (RFC 8949 §3) for `length` bytes, shortest form. */
function bstrHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x40 | length);
  if (length < 0x100) return Uint8Array.of(0x58, length);
  if (length < 0x10000) return Uint8Array.of(0x59, length >> 8, length & 0xff);
  return Uint8Array.of(0x5a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/** #6.24(bstr .cbor item) from the item's bytes (RFC 8949 §3.4.5.1). */
export function embed(itemBytes: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(0xd8, 0x18), bstrHead(itemBytes.length), itemBytes);
}

/** EncryptionInfo = ["dcapi", {"nonce", "recipientPublicKey": {1: 2, -1: 1, -2: x, -3: y}}] (§8.3). */
export function encryptionInfoBytes(nonce: Uint8Array, x: Uint8Array, y: Uint8Array): Uint8Array {
  const recipientPublicKey = new Map<number, Encodable>([
    [1, 2],
    [-1, 1],
    [-2, x],
    [-3, y],
  ]);
  return encodeCbor([DCAPI, { nonce, recipientPublicKey }]);
}

/** ItemsRequest = {"docType", "nameSpaces": {ns: {element: intentToRetain}}} (§8.3). */
export function itemsRequestBytes(request: DocRequest): Uint8Array {
  return encodeCbor({ docType: request.docType, nameSpaces: request.nameSpaces });
}

/** DeviceRequest = {"version": "1.0", "docRequests": [{"itemsRequest": #6.24(ItemsRequest)}]} (§8.3). */
export function deviceRequestBytes(request: DocRequest): Uint8Array {
  const itemsRequest = new Tagged(24, itemsRequestBytes(request));
  return encodeCbor({ version: '1.0', docRequests: [{ itemsRequest }] });
}

/** The request's texts for `navigator.credentials.get` (b64u of the CBOR, §8.3). */
export function requestTexts(request: DocRequest, encryptionInfo: Uint8Array) {
  return {
    deviceRequest: encodeBase64Url(deviceRequestBytes(request)),
    encryptionInfo: encodeBase64Url(encryptionInfo),
  };
}

/** DCAPIInfo = [encryptionInfo string exactly as sent, origin] (§8.4). */
export function dcapiInfoBytes(encryptionInfo: string, origin: string): Uint8Array {
  return encodeCbor([encryptionInfo, origin]);
}

/** SessionTranscript = [null, null, ["dcapi", SHA-256(CBOR(DCAPIInfo))]] (§8.4). */
export async function sessionTranscriptBytes(encryptionInfo: string, origin: string): Promise<Uint8Array> {
  const hash = await sha256(dcapiInfoBytes(encryptionInfo, origin));
  return encodeCbor([null, null, [DCAPI, hash]]);
}

/**
 * DeviceAuthenticationBytes = #6.24(bstr .cbor ["DeviceAuthentication", SessionTranscript,
 * docType, DeviceNameSpacesBytes]) (§8.4), with SessionTranscript and DeviceNameSpacesBytes as given.
 */
export function deviceAuthenticationBytes(
  sessionTranscript: Uint8Array,
  docType: string,
  deviceNameSpacesBytes: Uint8Array,
): Uint8Array {
  const array = concatBytes(
    Uint8Array.of(0x84),
    encodeCbor('DeviceAuthentication'),
    sessionTranscript,
    encodeCbor(docType),
    deviceNameSpacesBytes,
  );
  return embed(array);
}

/**
 * Sig_structure / MAC_structure = [context, body_protected, external_aad h'', payload]
 * (RFC 9052 §4.4, §6.3) with the protected bstr and payload embedded as given.
 */
export function toBeSigned(
  context: 'Signature1' | 'MAC0',
  protectedBytes: Uint8Array,
  payload: Uint8Array,
): Uint8Array {
  return concatBytes(
    Uint8Array.of(0x84),
    encodeCbor(context),
    bstrHead(protectedBytes.length),
    protectedBytes,
    Uint8Array.of(0x40),
    bstrHead(payload.length),
    payload,
  );
}
