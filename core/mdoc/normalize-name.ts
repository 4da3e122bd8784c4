// N(s) of PROFILE §8.7, exactly: NFKC (which maps CJK compatibility ideographs with a canonical
// decomposition, e.g. U+FA19 → U+795E, and leaves 髙, 﨑 and 邊 as they are); then remove every
// code point with the White_Space property, U+30FB KATAKANA MIDDLE DOT and the variation
// selectors U+FE00–U+FE0F and U+E0100–U+E01EF; then map A–Z to a–z. Nothing else: no 異体字
// folding, no kana/kanji conversion, no reordering.

/** UCD PropList.txt White_Space (unchanged since Unicode 6.3), written out so no runtime table decides. */
const WHITE_SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
const KATAKANA_MIDDLE_DOT = 0x30fb;

function isRemoved(cp: number): boolean {
  return (
    WHITE_SPACE.has(cp) ||
    cp === KATAKANA_MIDDLE_DOT ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

export function normalizeName(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC')) {
    const cp = ch.codePointAt(0) as number;
    if (isRemoved(cp)) continue;
    out += cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
  }
  return out;
}
