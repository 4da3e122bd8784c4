// Line breaking for values in table cells. The lines always concatenate back to the exact
// input (spaces at a break stay at the end of the line), so a text extractor that joins a cell's
// lines recovers the value character for character.

/** Characters that must not begin a line (a light form of JIS X 4051 kinsoku). */
const NO_LINE_START = new Set([
  ...'、。，．・：；？！ー々ゝゞヽヾ）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
]);
/** Combining marks (variation selectors included: they are Mn) and the zero-width joiner. */
const ATTACHES_TO_PREVIOUS = /^(?:\p{M}|\u200D)$/u;
const isSpace = (unit: string) => unit === ' ' || unit === '\u3000';

/** Splits into units that never break apart: a base character with its marks or selectors. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (out.length > 0 && ATTACHES_TO_PREVIOUS.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/**
 * Greedy wrapping into lines no wider than `maxWidth` (trailing spaces may hang past it).
 * Breaks after the last space of an overlong line when there is one (Latin names), else between
 * any two characters, moving a character that may not start a line back to the line it follows.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const unit of units(text)) {
    const unitWidth = widthOf(unit);
    if (line.length > 0 && !isSpace(unit) && width + unitWidth > maxWidth) {
      let breakAt = line.length;
      const lastSpace = line.findLastIndex(isSpace);
      if (lastSpace > 0 && lastSpace < line.length - 1) breakAt = lastSpace + 1;
      else if (NO_LINE_START.has(unit) && line.length > 1 && !isSpace(line.at(-1) ?? ''))
        breakAt = line.length - 1;
      const carried = line.slice(breakAt);
      lines.push(line.slice(0, breakAt));
      line = carried;
      width = carried.reduce((w, u) => w + widthOf(u), 0);
    }
    line.push(unit);
    width += unitWidth;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => l.join(''));
}
