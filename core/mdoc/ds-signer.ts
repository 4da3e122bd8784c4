// Step 7 of PROFILE §8.6: §8.2's DS checks 2–4 against the trust list's IACA roots. The root
// comes only from the trust list (no intermediates); the first entry in list order whose
// docTypes hold the Document's docType, whose subject Name bytes equal the DS issuer Name bytes
// and whose key verifies the DS signature applies.
import { bytesEqual } from '../bytes';
import { CERT_SIGNATURE_HASH } from './algorithms';
import { derSignatureToRaw, verifyRaw } from './ecdsa';
import type { Iaca } from './iaca';
import type { Certificate } from './x509';
import { basicConstraints, extendedKeyUsage, hasKeyUsage, KEY_USAGE_BITS } from './x509-extensions';

/** extKeyUsage purposes of an mdoc DS: ISO 18013-5 and ISO/IEC TS 23220-4. */
const MDOC_DS_PURPOSES = ['1.0.18013.5.1.2', '1.0.23220.4.1.2'];

export type SignerCheck = { ok: true; iaca: Iaca } | { ok: false; code: 'UNKNOWN_SIGNER' | 'SIGNER_REVOKED' };

export async function checkDsSigner(
  ds: Certificate,
  docType: string,
  iacas: readonly Iaca[],
): Promise<SignerCheck> {
  // Check 2: the issuing root.
  const iaca = await issuingRoot(ds, docType, iacas);
  if (!iaca) return { ok: false, code: 'UNKNOWN_SIGNER' };
  // Check 3: the DS profile.
  const purposes = extendedKeyUsage(ds);
  const bc = basicConstraints(ds);
  if (!hasKeyUsage(ds, KEY_USAGE_BITS.digitalSignature)) return { ok: false, code: 'UNKNOWN_SIGNER' };
  if (!purposes?.some((p) => MDOC_DS_PURPOSES.includes(p))) return { ok: false, code: 'UNKNOWN_SIGNER' };
  if (bc === null || bc?.cA === true) return { ok: false, code: 'UNKNOWN_SIGNER' };
  // Check 4: revoked serials of that root.
  if (iaca.revokedSerials.some((s) => bytesEqual(s, ds.serial))) return { ok: false, code: 'SIGNER_REVOKED' };
  return { ok: true, iaca };
}

async function issuingRoot(
  ds: Certificate,
  docType: string,
  iacas: readonly Iaca[],
): Promise<Iaca | undefined> {
  const hash = CERT_SIGNATURE_HASH[ds.signatureAlgorithm];
  if (!hash) return undefined;
  for (const iaca of iacas) {
    if (!iaca.docTypes.includes(docType) || !bytesEqual(iaca.subject, ds.issuer)) continue;
    const signature = derSignatureToRaw(ds.signature, iaca.curve);
    if (signature && (await verifyRaw(iaca.key, hash, signature, ds.tbs))) return iaca;
  }
  return undefined;
}
