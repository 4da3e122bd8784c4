// The value forms PROFILE §8.1 accepts for its listed elements (checked at step 9), and the
// strict-CBOR walks of §8.5 (tag 18 only on issuerAuth; text values of unlisted elements ≤ 1 KiB).
// A dqc value in another form is MALFORMED_CLAIMS; an mnc value in another form is unusable:
// dropped from the result and absent for §8.7.
import { type CborValue, Tagged } from '../cbor/decode';
import { isProfileDate } from '../text/profile-date';
import { isProfileText } from '../text/text-rules';
import { EmbeddedCbor, TAG_FULL_DATE, TAG_SIGN1 } from './cbor';
import { type DqcElement, NS_ISO_23220, NS_ISO_23220_JP } from './doctypes';

const MAX_PORTRAIT = 128 * 1024;
/** PROFILE §8.5: text values of elements §8.1 does not list. */
export const MAX_UNLISTED_TEXT_BYTES = 1024;

/** full-date = #6.1004(tstr) whose text is a §3 date (PROFILE §8). */
export function isFullDate(value: CborValue): value is Tagged & { value: string } {
  return value instanceof Tagged && value.tag === TAG_FULL_DATE && isProfileDate(value.value);
}

const text = (min: number, max: number) => (v: CborValue) => isProfileText(v, min, max);

/** §8.1 (ii): each dqc element's form (§3's types, lengths and text rules; dates full-date). */
const DQC_FORMS: Record<DqcElement, (v: CborValue) => boolean> = {
  qualification_code: (v) =>
    typeof v === 'number' && Number.isInteger(v) && ((v >= 1 && v <= 84) || v >= 1000),
  qualification_name: text(1, 64),
  name: text(1, 64),
  name_kana: text(1, 64),
  birth_date: isFullDate,
  registration_number: text(1, 32),
  registration_date: isFullDate,
  issuing_body: text(1, 64),
  grant_date: isFullDate,
  other_items: (v) =>
    v instanceof Map &&
    v.size >= 1 &&
    v.size <= 16 &&
    [...v].every(([key, item]) => isProfileText(key, 1, 64) && isProfileText(item, 1, 64)),
  portrait: (v) =>
    v instanceof Uint8Array &&
    v.length >= 4 &&
    v.length <= MAX_PORTRAIT &&
    v[0] === 0xff &&
    v[1] === 0xd8 &&
    v[v.length - 2] === 0xff &&
    v[v.length - 1] === 0xd9,
};

/** Whether a dqc element's value has §8.1's form; elements §8.1 does not list have no form rule. */
export function hasDqcForm(element: string, value: CborValue): boolean {
  const form = DQC_FORMS[element as DqcElement] as ((v: CborValue) => boolean) | undefined;
  return form === undefined || form(value);
}

/** UTF-8 length of a JS string (valid UTF-16 from the strict decoder). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const nameText = (v: CborValue) => typeof v === 'string' && utf8Length(v) >= 1 && utf8Length(v) <= 256;

/** `birth_date`: full-date, or {"birth_date": full-date, ? "approximate_mask": 8 × 0/1} and nothing else. */
function isMncBirthDate(v: CborValue): boolean {
  if (isFullDate(v)) return true;
  if (!(v instanceof Map) || !v.has('birth_date') || v.size > 2) return false;
  const mask = v.get('approximate_mask');
  if (v.size === 2 && (typeof mask !== 'string' || !/^[01]{8}$/.test(mask))) return false;
  return isFullDate(v.get('birth_date') as CborValue);
}

/** §8.1 (i): whether an mnc element's value is usable (another form is dropped, not shown). */
export function isUsableMncValue(ns: string, element: string, value: CborValue): boolean {
  if (ns === NS_ISO_23220 && element === 'birth_date') return isMncBirthDate(value);
  const isName =
    (ns === NS_ISO_23220 && (element === 'family_name_unicode' || element === 'given_name_unicode')) ||
    (ns === NS_ISO_23220_JP && element === 'full_name_unicode');
  return !isName || nameText(value);
}

/** Whether a text value anywhere inside is longer than `maxBytes` of UTF-8 (map keys are not values). */
export function hasLongText(value: CborValue, maxBytes: number): boolean {
  if (typeof value === 'string') return value.length > maxBytes / 3 && utf8Length(value) > maxBytes;
  if (value instanceof EmbeddedCbor) return hasLongText(value.item, maxBytes);
  if (value instanceof Tagged) return hasLongText(value.value, maxBytes);
  if (Array.isArray(value)) return value.some((v) => hasLongText(v, maxBytes));
  if (value instanceof Map) return [...value.values()].some((v) => hasLongText(v, maxBytes));
  return false;
}

/** Whether tag 18 occurs anywhere inside other than on the values in `allowed` (PROFILE §8.5). */
export function hasStrayTag18(value: CborValue, allowed: ReadonlySet<CborValue> = new Set()): boolean {
  if (value instanceof EmbeddedCbor) return hasStrayTag18(value.item, allowed);
  if (value instanceof Tagged)
    return (value.tag === TAG_SIGN1 && !allowed.has(value)) || hasStrayTag18(value.value, allowed);
  if (Array.isArray(value)) return value.some((v) => hasStrayTag18(v, allowed));
  if (value instanceof Map)
    return [...value].some(([k, v]) => hasStrayTag18(k, allowed) || hasStrayTag18(v, allowed));
  return false;
}
