// Text rules of PROFILE §3: NFC, no code point of general category Cc, Cf, Cs or Co, no
// noncharacter, none unassigned in Unicode 15.1; lengths count Unicode scalar values.
// The category table is pinned to Unicode 15.1 (not the runtime's own Unicode version) so that
// every runtime gives the same answer.
import { FORBIDDEN_RANGES_15_1 } from './forbidden-ranges';

let starts: Uint32Array | undefined;
let ends: Uint32Array | undefined;

function expand(): void {
  const parts = FORBIDDEN_RANGES_15_1.split(',');
  const n = parts.length / 2;
  starts = new Uint32Array(n);
  ends = new Uint32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const a = prev + Number.parseInt(parts[2 * i] as string, 36);
    const b = a + Number.parseInt(parts[2 * i + 1] as string, 36);
    starts[i] = a;
    ends[i] = b;
    prev = b;
  }
}

/** True when the code point is Cc, Cf, Cs, Co or Cn in Unicode 15.1. */
export function isForbiddenCodePoint(cp: number): boolean {
  if (!starts || !ends) expand();
  const s = starts as Uint32Array;
  const e = ends as Uint32Array;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (s[mid] as number)) hi = mid - 1;
    else if (cp > (e[mid] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Hiragana U+3041–3096, katakana U+30A1–30FC, CJK unified ideographs U+4E00–9FFF and fullwidth
 * forms U+FF01–FF5E: all assigned in 15.1 (none forbidden), NFC_Quick_Check=Yes and combining
 * class 0, so a text made of these and printable ASCII is in NFC (UAX #15 quick check) without
 * asking the normaliser. Normalisation stability keeps this true in every Unicode version.
 */
function isPlainJapanese(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3041 && cp <= 0x3096) ||
    (cp >= 0x30a1 && cp <= 0x30fc) ||
    (cp >= 0xff01 && cp <= 0xff5e)
  );
}

/**
 * A profile text of `min`–`max` scalar values (PROFILE §3). Lone surrogates count as Cs.
 * Printable ASCII and plain Japanese (kana, kanji) are the common case and skip the table.
 */
export function isProfileText(value: unknown, min: number, max: number): value is string {
  if (typeof value !== 'string') return false;
  let count = 0;
  let simple = true;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    let cp = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    count++;
    if ((cp >= 0x20 && cp < 0x7f) || isPlainJapanese(cp)) continue;
    simple = false;
    if (isForbiddenCodePoint(cp)) return false;
  }
  if (count < min || count > max) return false;
  return simple || value.normalize('NFC') === value;
}
