// Step 5 of PROFILE §8.6: IssuerAuth (§8.4) — COSE_Sign1 untagged or tag 18, protected header
// with label 1 and no label but 1 and 33, x5chain (label 33) in one header only, the DS
// certificate (§8.2 check 1), signature length, and the MSO strictly decoded from the payload
// (#6.24(bstr .cbor MSO)) with its field types. Any failure: MALFORMED_MDOC.
import { type CborValue, Tagged } from '../cbor/decode';
import { decodeMdoc, EmbeddedCbor, TAG_SIGN1 } from './cbor';
import { hasStrayTag18 } from './element-forms';
import { type Mso, readMso } from './mso';
import { type Certificate, parseCertificate } from './x509';

const ALG = 1;
const X5CHAIN = 33;
const MAX_CERT_BYTES = 16 * 1024;
const MAX_CHAIN = 4;

export interface IssuerAuth {
  /** Label 1 as found; step 6 judges it against the DS key. */
  alg: CborValue;
  /** The protected header and payload bstr exactly as received (signed over as they are). */
  protectedBytes: Uint8Array;
  payload: Uint8Array;
  signature: Uint8Array;
  ds: Certificate;
  mso: Mso;
}

/** Step 5; null = MALFORMED_MDOC. Never throws. */
export function readIssuerAuth(value: CborValue): IssuerAuth | null {
  try {
    return read(value);
  } catch {
    return null;
  }
}

function read(value: CborValue): IssuerAuth | null {
  const sign1 = value instanceof Tagged && value.tag === TAG_SIGN1 ? value.value : value;
  if (!Array.isArray(sign1) || sign1.length !== 4) return null;
  const [protectedBytes, unprotected, payload, signature] = sign1;
  if (!(protectedBytes instanceof Uint8Array) || !(unprotected instanceof Map)) return null;
  if (!(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) return null;
  // RFC 9052 §3: a zero-length bstr is an empty protected header (which then lacks label 1).
  const header = protectedBytes.length === 0 ? new Map() : decodeMdoc(protectedBytes);
  if (!(header instanceof Map) || hasStrayTag18(header)) return null;
  if (![...header.keys()].every((k) => k === ALG || k === X5CHAIN) || !header.has(ALG)) return null;
  if (![...unprotected.keys()].every((k) => typeof k === 'number')) return null;
  if (header.has(X5CHAIN) && unprotected.has(X5CHAIN)) return null;
  const ds = dsCertificate(header.get(X5CHAIN) ?? unprotected.get(X5CHAIN));
  if (!ds || (signature.length !== 64 && signature.length !== 96)) return null;
  const embedded = decodeMdoc(payload);
  if (!(embedded instanceof EmbeddedCbor) || hasStrayTag18(embedded)) return null;
  const mso = readMso(embedded.item);
  if (!mso) return null;
  return { alg: header.get(ALG) as CborValue, protectedBytes, payload, signature, ds, mso };
}

/** x5chain: a bstr or 1–4 bstr, each ≤ 16 KiB; the first is the DS, DER X.509 v3 with an EC P-256/P-384 key. */
function dsCertificate(x5chain: CborValue | undefined): Certificate | null {
  const chain = x5chain instanceof Uint8Array ? [x5chain] : x5chain;
  if (!Array.isArray(chain) || chain.length < 1 || chain.length > MAX_CHAIN) return null;
  if (!chain.every((c) => c instanceof Uint8Array && c.length <= MAX_CERT_BYTES)) return null;
  const ds = parseCertificate(chain[0] as Uint8Array);
  return ds && ds.curve !== null ? ds : null;
}
