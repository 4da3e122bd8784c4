// X.509 certificates of PROFILE §8.2 (IACA roots, DS certificates), read with asn1js — the BER
// parser under @peculiar/asn1-x509, pkijs and @peculiar/x509, and the smallest of them on the
// wallet path (see the report). Only what §8.2 needs, over the bytes as received: the
// tbsCertificate for the signature, the issuer and subject Name bytes for the equality check,
// the serialNumber contents octets, validity, the EC key and the extensions.
// Strict enough: one certificate and nothing after it, DER framing (re-encoding gives the same
// bytes: definite, shortest lengths), v3, the field types RFC 5280 §4.1 gives, no extension twice.
import * as asn1js from 'asn1js';
import { bytesEqual } from '../bytes';

export type EcCurve = 'P-256' | 'P-384';

export interface Certificate {
  der: Uint8Array;
  /** tbsCertificate exactly as received (what the issuer signed). */
  tbs: Uint8Array;
  /** The outer signatureAlgorithm OID (dotted), equal to the tbsCertificate's own. */
  signatureAlgorithm: string;
  /** The signatureValue BIT STRING's bits: for ECDSA, a DER Ecdsa-Sig-Value. */
  signature: Uint8Array;
  /** serialNumber contents octets exactly as in the DER. */
  serial: Uint8Array;
  /** issuer and subject Name exactly as received (tag, length and content). */
  issuer: Uint8Array;
  subject: Uint8Array;
  /** Validity in seconds since the epoch. */
  notBefore: number;
  notAfter: number;
  /** SubjectPublicKeyInfo DER as received. */
  spki: Uint8Array;
  /** The EC named curve of the key when it is id-ecPublicKey on P-256 or P-384, else null. */
  curve: EcCurve | null;
  /** The uncompressed EC point (04‖x‖y) when `curve` is set. */
  point: Uint8Array | null;
  extensions: Map<string, Extension>;
}

export interface Extension {
  critical: boolean;
  /** extnValue's contents: the DER of the extension's own type. */
  value: Uint8Array;
}

const ID_EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const CURVES: Record<string, EcCurve> = { '1.2.840.10045.3.1.7': 'P-256', '1.3.132.0.34': 'P-384' };

/** One DER item and nothing after it, or null. */
export function parseDer(bytes: Uint8Array): asn1js.AsnType | null {
  if (bytes.length === 0) return null;
  try {
    const { offset, result } = asn1js.fromBER(bytes);
    if (offset !== bytes.length || result.error) return null;
    // DER framing: a definite, shortest length everywhere gives the same bytes when re-encoded.
    return bytesEqual(new Uint8Array(result.toBER(false)), bytes) ? result : null;
  } catch {
    return null;
  }
}

/** Parses a DER X.509 v3 certificate (RFC 5280 §4.1); null when it is not one. Never throws. */
export function parseCertificate(der: Uint8Array): Certificate | null {
  try {
    const root = parseDer(der);
    return root ? readCertificate(der, root) : null;
  } catch {
    return null;
  }
}

function readCertificate(der: Uint8Array, root: asn1js.AsnType): Certificate | null {
  const top = children(root, asn1js.Sequence);
  if (top?.length !== 3) return null;
  const [tbsBlock, outerAlg, signatureBits] = top;
  const tbs = children(tbsBlock, asn1js.Sequence);
  const signatureAlgorithm = algorithmOid(outerAlg);
  const signature = bitString(signatureBits);
  if (!tbs || !signatureAlgorithm || !signature) return null;
  // [0] EXPLICIT version = v3 (2); then serial, signature, issuer, validity, subject, spki.
  const [version, serial, innerAlg, issuer, validity, subject, spki, ...rest] = tbs;
  if (!isContext(version, 0) || integerValue(children(version)?.[0]) !== 2) return null;
  if (!(serial instanceof asn1js.Integer) || serial.idBlock.isConstructed) return null;
  if (algorithmOid(innerAlg) !== signatureAlgorithm || !bytesEqual(raw(innerAlg), raw(outerAlg))) return null;
  if (!(issuer instanceof asn1js.Sequence) || !(subject instanceof asn1js.Sequence)) return null;
  const times = children(validity, asn1js.Sequence);
  const notBefore = time(times?.[0]);
  const notAfter = time(times?.[1]);
  const key = subjectKey(spki);
  const extensions = readExtensions(rest);
  if (times?.length !== 2 || notBefore === null || notAfter === null || !key || !extensions) return null;
  return {
    der,
    tbs: raw(tbsBlock),
    signatureAlgorithm,
    signature,
    serial: serial.valueBlock.valueHexView,
    issuer: raw(issuer),
    subject: raw(subject),
    notBefore,
    notAfter,
    spki: raw(spki),
    curve: key.curve,
    point: key.point,
    extensions,
  };
}

/** The bytes of a block as received. */
const raw = (block: asn1js.AsnType | undefined): Uint8Array =>
  (block as asn1js.BaseBlock | undefined)?.valueBeforeDecodeView ?? new Uint8Array(0);

