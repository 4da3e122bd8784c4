// Step 9 of PROFILE §8.6: the MSO's docType is the Document's; every IssuerSignedItem received,
// requested or not, has its digestID in valueDigests of its namespace and its digest — over the
// IssuerSignedItemBytes as received — matches (DIGEST_MISMATCH); then dqc values have §8.1's
// forms (MALFORMED_CLAIMS).
import { bytesEqual } from '../bytes';
import type { MdocDocument } from './device-response';
import { DQC_DOCTYPE, DQC_NAMESPACE } from './doctypes';
import { hasDqcForm } from './element-forms';
import type { Mso } from './mso';
import { subtle } from './subtle';

export type DigestCode = 'DIGEST_MISMATCH' | 'MALFORMED_CLAIMS';

/** undefined = pass. Never throws. */
export async function checkDigests(doc: MdocDocument, mso: Mso): Promise<DigestCode | undefined> {
  if (mso.docType !== doc.docType) return 'DIGEST_MISMATCH';
  const pending: Promise<boolean>[] = [];
  for (const [ns, items] of doc.nameSpaces) {
    const digests = mso.valueDigests.get(ns);
    for (const item of items) {
      const expected = digests?.get(item.digestID);
      if (!expected) return 'DIGEST_MISMATCH';
      pending.push(digestMatches(mso.digestAlgorithm, item.bytes, expected));
    }
  }
  if (!(await Promise.all(pending)).every(Boolean)) return 'DIGEST_MISMATCH';
  if (doc.docType === DQC_DOCTYPE) {
    for (const item of doc.nameSpaces.get(DQC_NAMESPACE) ?? [])
      if (!hasDqcForm(item.elementIdentifier, item.elementValue)) return 'MALFORMED_CLAIMS';
  }
  return undefined;
}

async function digestMatches(algorithm: Mso['digestAlgorithm'], bytes: Uint8Array, expected: Uint8Array) {
  try {
    return bytesEqual(new Uint8Array(await subtle().digest(algorithm, bytes as BufferSource)), expected);
  } catch {
    return false;
  }
}
