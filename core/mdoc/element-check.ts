// Step 11 of PROFILE §8.6 for the dqc doctype: the code allowed by the applying Iaca's `quals`
// and `qualification_name` matching the code (§3: for codes 1–84 the row's `ja`), then every
// required element of §8.1 present among the digest-verified items. Without `qualification_code`
// the quals check is skipped. Other doctypes pass (§8.7 handles missing mnc elements).
import { QUALIFICATION_JA } from '../qualifications';
import type { MdocDocument } from './device-response';
import { DQC_DOCTYPE, DQC_NAMESPACE, DQC_REQUIRED } from './doctypes';
import type { Iaca } from './iaca';

export type ElementCode = 'QUALIFICATION_NOT_ALLOWED' | 'ELEMENT_MISSING';

/** undefined = pass. Runs after step 9, so every item here has a verified digest and §8.1's form. */
export function checkElements(doc: MdocDocument, iaca: Iaca): ElementCode | undefined {
  if (doc.docType !== DQC_DOCTYPE) return undefined;
  const items = new Map(
    (doc.nameSpaces.get(DQC_NAMESPACE) ?? []).map((i) => [i.elementIdentifier, i.elementValue]),
  );
  const code = items.get('qualification_code');
  const name = items.get('qualification_name');
  if (typeof code === 'number') {
    if (iaca.quals && !iaca.quals.includes(code)) return 'QUALIFICATION_NOT_ALLOWED';
    if (code <= 84 && name !== undefined && QUALIFICATION_JA[code - 1] !== name)
      return 'QUALIFICATION_NOT_ALLOWED';
  }
  return DQC_REQUIRED.every((e) => items.has(e)) ? undefined : 'ELEMENT_MISSING';
}