/** The children of a constructed block (of the given class, if any). */
export function children(
  block: asn1js.AsnType | undefined,
  type: typeof asn1js.Constructed = asn1js.Constructed,
): asn1js.AsnType[] | null {
  if (!(block instanceof type) || block.valueBlock.isIndefiniteForm) return null;
  return block.valueBlock.value;
}

function isContext(block: asn1js.AsnType | undefined, tag: number): block is asn1js.Constructed {
  return (
    block instanceof asn1js.Constructed && block.idBlock.tagClass === 3 && block.idBlock.tagNumber === tag
  );
}

/** A small INTEGER's value, or null. */
export function integerValue(block: asn1js.AsnType | undefined): number | null {
  if (!(block instanceof asn1js.Integer) || block.valueBlock.valueHexView.length > 4) return null;
  return block.valueBlock.valueDec;
}

export function oid(block: asn1js.AsnType | undefined): string | null {
  return block instanceof asn1js.ObjectIdentifier ? block.valueBlock.toString() : null;
}

/** AlgorithmIdentifier's OID (RFC 5280 §4.1.1.2). */
function algorithmOid(block: asn1js.AsnType | undefined): string | null {
  const parts = children(block, asn1js.Sequence);
  return parts && parts.length >= 1 && parts.length <= 2 ? oid(parts[0]) : null;
}

/** A primitive BIT STRING with no unused bits: its bytes. */
export function bitString(block: asn1js.AsnType | undefined): Uint8Array | null {
  if (!(block instanceof asn1js.BitString) || block.idBlock.isConstructed) return null;
  return block.valueBlock.unusedBits === 0 ? block.valueBlock.valueHexView : null;
}

/** UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ (RFC 5280 §4.1.2.5), in seconds. */
function time(block: asn1js.AsnType | undefined): number | null {
  const utc = block instanceof asn1js.UTCTime && !(block instanceof asn1js.GeneralizedTime);
  if (!(block instanceof asn1js.UTCTime) || block.idBlock.isConstructed) return null;
  const text = String.fromCharCode(...block.valueBlock.valueHexView);
  const m = (
    utc ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/ : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
  ).exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as number[];
  const fullYear = utc ? ((year as number) >= 50 ? 1900 : 2000) + (year as number) : (year as number);
  const ms = Date.UTC(fullYear, (month as number) - 1, day, hour, minute, second);
  const check = new Date(ms);
  // Refuse 02-30 and the like rather than let Date roll them over.
  if (check.getUTCMonth() !== (month as number) - 1 || check.getUTCDate() !== day || (hour as number) > 23)
    return null;
  if ((minute as number) > 59 || (second as number) > 59) return null;
  return ms / 1000;
}

/** SubjectPublicKeyInfo: curve and point when it is an EC key on P-256 or P-384 (nulls otherwise). */
function subjectKey(
  block: asn1js.AsnType | undefined,
): { curve: EcCurve | null; point: Uint8Array | null } | null {
  const parts = children(block, asn1js.Sequence);
  if (parts?.length !== 2) return null;
  const alg = children(parts[0], asn1js.Sequence);
  const point = bitString(parts[1]);
  if (!alg || alg.length < 1 || alg.length > 2 || !point) return null;
  const curve = oid(alg[0]) === ID_EC_PUBLIC_KEY ? (CURVES[oid(alg[1]) ?? ''] ?? null) : null;
  // An uncompressed point of the curve's size (the one form every WebCrypto imports from SPKI).
  const size = curve === 'P-256' ? 65 : 97;
  return curve && point.length === size && point[0] === 4 ? { curve, point } : { curve: null, point: null };
}

/** Optional [1], [2] (unique identifiers) and [3] EXPLICIT Extensions, each OID at most once (RFC 5280 §4.2). */
function readExtensions(rest: asn1js.AsnType[]): Map<string, Extension> | null {
  const extensions = new Map<string, Extension>();
  let previous = 0;
  for (const block of rest) {
    const tag = block.idBlock.tagNumber;
    if (block.idBlock.tagClass !== 3 || tag <= previous || tag > 3) return null;
    previous = tag;
  }
  const last = rest[rest.length - 1];
  if (last?.idBlock.tagNumber !== 3) return extensions;
  if (!isContext(last, 3)) return null;
  const wrapper = children(last);
  const list = children(wrapper?.[0], asn1js.Sequence);
  if (wrapper?.length !== 1 || !list || list.length === 0) return null;
  for (const entry of list) {
    const parts = children(entry, asn1js.Sequence);
    const id = oid(parts?.[0]);
    if (!parts || !id || extensions.has(id) || parts.length < 2 || parts.length > 3) return null;
    const flag = parts.length === 3 ? parts[1] : undefined;
    const value = parts[parts.length - 1];
    if (flag !== undefined && !(flag instanceof asn1js.Boolean)) return null;
    if (!(value instanceof asn1js.OctetString) || value.idBlock.isConstructed) return null;
    extensions.set(id, { critical: flag?.valueBlock.value ?? false, value: value.valueBlock.valueHexView });
  }
  return extensions;
}
