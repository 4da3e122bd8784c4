// Line breaking for the record page. The lines of a value concatenate back to the exact text
// (a space at a break stays at the end of its line), so the re-check, which joins a row's lines,
// reads the value character for character. Japanese breaks between any two characters; a run of
// Latin text breaks after its last space; a character that may not start a line (。、」ー…) is
// carried back with the one before it (a light form of JIS X 4051 kinsoku).

const NO_LINE_START = new Set([
  ...'、。，．・：；？！ー々ゝゞヽヾ）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
]);
const isSpace = (c: string) => c === ' ' || c === '\u3000';

/** Greedy wrapping into lines no wider than `maxWidth` (a trailing space may hang past it). */
export function wrapLine(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const ch of text) {
    const w = widthOf(ch);
    if (line.length > 0 && !isSpace(ch) && width + w > maxWidth) {
      let breakAt = line.length;
      const lastSpace = line.findLastIndex(isSpace);
      if (lastSpace > 0 && lastSpace < line.length - 1 && /[\x21-\x7e]/.test(ch)) breakAt = lastSpace + 1;
      else if (NO_LINE_START.has(ch) && line.length > 1) breakAt = line.length - 1;
      const carried = line.slice(breakAt);
      lines.push(line.slice(0, breakAt));
      line = carried;
      width = carried.reduce((sum, c) => sum + widthOf(c), 0);
    }
    line.push(ch);
    width += w;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => l.join(''));
}
