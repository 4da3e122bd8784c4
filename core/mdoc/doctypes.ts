// The two document types of PROFILE §8.1 and what the verifier requests of each: the My Number
// Card (four elements, both name forms) and the qualification certificate (every element but
// `portrait`, which only a second call asks for). intentToRetain is false except for a §9 record,
// which keeps exactly five dqc elements (PROFILE §8.9).
import type { DocRequest } from './types';

export const MNC_DOCTYPE = 'org.iso.23220.1.jp.mnc';
export const DQC_DOCTYPE = 'jp.go.nqs.dqc.1';
export const NS_ISO_23220 = 'org.iso.23220.1';
export const NS_ISO_23220_JP = 'org.iso.23220.1.jp';
export const DQC_NAMESPACE = DQC_DOCTYPE;

/** §8.1 (i): namespace → elements requested of the My Number Card, and no others. */
export const MNC_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  [NS_ISO_23220]: ['family_name_unicode', 'given_name_unicode', 'birth_date'],
  [NS_ISO_23220_JP]: ['full_name_unicode'],
};

/** §8.1 (ii): the dqc elements, in §3 order. */
export const DQC_ELEMENTS = [
  'qualification_code',
  'qualification_name',
  'name',
  'name_kana',
  'birth_date',
  'registration_number',
  'registration_date',
  'issuing_body',
  'grant_date',
  'other_items',
  'portrait',
] as const;
export type DqcElement = (typeof DQC_ELEMENTS)[number];

/** §8.1 (ii): elements every dqc mdoc carries (step 11). */
export const DQC_REQUIRED: readonly DqcElement[] = [
  'qualification_code',
  'qualification_name',
  'name',
  'birth_date',
  'registration_number',
  'registration_date',
  'issuing_body',
];

/** §8.9: the elements a §9 record keeps (intentToRetain true in a request made for a record). */
export const DQC_RECORD_ELEMENTS: readonly DqcElement[] = [
  'qualification_code',
  'qualification_name',
  'name',
  'registration_number',
  'issuing_body',
];

/** The My Number Card request of §8.1 (i). */
export function mncRequest(): DocRequest {
  const nameSpaces: DocRequest['nameSpaces'] = {};
  for (const [ns, elements] of Object.entries(MNC_ELEMENTS))
    nameSpaces[ns] = Object.fromEntries(elements.map((e) => [e, false]));
  return { docType: MNC_DOCTYPE, nameSpaces };
}

/**
 * The dqc request of §8.1 (ii): every element but `portrait`; `portrait` too in the second call
 * the operator starts (写真を表示); `forRecord`: intentToRetain true for the §9 record's elements.
 */
export function dqcRequest(options: { portrait?: boolean; forRecord?: boolean } = {}): DocRequest {
  const elements = DQC_ELEMENTS.filter((e) => e !== 'portrait' || options.portrait);
  const retain = (e: DqcElement) => (options.forRecord ?? false) && DQC_RECORD_ELEMENTS.includes(e);
  return {
    docType: DQC_DOCTYPE,
    nameSpaces: { [DQC_NAMESPACE]: Object.fromEntries(elements.map((e) => [e, retain(e)])) },
  };
}

/** Without a DeviceRequest (CLI `--mdoc` without `--request`), "the requests of §8.1 apply" (§8.8). */
export function defaultRequests(): DocRequest[] {
  return [mncRequest(), dqcRequest()];
}

/** Whether §8.1 lists (namespace, element) for the doctype (its values have §8.1's limits). */
export function isListedElement(docType: string, ns: string, element: string): boolean {
  if (docType === MNC_DOCTYPE) return MNC_ELEMENTS[ns]?.includes(element) ?? false;
  if (docType === DQC_DOCTYPE)
    return ns === DQC_NAMESPACE && (DQC_ELEMENTS as readonly string[]).includes(element);
  return false;
}
