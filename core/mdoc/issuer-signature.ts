// Step 8 of PROFILE §8.6: the IssuerAuth signature with the DS key, over
// ["Signature1", protected as received, h'', payload as received] (RFC 9052 §4.4). A raw r‖s of
// the other curve's length is BAD_SIGNATURE here (PROFILE §8.2).
import { sigStructure } from '../cose/sign1';
import type { MdocAlgorithm } from './algorithms';
import { importSpki, verifyRaw } from './ecdsa';
import type { IssuerAuth } from './issuer-auth';

export async function verifyIssuerSignature(auth: IssuerAuth, alg: MdocAlgorithm): Promise<boolean> {
  if (auth.signature.length !== alg.signatureLength) return false;
  const key = await importSpki(auth.ds.spki, alg.curve);
  if (!key) return false;
  const data = sigStructure({
    protectedBytes: auth.protectedBytes,
    payload: auth.payload,
    protectedHeader: new Map(),
    unprotected: new Map(),
    signature: auth.signature,
  });
  return verifyRaw(key, alg.hash, auth.signature, data);
}
