// The trust list (PROFILE §4): a COSE_Sign1 signed by the trust anchor. A list that breaks any
// rule of §1 or §4 is not verified (TRUST_LIST_UNAVAILABLE); the reader says which rule.
import { bytesEqual, toHex } from './bytes';
import type { CborMap, CborValue } from './cbor/decode';
import { TYP_TRUST_LIST } from './cose/dqc-header';
import { sigStructure } from './cose/sign1';
import { readCoseKey } from './cose-key';
import { importP256, p256Kid } from './crypto/keys';
import { type Reading, readFailure, readSignedToken } from './signed-token';
import type { PublicKey, Signer, StatusSigner, TrustList } from './types';

export { type ReadFailure, type Reading, readFailure } from './signed-token';

export const MAX_TRUST_LIST_BYTES = 1024 * 1024;
const BODY = -65538;

/** The trust anchor: its public key is built into the verifier (PROFILE §1). */
export type AnchorKey = PublicKey;

export async function importAnchorJwk(jwk: {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
}): Promise<AnchorKey> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y)
    throw new Error('anchor must be an EC P-256 JWK');
  const x = base64UrlToBytes(jwk.x);
  const y = base64UrlToBytes(jwk.y);
  const [handle, kid] = await Promise.all([importP256(x, y), p256Kid(x, y)]);
  return { kid, x, y, handle };
}

function base64UrlToBytes(s: string): Uint8Array {
  const bin = atob(s.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const malformed = (error: string) => readFailure('MALFORMED_CLAIMS', error);
const isUint = (v: unknown): v is number => typeof v === 'number' && v >= 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** The body and its entries are read by their text keys; other keys are ignored (PROFILE §4). */
const isMap = (v: unknown): v is CborMap => v instanceof Map;

/**
 * Verifies a trust list against the anchor and checks every rule of §1 and §4. Well-formedness
 * is judged before the signature so that a service can tell the two apart. Never throws.
 */
export async function readTrustList(bytes: Uint8Array, anchor: AnchorKey): Promise<Reading<TrustList>> {
  const token = readSignedToken(bytes, TYP_TRUST_LIST, MAX_TRUST_LIST_BYTES);
  if (!token.ok) return token;
  const { sign1, header, claims } = token.value;
  const content = await readContent(claims, anchor, bytes);
  if (!content.ok) return content;
  if (!bytesEqual(header.kid, anchor.kid))
    return readFailure('UNKNOWN_SIGNER', 'not signed by the trust anchor');
  if (!(await anchor.handle.verify(sign1.signature, sigStructure(sign1)))) {
    return readFailure('BAD_SIGNATURE', 'bad signature');
  }
  return content;
}

async function readContent(
  claims: CborValue,
  anchor: AnchorKey,
  bytes: Uint8Array,
): Promise<Reading<TrustList>> {
  if (!(claims instanceof Map)) return malformed('payload is not a map');
  const iss = claims.get(1);
  const iat = claims.get(6);
  const exp = claims.get(4);
  const body = claims.get(BODY);
  if (typeof iss !== 'string' || !isUint(iat) || !isUint(exp) || !isMap(body)) return malformed('bad claims');
  const seq = body.get('seq');
  const hosts = body.get('hosts');
  const statusLists = body.get('statusLists');
  if (!isUint(seq)) return malformed('bad seq');
  if (!isTextList(hosts) || !hosts.every(isSerialisedOrigin)) return malformed('bad hosts');
  if (!isTextList(statusLists)) return malformed('bad statusLists');
  const signers = await readEntries(body.get('signers'), readSigner);
  const statusSigners = await readEntries(body.get('statusSigners'), readStatusSigner);
  if (!signers) return malformed('bad signers');
  if (!statusSigners) return malformed('bad statusSigners');
  const roleError = checkRoles(anchor, signers, statusSigners);
  if (roleError) return malformed(roleError);
  // PROFILE §8.2: IACA roots for wallet documents. Read only when listed, and the X.509 reader
  // loaded only then: the QR path never carries it.
  const rawIacas = body.get('iacas');
  const iacas =
    rawIacas === undefined
      ? []
      : await (await import('./mdoc/iaca')).readIacas(rawIacas, [
          anchor,
          ...signers.map((s) => s.key),
          ...statusSigners.map((s) => s.key),
        ]);
  if (!iacas) return malformed('bad iacas');
  return {
    ok: true,
    value: { iss, iat, exp, seq, hosts, signers, statusSigners, statusLists, iacas, bytes },
  };
}

/** A stored list is replaced only by one with a higher `seq` (PROFILE §4). */
export function isNewerTrustList(current: TrustList | null, candidate: TrustList): boolean {
  return current === null || candidate.seq > current.seq;
}

async function readEntries<T>(
  value: CborValue | undefined,
  read: (m: CborMap) => Promise<T | null>,
): Promise<T[] | null> {
  if (!Array.isArray(value) || !value.every(isMap)) return null;
  const entries = await Promise.all(value.map((m) => read(m as CborMap)));
  return entries.every((e) => e !== null) ? (entries as T[]) : null;
}

async function readKeyWithKid(entry: CborMap): Promise<PublicKey | null> {
  const kid = entry.get('kid');
  const key = await readCoseKey(entry.get('key'));
  return key && kid instanceof Uint8Array && bytesEqual(kid, key.kid) ? key : null;
}

async function readSigner(entry: CborMap): Promise<Signer | null> {
  const key = await readKeyWithKid(entry);
  const iss = entry.get('iss');
  const name = entry.get('name');
  const quals = entry.get('quals');
  const nbf = entry.get('nbf');
  const exp = entry.get('exp');
  const revoked = entry.get('revoked');
  if (!key || typeof iss !== 'string' || typeof name !== 'string' || !isUint(nbf) || !isUint(exp))
    return null;
  if (quals !== undefined && !(Array.isArray(quals) && quals.every(isUint))) return null;
  if (revoked !== undefined && !isUint(revoked)) return null;
  const signer: Signer = { kid: key.kid, key, iss, name, nbf, exp };
  if (quals !== undefined) signer.quals = quals as number[];
  if (revoked !== undefined) signer.revoked = revoked;
  return signer;
}

async function readStatusSigner(entry: CborMap): Promise<StatusSigner | null> {
  const key = await readKeyWithKid(entry);
  const uris = entry.get('uris');
  if (!key || !isTextList(uris) || !uris.every((u) => u.endsWith('/'))) return null;
  return { kid: key.kid, key, uris };
}

/** `hosts` entries are WHATWG-serialised origins: lower case, no default port, no path. */
function isSerialisedOrigin(host: string): boolean {
  try {
    return new URL(host).origin === host;
  } catch {
    return false;
  }
}

/** PROFILE §1: a key has exactly one role, and no listed key is the anchor. */
function checkRoles(anchor: AnchorKey, signers: Signer[], statusSigners: StatusSigner[]): string | null {
  const signerKeys = new Set(signers.map((s) => toHex(s.kid)));
  const statusKeys = new Set(statusSigners.map((s) => toHex(s.kid)));
  const anchorKid = toHex(anchor.kid);
  if (signerKeys.has(anchorKid) || statusKeys.has(anchorKid)) return 'the anchor key appears in the list';
  for (const kid of signerKeys) if (statusKeys.has(kid)) return 'a key appears in two roles';
  return null;
}
