// X.509 reading for PROFILE §8.2: the fields over the bytes as received, strictness (one DER
// certificate, nothing after it, v3), the EC key, the extensions and DER ECDSA signatures.
import { describe, expect, it } from 'vitest';
import { bytesEqual, concatBytes, fromHex, toHex } from '../../../core/bytes';
import { derSignatureToRaw } from '../../../core/mdoc/ecdsa';
import { parseCertificate } from '../../../core/mdoc/x509';
import {
  basicConstraints,
  extendedKeyUsage,
  hasKeyUsage,
  KEY_USAGE_BITS,
} from '../../../core/mdoc/x509-extensions';
import { DAY, NOW } from './support/clock';
import { MDL_DS_EKU, makeDs, makeIaca, x509 } from './support/pki';

/** Index of a byte sequence in a DER. */
function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe('parseCertificate', () => {
  it('reads an IACA and a DS: Names, serial, validity, curve, extensions, tbs as received', async () => {
    const iaca = await makeIaca();
    const ds = await makeDs(iaca, { serial: '00ff01', notBefore: NOW - DAY, notAfter: NOW + DAY });
    const root = parseCertificate(iaca.der);
    const leaf = parseCertificate(ds.der);
    if (!root || !leaf) throw new Error('not parsed');
    expect(bytesEqual(root.issuer, root.subject)).toBe(true);
    expect(bytesEqual(leaf.issuer, root.subject)).toBe(true);
    expect(bytesEqual(root.issuer, new Uint8Array(iaca.cert.subjectName.toArrayBuffer()))).toBe(true);
    expect(toHex(leaf.serial)).toBe('00ff01'); // contents octets exactly, leading zero kept
    expect([leaf.notBefore, leaf.notAfter]).toEqual([NOW - DAY, NOW + DAY]);
    expect([root.curve, leaf.curve]).toEqual(['P-256', 'P-256']);
    expect(leaf.signatureAlgorithm).toBe('1.2.840.10045.4.3.2');
    expect(indexOf(ds.der, leaf.tbs)).toBe(4); // right after the outer SEQUENCE head
    expect(basicConstraints(root)).toEqual({ critical: true, cA: true, pathLenConstraint: 0 });
    expect(basicConstraints(leaf)).toBeUndefined();
    expect(hasKeyUsage(root, KEY_USAGE_BITS.keyCertSign)).toBe(true);
    expect(hasKeyUsage(root, KEY_USAGE_BITS.digitalSignature)).toBe(false);
    expect(hasKeyUsage(leaf, KEY_USAGE_BITS.digitalSignature)).toBe(true);
    expect(extendedKeyUsage(leaf)).toEqual([MDL_DS_EKU]);
    expect(extendedKeyUsage(root)).toBeUndefined();
  });

  it('reads a P-384 key; an RSA key has no curve', async () => {
    expect(parseCertificate((await makeIaca({ curve: 'P-384' })).der)?.curve).toBe('P-384');
    const rsa = (await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: Uint8Array.of(1, 0, 1),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      name: 'CN=rsa',
      keys: rsa,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5' },
      // (Without extensions @peculiar/x509 writes an empty Extensions SEQUENCE, which RFC 5280's
      // SIZE (1..MAX) forbids and the parser refuses.)
      extensions: [new x509.BasicConstraintsExtension(true, 0, true)],
    });
    const parsed = parseCertificate(new Uint8Array(cert.rawData));
    expect(parsed).not.toBeNull();
    expect(parsed?.curve).toBeNull();
  });

  it('refuses anything but one DER v3 certificate', async () => {
    const der = (await makeIaca()).der;
    expect(parseCertificate(der)).not.toBeNull();
    expect(parseCertificate(concatBytes(der, Uint8Array.of(0)))).toBeNull(); // trailing byte
    expect(parseCertificate(der.subarray(0, der.length - 1))).toBeNull(); // truncated
    expect(parseCertificate(new Uint8Array(0))).toBeNull();
    expect(parseCertificate(Uint8Array.of(0x30, 0x00))).toBeNull();
    // A needlessly long length (BER, not DER): 30 82 xx xx → 30 83 00 xx xx.
    expect(der[1]).toBe(0x82);
    expect(parseCertificate(concatBytes(Uint8Array.of(0x30, 0x83, 0x00), der.subarray(2)))).toBeNull();
    // Version v2 instead of v3: [0] { INTEGER 1 }.
    const at = indexOf(der, fromHex('a003020102'));
    const v2 = der.slice();
    v2[at + 4] = 1;
    expect(parseCertificate(v2)).toBeNull();
    // Two certificates back to back.
    expect(parseCertificate(concatBytes(der, der))).toBeNull();
  });
});

describe('derSignatureToRaw', () => {
  it('strips a sign byte and pads to the curve size', () => {
    const r = `00${'ff'.repeat(32)}`;
    const s = '01';
    const der = fromHex(`3026 0221${r} 0201${s}`.replace(/\s/g, ''));
    expect(toHex(derSignatureToRaw(der, 'P-256') as Uint8Array)).toBe(
      `${'ff'.repeat(32)}${'00'.repeat(31)}01`,
    );
    expect(derSignatureToRaw(der, 'P-384')?.length).toBe(96);
  });
  it('refuses negative integers, a third integer and too long values', () => {
    expect(derSignatureToRaw(fromHex('3006020180020101'), 'P-256')).toBeNull();
    expect(derSignatureToRaw(fromHex('3009020101020101020101'), 'P-256')).toBeNull();
    expect(
      derSignatureToRaw(fromHex(`3026 0221 01${'00'.repeat(32)} 020101`.replace(/\s/g, '')), 'P-256'),
    ).toBeNull();
  });
});
