// A page's text runs (pdf.js `getTextContent` items, reading/pdf/pdf-pages.ts) regrouped into the
// lines a reader sees, for the document check (PROFILE §6.1). Generators split and order runs in
// any way (one run per row, per cell, per glyph; content order unrelated to the page), so lines
// are rebuilt from positions alone: runs whose baselines agree form a line, read left to right,
// lines top to bottom. Each character keeps an estimated x, so a label and its value in one run
// (`①資格の名称：介護福祉士`) can be told apart from a value in a column of its own.

/** A text run with its position (PDF user space: y grows upwards; `height` ≈ the font size). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text item of pdf.js's getTextContent() (marked-content items have no `str`). */
interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** The text runs of getTextContent()'s items, in their order. */
export function textRunsOf(items: readonly (PdfjsTextItem | object)[]): TextRun[] {
  return items.flatMap((item) =>
    'str' in item
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
          },
        ]
      : [],
  );
}

/** One character of a line: as printed, after NFKC, and where it sits. */
export interface LineChar {
  printed: string;
  /** NFKC of this character alone (① → "1", ㍻ → "平成"); "" for white space. */
  normal: string;
  x: number;
  /** The first character of a run that starts after a visible gap: a space the extractor left out. */
  gapBefore: boolean;
  /** A word may start here: at the line's start, after white space, or after a gap between runs. */
  boundary: boolean;
}

export interface Line {
  y: number;
  /** The largest run height on the line. */
  size: number;
  /** In reading order: runs left to right, each run's characters in turn. */
  chars: LineChar[];
  /** Indices into `chars` sorted by x (runs may overlap), for column queries. */
  byX: number[];
}

/** Runs on one line have baselines closer than this share of the smaller height. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the size between runs counts as white space. */
const SPACE_GAP = 0.25;
/**
 * How many of the lines above a run may take it. A page may hold 200,000 runs (the work budget,
 * reading/pdf/pdf-work.ts): every step here stays near linear in them.
 */
const RECENT_LINES = 8;
/** How many runs back (in x order) an overprinted copy is looked for. */
const RECENT_RUNS = 4;

const sizeOf = (run: TextRun) => (run.height > 0 ? run.height : 10);
const isWide = (c: string) => (c.codePointAt(0) ?? 0) >= 0x1100;

/** The characters of one run, each at an x estimated from its width (wide characters 1, others ½). */
function charsOf(run: TextRun, gapBefore: boolean): LineChar[] {
  const glyphs = [...run.text];
  const total = glyphs.reduce((sum, c) => sum + (isWide(c) ? 1 : 0.5), 0) || 1;
  const out: LineChar[] = [];
  let advance = 0;
  for (const c of glyphs) {
    const normal = c.normalize('NFKC').replace(/\s+/gu, '');
    const first = out.length === 0;
    out.push({
      printed: c,
      normal,
      x: run.x + (run.width * advance) / total,
      gapBefore: first && gapBefore,
      boundary: first ? gapBefore : out[out.length - 1]?.normal === '',
    });
    advance += isWide(c) ? 1 : 0.5;
  }
  return out;
}

/** Runs sorted top to bottom, grouped by baseline. */
function byBaseline(sorted: readonly TextRun[]): TextRun[][] {
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    let home: TextRun[] | undefined;
    for (let g = groups.length - 1; g >= Math.max(0, groups.length - RECENT_LINES); g--) {
      const first = (groups[g] as TextRun[])[0] as TextRun;
      if (first.y - run.y > SAME_LINE * sizeOf(run)) break;
      if (first.y - run.y <= SAME_LINE * Math.min(sizeOf(first), sizeOf(run))) {
        home = groups[g];
        break;
      }
    }
    if (home) home.push(run);
    else groups.push([run]);
  }
  return groups;
}

/** One line from its runs; a run drawn twice at (almost) the same place — bold by overprinting — is read once. */
function lineOf(group: TextRun[]): Line {
  group.sort((a, b) => a.x - b.x);
  const size = group.reduce((max, run) => Math.max(max, sizeOf(run)), 0);
  const kept: TextRun[] = [];
  const chars: LineChar[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const run of group) {
    const tolerance = 0.2 * sizeOf(run);
    const copy = kept
      .slice(-RECENT_RUNS)
      .some((k) => k.text === run.text && run.x - k.x < tolerance && Math.abs(k.y - run.y) < tolerance);
    if (copy) continue;
    kept.push(run);
    for (const c of charsOf(run, run.x - end > SPACE_GAP * size)) chars.push(c);
    end = Math.max(end, run.x + run.width);
  }
  const byX = chars
    .map((_, i) => i)
    .sort((a, b) => (chars[a] as LineChar).x - (chars[b] as LineChar).x || a - b);
  return { y: (group[0] as TextRun).y, size, chars, byX };
}

/** The page's lines, top to bottom, each read left to right. */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  return byBaseline(sorted)
    .map(lineOf)
    .sort((a, b) => b.y - a.y);
}

/** The first index into `line.byX` whose character lies at or right of `x`. */
function firstAt(line: Line, x: number): number {
  let lo = 0;
  let hi = line.byX.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((line.chars[line.byX[mid] as number] as LineChar).x < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The line's characters with `from` ≤ x < `to`, in reading order. */
export function charsBetween(line: Line, from: number, to: number): LineChar[] {
  const picked = line.byX.slice(firstAt(line, from), firstAt(line, to));
  return picked.sort((a, b) => a - b).map((i) => line.chars[i] as LineChar);
}

/** Characters as printed, a gap between runs read as one space, white space runs as one. */
export function printedText(chars: readonly LineChar[]): string {
  let out = '';
  for (const c of chars) {
    if (c.gapBefore && out !== '' && !/\s$/u.test(out)) out += ' ';
    out += c.printed;
  }
  return out.replace(/\s+/gu, (s) => s[0] as string).trim();
}
