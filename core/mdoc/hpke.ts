// HPKE (RFC 9180) for exactly the suite of PROFILE §8.4 — mode_base, DHKEM(P-256, HKDF-SHA256),
// HKDF-SHA256, AES-128-GCM — recipient side only, over WebCrypto. Written here rather than taken
// from @hpke/core: 0.9 KB gz against 7.6 KB gz for the same open (Vite build, minified), and
// RFC 9180 A.3.1 checks it step by step (test/conformance/mdoc.test.ts); the tests' holder seals
// with @hpke/core, an independent implementation.
// Every HKDF output of this suite is at most 32 bytes, so Expand is one HMAC block.
import { concatBytes } from '../../core/bytes';
import { ecdhBits, subtle } from './subtle';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const KEM_ID = 0x0010;
const KDF_ID = 0x0001;
const AEAD_ID = 0x0001;
const MODE_BASE = 0x00;
const N_SECRET = 32;
const N_K = 16;
const N_N = 12;
const N_H = 32;

/** suite_id of the KEM ("KEM" ‖ I2OSP(kem_id, 2)) and of HPKE (RFC 9180 §4.1, §5.1). */
const KEM_SUITE = concatBytes(text('KEM'), i2osp(KEM_ID, 2));
const HPKE_SUITE = concatBytes(text('HPKE'), i2osp(KEM_ID, 2), i2osp(KDF_ID, 2), i2osp(AEAD_ID, 2));

/** The recipient's context after SetupBaseR: every value of RFC 9180's key schedule. */
export interface RecipientContext {
  sharedSecret: Uint8Array;
  keyScheduleContext: Uint8Array;
  secret: Uint8Array;
  key: Uint8Array;
  baseNonce: Uint8Array;
  exporterSecret: Uint8Array;
}

function i2osp(n: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = length - 1, v = n; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return out;
}

async function hmac(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await subtle().sign('HMAC', k, data as BufferSource));
}

/** HKDF-Extract (RFC 5869 §2.2); an empty salt is HashLen zeros, which HMAC treats alike. */
const extract = (salt: Uint8Array, ikm: Uint8Array) =>
  hmac(salt.length === 0 ? new Uint8Array(N_H) : salt, ikm);

/** LabeledExtract (RFC 9180 §4). */
function labeledExtract(suite: Uint8Array, salt: Uint8Array, label: string, ikm: Uint8Array) {
  return extract(salt, concatBytes(text('HPKE-v1'), suite, text(label), ikm));
}

/** LabeledExpand (RFC 9180 §4), L ≤ 32: T(1) = HMAC(PRK, info ‖ 0x01), first L bytes. */
export async function labeledExpand(
  prk: Uint8Array,
  label: string,
  info: Uint8Array,
  length: number,
  suite: Uint8Array = HPKE_SUITE,
): Promise<Uint8Array> {
  if (length > N_H) throw new RangeError('this suite expands at most 32 bytes');
  const labeled = concatBytes(i2osp(length, 2), text('HPKE-v1'), suite, text(label), info);
  return (await hmac(prk, concatBytes(labeled, Uint8Array.of(1)))).subarray(0, length);
}

/**
 * SetupBaseR (RFC 9180 §5.1.1): Decap(enc, skR) with DHKEM(P-256), then the key schedule.
 * `enc` = the sender's uncompressed point (65 bytes), `pkR` = the recipient's. Throws when `enc`
 * is not a point of P-256 or the key cannot derive.
 */
export async function setupBaseRecipient(
  skR: CryptoKey,
  pkR: Uint8Array,
  enc: Uint8Array,
  info: Uint8Array,
): Promise<RecipientContext> {
  // DeserializePublicKey: WebCrypto refuses a point that is not on the curve.
  const pkE = await subtle().importKey(
    'raw',
    enc as BufferSource,
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  const dh = await ecdhBits(skR, pkE, 256);
  const eaePrk = await labeledExtract(KEM_SUITE, new Uint8Array(0), 'eae_prk', dh);
  const sharedSecret = await labeledExpand(
    eaePrk,
    'shared_secret',
    concatBytes(enc, pkR),
    N_SECRET,
    KEM_SUITE,
  );
  const empty = new Uint8Array(0);
  const pskIdHash = await labeledExtract(HPKE_SUITE, empty, 'psk_id_hash', empty);
  const infoHash = await labeledExtract(HPKE_SUITE, empty, 'info_hash', info);
  const keyScheduleContext = concatBytes(Uint8Array.of(MODE_BASE), pskIdHash, infoHash);
  const secret = await labeledExtract(HPKE_SUITE, sharedSecret, 'secret', empty);
  const [key, baseNonce, exporterSecret] = await Promise.all([
    labeledExpand(secret, 'key', keyScheduleContext, N_K),
    labeledExpand(secret, 'base_nonce', keyScheduleContext, N_N),
    labeledExpand(secret, 'exp', keyScheduleContext, N_H),
  ]);
  return { sharedSecret, keyScheduleContext, secret, key, baseNonce, exporterSecret };
}

/** ContextR.Open for message `seq` (RFC 9180 §5.2): nonce = base_nonce XOR I2OSP(seq, Nn). Throws on a bad tag. */
export async function openAt(
  context: RecipientContext,
  seq: number,
  aad: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  const nonce = i2osp(seq, N_N).map((b, i) => b ^ (context.baseNonce[i] as number));
  const key = await subtle().importKey('raw', context.key as BufferSource, 'AES-GCM', false, ['decrypt']);
  const iv = nonce as BufferSource;
  const additionalData = aad as BufferSource;
  return new Uint8Array(
    await subtle().decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext as BufferSource),
  );
}

/** Single-shot open (RFC 9180 §6.1) as PROFILE §8.4 uses it: empty aad, sequence 0. Throws on failure. */
export async function openBase(
  skR: CryptoKey,
  pkR: Uint8Array,
  enc: Uint8Array,
  info: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  return openAt(await setupBaseRecipient(skR, pkR, enc, info), 0, new Uint8Array(0), ciphertext);
}
