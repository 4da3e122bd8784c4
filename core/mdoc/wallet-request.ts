// A wallet call (PROFILE §8.3): a fresh P-256 key pair (private key non-extractable) and a fresh
// 16-byte nonce per call, the `navigator.credentials.get` request built from them, and what
// opening the answer needs — held in memory only. The private key is handed out once: a second
// open of the same call finds none (DECRYPT_FAILED), as §8.4 wants ("opens a response at most
// once and drops the key pair after the call").
import { encodeBase64Url } from '../bytes';
import { deviceRequestBytes, encryptionInfoBytes } from './encodings';
import { exportRaw, randomBytes, subtle } from './subtle';
import type { DocRequest } from './types';

export const PROTOCOL = 'org-iso-mdoc';
const NONCE_BYTES = 16;

/** `digital.requests[0]` of navigator.credentials.get (§8.3). */
export interface DigitalCredentialRequest {
  protocol: typeof PROTOCOL;
  data: { deviceRequest: string; encryptionInfo: string };
}

/** What opening one call's answer needs. */
export interface CallOpening {
  /** What the call asked for: one DocRequest from the PWA; a `--request` file's, or §8.1's, in the CLI. */
  requests: readonly DocRequest[];
  /** The encryptionInfo text exactly as sent (hashed as text into SessionTranscript). */
  encryptionInfo: string;
  origin: string;
  /** The recipient public key, uncompressed (04‖x‖y): pkR of HPKE. */
  publicKey: Uint8Array;
  /** The private key, or null once taken. */
  takeKey(): CryptoKey | null;
}

/** Makes the request of one call; `origin` = location.origin of the calling page. */
export async function makeWalletRequest(
  docType: string,
  elements: DocRequest['nameSpaces'],
  origin: string,
): Promise<{ request: DigitalCredentialRequest; call: CallOpening }> {
  const pair = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const publicKey = await exportRaw(pair.publicKey);
  const nonce = randomBytes(NONCE_BYTES);
  const request: DocRequest = { docType, nameSpaces: elements };
  const encryptionInfo = encodeBase64Url(
    encryptionInfoBytes(nonce, publicKey.subarray(1, 33), publicKey.subarray(33)),
  );
  let key: CryptoKey | null = pair.privateKey;
  const call: CallOpening = {
    requests: [request],
    encryptionInfo,
    origin,
    publicKey,
    takeKey() {
      const taken = key;
      key = null;
      return taken;
    },
  };
  const deviceRequest = encodeBase64Url(deviceRequestBytes(request));
  return { request: { protocol: PROTOCOL, data: { deviceRequest, encryptionInfo } }, call };
}

/**
 * The opening of a call from a recipient key held as a JWK with `d` (the CLI's
 * `--dcapi-response … --recipient-key`). Not one-shot: the CLI reads a file it was given.
 */
export async function callFromJwk(
  jwk: JsonWebKey,
  encryptionInfo: string,
  origin: string,
  requests: readonly DocRequest[],
): Promise<CallOpening | null> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) return null;
  try {
    const privateKey = await subtle().importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, [
      'deriveBits',
    ]);
    const { d: _d, ...publicJwk } = jwk;
    const publicKey = await subtle().importKey(
      'jwk',
      { ...publicJwk, key_ops: [] },
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      [],
    );
    const point = await exportRaw(publicKey);
    return { requests, encryptionInfo, origin, publicKey: point, takeKey: () => privateKey };
  } catch {
    return null;
  }
}
