// The trust list's `iacas` (PROFILE §8.2): IACA root certificates and what each may sign for.
// readIacas checks every rule of §8.2 for an entry; one broken rule and the trust list is not
// verified (TRUST_LIST_UNAVAILABLE). The IACA's validity is not checked here but at step 12.
// Kept apart from core/trust-list.ts so that X.509 parsing is loaded only with a list that has
// `iacas` (import it dynamically there).
import { bytesEqual } from '../bytes';
import type { CborMap, CborValue } from '../cbor/decode';
import { CERT_SIGNATURE_HASH } from './algorithms';
import { derSignatureToRaw, importSpki, verifyRaw } from './ecdsa';
import { type Certificate, type EcCurve, parseCertificate } from './x509';
import { basicConstraints, hasKeyUsage, KEY_USAGE_BITS } from './x509-extensions';

/** One verified `iacas` entry. */
export interface Iaca {
  /** Shown as the verified issuer (1–64 characters). */
  name: string;
  /** The root certificate, DER as listed. */
  cert: Uint8Array;
  docTypes: string[];
  /** dqc doctype only: as Signer.quals (absent = any code, [] = none). */
  quals?: number[];
  /** DS serialNumber contents octets, exactly as in the DER. */
  revokedSerials: Uint8Array[];
  /** Subject Name bytes as in the certificate (compared with a DS's issuer Name bytes). */
  subject: Uint8Array;
  notBefore: number;
  notAfter: number;
  curve: EcCurve;
  /** The root's key, imported for ECDSA verification of DS certificates. */
  key: CryptoKey;
}

/** A P-256 key of the trust list (anchor, signer or status signer): uncompressed coordinates. */
export interface ListedKey {
  x: Uint8Array;
  y: Uint8Array;
}

/**
 * Reads `iacas` (the −65538 map's value). undefined → [] (no IACA listed); null when any entry
 * breaks a rule of §8.2 or shares its key with `otherKeys` (PROFILE §1: one key, one role).
 * Never throws.
 */
export async function readIacas(
  value: CborValue | undefined,
  otherKeys: readonly ListedKey[],
): Promise<Iaca[] | null> {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((e) => e instanceof Map)) return null;
  try {
    const entries = await Promise.all(value.map((e) => readIaca(e as CborMap, otherKeys)));
    return entries.every((e) => e !== null) ? (entries as Iaca[]) : null;
  } catch {
    return null;
  }
}

const isUint = (v: unknown): v is number => typeof v === 'number' && v >= 0;
const codePoints = (s: string): number => [...s].length;

async function readIaca(entry: CborMap, otherKeys: readonly ListedKey[]): Promise<Iaca | null> {
  const name = entry.get('name');
  const der = entry.get('cert');
  const docTypes = entry.get('docTypes');
  const quals = entry.get('quals');
  const revokedSerials = entry.get('revokedSerials') ?? [];
  if (typeof name !== 'string' || codePoints(name) < 1 || codePoints(name) > 64) return null;
  if (!(der instanceof Uint8Array)) return null;
  if (!Array.isArray(docTypes) || docTypes.length === 0 || !docTypes.every((d) => typeof d === 'string'))
    return null;
  if (quals !== undefined && !(Array.isArray(quals) && quals.every(isUint))) return null;
  if (!Array.isArray(revokedSerials) || !revokedSerials.every((s) => s instanceof Uint8Array)) return null;
  const cert = parseCertificate(der);
  if (!cert || !isRootProfile(cert) || sharesKey(cert, otherKeys)) return null;
  const curve = cert.curve as EcCurve;
  const key = await importSpki(cert.spki, curve);
  if (!key || !(await selfSigned(cert, key, curve))) return null;
  const iaca: Iaca = {
    name,
    cert: der,
    docTypes: docTypes as string[],
    revokedSerials: revokedSerials as Uint8Array[],
    subject: cert.subject,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    curve,
    key,
  };
  if (quals !== undefined) iaca.quals = quals as number[];
  return iaca;
}

/** Self-issued, P-256/P-384, basicConstraints critical cA TRUE (pathLen 0 if any), keyCertSign. */
function isRootProfile(cert: Certificate): boolean {
  if (!bytesEqual(cert.issuer, cert.subject) || cert.curve === null) return false;
  const bc = basicConstraints(cert);
  if (!bc?.critical || !bc.cA) return false;
  if (bc.pathLenConstraint !== undefined && bc.pathLenConstraint !== 0) return false;
  return hasKeyUsage(cert, KEY_USAGE_BITS.keyCertSign);
}

/** Its signature verifies with its own key (ecdsa-with-SHA256 or -SHA384). */
async function selfSigned(cert: Certificate, key: CryptoKey, curve: EcCurve): Promise<boolean> {
  const hash = CERT_SIGNATURE_HASH[cert.signatureAlgorithm];
  const signature = derSignatureToRaw(cert.signature, curve);
  return hash !== undefined && signature !== null && verifyRaw(key, hash, signature, cert.tbs);
}

function sharesKey(cert: Certificate, otherKeys: readonly ListedKey[]): boolean {
  const point = cert.point;
  if (!point || cert.curve !== 'P-256') return false; // the listed keys are all P-256
  const x = point.subarray(1, 33);
  const y = point.subarray(33, 65);
  return otherKeys.some((k) => bytesEqual(k.x, x) && bytesEqual(k.y, y));
}
