// Step 10 of PROFILE §8.6: DeviceAuth (§8.4). deviceSignature is required: protected {1: alg}
// with an alg matching the MSO deviceKey (§8.2), payload null (detached), signature over
// ["Signature1", protected, h'', DeviceAuthenticationBytes]. A deviceMac is accepted only with
// the CLI's EReaderKey (ISO 18013-5 §9.1.3.5, test vectors): EMacKey = HKDF-SHA-256(ECDH(EReaderKey,
// DeviceKey), salt SHA-256(SessionTranscriptBytes), info "EMacKey"), HMAC 256/256 over
// ["MAC0", protected, h'', DeviceAuthenticationBytes]. Any absence or failure: DEVICE_AUTH_FAILED.
import { sha256 } from '../crypto/keys';
import { mdocAlgorithm } from './algorithms';
import { decodeMdoc } from './cbor';
import type { CoseArray, MdocDocument } from './device-response';
import { importPoint, verifyRaw } from './ecdsa';
import { deviceAuthenticationBytes, embed, toBeSigned } from './encodings';
import type { DeviceKey } from './mso';
import { ecdhBits, subtle } from './subtle';

const ALG = 1;
const CRIT = 2;
const HMAC_256 = 5;

/** Whether device authentication holds. `readerKey`: an ECDH private key (CLI `--reader-key`). Never throws. */
export async function checkDeviceAuth(
  doc: MdocDocument,
  deviceKey: DeviceKey,
  sessionTranscript: Uint8Array,
  readerKey?: CryptoKey,
): Promise<boolean> {
  const signed = doc.deviceSigned;
  const auth = signed?.deviceAuth;
  if (!signed?.nameSpacesBytes || !auth) return false;
  const data = deviceAuthenticationBytes(sessionTranscript, doc.docType, signed.nameSpacesBytes);
  try {
    if (auth.deviceMac) {
      if (auth.deviceSignature || !readerKey) return false;
      return await verifyMac(auth.deviceMac, deviceKey, sessionTranscript, readerKey, data);
    }
    return auth.deviceSignature ? await verifySignature(auth.deviceSignature, deviceKey, data) : false;
  } catch {
    return false;
  }
}

/** The protected header of a device COSE structure: a map with label 1 and no `crit`. */
function protectedHeader(bytes: Uint8Array): Map<unknown, unknown> | null {
  const header = bytes.length === 0 ? new Map() : decodeMdoc(bytes);
  return header instanceof Map && header.has(ALG) && !header.has(CRIT) ? header : null;
}

async function verifySignature(
  sign1: CoseArray,
  deviceKey: DeviceKey,
  deviceAuthentication: Uint8Array,
): Promise<boolean> {
  const [protectedBytes, , payload, signature] = sign1;
  const header = protectedHeader(protectedBytes);
  const alg = mdocAlgorithm(header?.get(ALG), deviceKey.curve);
  if (!alg || payload !== null || signature.length !== alg.signatureLength) return false;
  const key = await importPoint(deviceKey.x, deviceKey.y, deviceKey.curve);
  if (!key) return false;
  const data = toBeSigned('Signature1', protectedBytes, deviceAuthentication);
  return verifyRaw(key, alg.hash, signature, data);
}

async function verifyMac(
  mac0: CoseArray,
  deviceKey: DeviceKey,
  sessionTranscript: Uint8Array,
  readerKey: CryptoKey,
  data: Uint8Array,
): Promise<boolean> {
  const [protectedBytes, , payload, tag] = mac0;
  if (protectedHeader(protectedBytes)?.get(ALG) !== HMAC_256 || payload !== null || tag.length !== 32)
    return false;
  const eMacKey = await deriveEMacKey(readerKey, deviceKey, sessionTranscript);
  const key = await subtle().importKey(
    'raw',
    eMacKey as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  return subtle().verify(
    'HMAC',
    key,
    tag as BufferSource,
    toBeSigned('MAC0', protectedBytes, data) as BufferSource,
  );
}

/**
 * EMacKey = HKDF-SHA-256(ikm = ECDH(EReaderKey.d, DeviceKey), salt = SHA-256(SessionTranscriptBytes
 * = #6.24(bstr .cbor SessionTranscript)), info = "EMacKey", L = 32) (ISO 18013-5 §9.1.5.1).
 */
export async function deriveEMacKey(
  readerKey: CryptoKey,
  deviceKey: DeviceKey,
  sessionTranscript: Uint8Array,
): Promise<Uint8Array> {
  const size = deviceKey.x.length;
  const point = new Uint8Array(1 + size * 2);
  point[0] = 4;
  point.set(deviceKey.x, 1);
  point.set(deviceKey.y, 1 + size);
  const devicePublic = await subtle().importKey(
    'raw',
    point,
    { name: 'ECDH', namedCurve: deviceKey.curve },
    false,
    [],
  );
  const shared = await ecdhBits(readerKey, devicePublic, size * 8);
  const salt = (await sha256(embed(sessionTranscript))) as BufferSource;
  const ikm = await subtle().importKey('raw', shared as BufferSource, 'HKDF', false, ['deriveBits']);
  const info = new TextEncoder().encode('EMacKey');
  return new Uint8Array(await subtle().deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, ikm, 256));
}
