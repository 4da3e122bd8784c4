// The test issuer's mdoc PKI (PROFILE §8.2), made with @peculiar/x509: an IACA root per the
// issuer profile (basicConstraints critical cA pathLen 0, keyUsage critical keyCertSign+cRLSign,
// C=JP and CN, subjectKeyIdentifier) and DS certificates issued by it (keyUsage critical
// digitalSignature, extKeyUsage critical 1.0.18013.5.1.2, authorityKeyIdentifier = the IACA's
// SKI, P-256, positive serial ≤ 20 octets). Options bend one rule at a time, for the demo's broken
// samples and the core's negative tests. Free of node:* so that the tests run it in Chromium too.
import './reflect-shim';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(globalThis.crypto);

export type Curve = 'P-256' | 'P-384';
const HASH: Record<Curve, string> = { 'P-256': 'SHA-256', 'P-384': 'SHA-384' };
/** ISO 18013-5 mdoc DS extended key usage (PROFILE §8.2 check 3). */
export const MDL_DS_EKU = '1.0.18013.5.1.2';
const DAY = 86400;
const date = (seconds: number) => new Date(seconds * 1000);

export interface Issued {
  der: Uint8Array;
  keys: CryptoKeyPair;
  curve: Curve;
  cert: x509.X509Certificate;
}

export async function ecKeys(curve: Curve = 'P-256'): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: curve }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

export interface IacaOptions {
  /** Seconds since the epoch: validity defaults are taken from it. */
  now: number;
  /** Subject (= issuer) Name: text, or a Name whose DER is kept as it is. */
  name?: string | x509.Name;
  curve?: Curve;
  notBefore?: number;
  notAfter?: number;
  /** Hexadecimal serial number (default 01). */
  serial?: string;
  /** Replace the default extensions (to break one rule). */
  extensions?: (keys: CryptoKeyPair) => Promise<x509.Extension[]>;
  keys?: CryptoKeyPair;
}

export const DEFAULT_IACA_NAME = 'C=JP, CN=DQC Test IACA';

export async function makeIaca(options: IacaOptions): Promise<Issued> {
  const curve = options.curve ?? 'P-256';
  const keys = options.keys ?? (await ecKeys(curve));
  const extensions = options.extensions
    ? await options.extensions(keys)
    : [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: options.serial ?? '01',
    name: options.name ?? DEFAULT_IACA_NAME,
    notBefore: date(options.notBefore ?? options.now - 365 * DAY),
    notAfter: date(options.notAfter ?? options.now + 3650 * DAY),
    signingAlgorithm: { name: 'ECDSA', hash: HASH[curve] },
    keys,
    extensions,
  });
  return { der: new Uint8Array(cert.rawData), keys, curve, cert };
}

export interface DsOptions {
  now: number;
  curve?: Curve;
  /** Hexadecimal serial number (positive, ≤ 20 octets). */
  serial?: string;
  notBefore?: number;
  notAfter?: number;
  /** Subject Name text. */
  subject?: string;
  /** Issuer Name text (default: the IACA's subject). */
  issuerName?: string;
  /** Replace the default extensions. */
  extensions?: (keys: CryptoKeyPair, iaca: Issued) => Promise<x509.Extension[]>;
  /** Sign with another key than the IACA's (a DS that no listed root verifies). */
  signingKey?: CryptoKey;
  signingHash?: 'SHA-256' | 'SHA-384';
  keys?: CryptoKeyPair;
}

export async function defaultDsExtensions(keys: CryptoKeyPair, iaca: Issued): Promise<x509.Extension[]> {
  return [
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([MDL_DS_EKU], true),
    await x509.AuthorityKeyIdentifierExtension.create(iaca.keys.publicKey),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
  ];
}

export async function makeDs(iaca: Issued, options: DsOptions): Promise<Issued> {
  const curve = options.curve ?? 'P-256';
  const keys = options.keys ?? (await ecKeys(curve));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: options.serial ?? '1a2b3c4d5e6f',
    subject: options.subject ?? 'C=JP, CN=DQC Test DS',
    // The IACA's subject Name as it is (DER bytes kept): PROFILE §8.2 compares the bytes.
    issuer: options.issuerName ?? iaca.cert.subjectName,
    notBefore: date(options.notBefore ?? options.now - 30 * DAY),
    notAfter: date(options.notAfter ?? options.now + 365 * DAY),
    signingAlgorithm: { name: 'ECDSA', hash: options.signingHash ?? HASH[iaca.curve] },
    publicKey: keys.publicKey,
    signingKey: options.signingKey ?? iaca.keys.privateKey,
    extensions: await (options.extensions ?? defaultDsExtensions)(keys, iaca),
  });
  return { der: new Uint8Array(cert.rawData), keys, curve, cert };
}

/** A random positive serial of 16 octets (RFC 5280 §4.1.2.2: ≤ 20), as hex with a 0 first bit. */
export function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = ((bytes[0] as number) & 0x7f) | 0x01; // positive, and no leading zero octet to strip
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A certificate read back from DER (a stored IACA, to issue DS certificates from it). */
export function readCertificate(der: Uint8Array): x509.X509Certificate {
  return new x509.X509Certificate(der as BufferSource);
}

export { x509 };
