// A tiny DER walker (X.690) that extracts the SubjectPublicKeyInfo of an X.509 certificate
// (RFC 5280 §4.1) and its key type, for the EU DCC vectors whose signer keys come as DER
// certificates. It trusts nothing in the certificate but its structure: test code only.
import { toHex } from '../../core/bytes';

export interface CertificateKey {
  kty: 'EC' | 'RSA';
  /** The WebCrypto curve name for EC keys; '' for RSA (the algorithm table's RSA row). */
  curve: string;
  /** The SubjectPublicKeyInfo DER, exactly as in the certificate. */
  spki: Uint8Array;
}

interface Tlv {
  tag: number;
  /** Offset of the tag byte, of the content, and just past the content. */
  start: number;
  body: number;
  end: number;
}

function tlv(der: Uint8Array, at: number, limit: number): Tlv {
  const tag = der[at];
  let len = der[at + 1];
  if (tag === undefined || len === undefined || (tag & 0x1f) === 0x1f) throw new Error('bad DER head');
  let body = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error('bad DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (der[body++] ?? Number.NaN);
  }
  const end = body + len;
  if (!(end <= limit)) throw new Error('DER length exceeds input');
  return { tag, start: at, body, end };
}

/** The children of a constructed TLV. */
function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.body; at < parent.end; at = out[out.length - 1]?.end ?? parent.end) {
    out.push(tlv(der, at, parent.end));
  }
  return out;
}

const SEQUENCE = 0x30;
const OID = 0x06;
// OID content bytes (hex) → meaning.
const ID_EC_PUBLIC_KEY = '2a8648ce3d0201'; // 1.2.840.10045.2.1
const RSA_ENCRYPTION = '2a864886f70d010101'; // 1.2.840.113549.1.1.1
const CURVES: Record<string, string> = {
  '2a8648ce3d030107': 'P-256', // prime256v1
  '2b81040022': 'P-384', // secp384r1
  '2b81040023': 'P-521', // secp521r1
};

export function certificateKey(der: Uint8Array): CertificateKey {
  const cert = tlv(der, 0, der.length);
  const tbs = children(der, cert)[0];
  if (cert.tag !== SEQUENCE || cert.end !== der.length || tbs?.tag !== SEQUENCE)
    throw new Error('not a certificate');
  // TBSCertificate: [0] version (optional), serial, signature, issuer, validity, subject, SPKI.
  const fields = children(der, tbs);
  const spki = fields[fields[0]?.tag === 0xa0 ? 6 : 5];
  if (spki?.tag !== SEQUENCE) throw new Error('no SubjectPublicKeyInfo');
  const algId = children(der, spki)[0];
  if (algId?.tag !== SEQUENCE) throw new Error('bad AlgorithmIdentifier');
  const [oid, params] = children(der, algId);
  if (oid?.tag !== OID) throw new Error('bad algorithm OID');
  const spkiBytes = der.slice(spki.start, spki.end);
  const algorithm = toHex(der.subarray(oid.body, oid.end));
  if (algorithm === RSA_ENCRYPTION) return { kty: 'RSA', curve: '', spki: spkiBytes };
  const curve = params?.tag === OID ? CURVES[toHex(der.subarray(params.body, params.end))] : undefined;
  if (algorithm !== ID_EC_PUBLIC_KEY || curve === undefined) throw new Error(`unsupported key ${algorithm}`);
  return { kty: 'EC', curve, spki: spkiBytes };
}
