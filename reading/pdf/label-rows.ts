// A label's row on a certificate page (PROFILE §6.1): "the text after the label on its line, and
// the lines that value wraps onto before the next label". Read from positions (text-lines.ts),
// so one reading serves our issuer's two-column table (issuer/pdf/README-layout.md), a vertical
// list (`①資格の名称：介護福祉士`), a label and its value in separate runs or in one, pairs side by
// side, and a value wrapped onto as many lines as it needs.
//
// On the label's line the value runs up to the next label (two label/value pairs may share a
// line); characters right of that label belong to its column, and when the label has a pair to
// its left, characters left of the label belong to that pair. A following line continues the
// value when it lies within two line spacings (2 × 1.45 × size) of the line above, is not much
// smaller (furigana, footnotes), holds no label in the value's column, and
// - starts no further left than the value did (a table cell, a hanging indent), or, when the
//   label's line holds the label alone, no further left than the label (a value set under it);
// - or, for a value that follows its label closely (`⑦交付者：…`), starts back at the label's
//   margin and is followed by the next label's line: a wrap inside a list. Text at the margin
//   after the last row (「上記のとおり証明します。」) is not taken for a wrap.
import type { TextItem } from './document-result';
import { type Field, fieldsOf } from './printed-labels';
import { charsBetween, type Line, type LineChar, linesOf, printedText, type TextRun } from './text-lines';

export interface PrintedRow {
  item: TextItem;
  /** The row's text as printed (lines joined without a separator, as wrapped values are). */
  text: string;
}

/** Line spacing of wrapped text, in sizes (our issuer's 1.45; others use 1.2–1.75). */
const LINE_STEP = 1.45;
/** Slack in sizes when comparing x positions. */
const SLACK = 0.5;
/**
 * Lines looked at below a label. A signed value is at most 64 characters (PROFILE §3): even at a
 * few characters a line it needs far fewer; a longer row cannot hold it anyway.
 */
const MAX_LINES_READ = 40;

interface LabelledLine {
  line: Line;
  fields: Field[];
  /** The fields' x positions, sorted. */
  fieldXs: number[];
}

interface Band {
  /** Characters left of this belong to a pair further left on the label's line. */
  floor: number;
  /** Where the value starts: a further line must not start left of it. */
  left: number;
  /** Where the next pair on the label's line starts. */
  right: number;
  /** The label's margin, for a close value wrapping back to it (or -∞). */
  margin: number;
  size: number;
}

type Continuation = { chars: LineChar[]; atMargin: boolean } | 'skip' | 'end' | 'label';

/** The first index of sorted `xs` at or above `x`. */
function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function continuation(next: LabelledLine, band: Band): Continuation {
  const label = next.fieldXs[firstAtLeast(next.fieldXs, band.floor)];
  if (label !== undefined && label < band.right) return 'label';
  const own = charsBetween(next.line, band.floor, band.right);
  const first = own.find((c) => c.normal !== '');
  if (!first) return 'skip';
  const slack = SLACK * band.size;
  if (first.x >= band.left - slack) return { chars: own, atMargin: false };
  if (first.x >= band.margin - slack) return { chars: own, atMargin: true };
  return 'end';
}

/** The value's column: from the label's pair to the next pair on the label's line. */
function bandOf(line: Line, fields: readonly Field[], k: number, own: readonly LineChar[]): Band {
  const field = fields[k] as Field;
  const x = (f: Field) => (line.chars[f.start] as LineChar).x;
  const labelLeft = x(field);
  const nextField = fields[k + 1];
  const firstValue = own.find((c) => c.normal !== '');
  const slack = SLACK * line.size;
  const labelEnd = (line.chars[Math.max(field.start, field.valueStart - 1)] as LineChar).x;
  const close = firstValue !== undefined && firstValue.x - labelEnd < 2 * line.size;
  return {
    floor: k > 0 ? labelLeft - slack : Number.NEGATIVE_INFINITY,
    left: firstValue ? firstValue.x : labelLeft,
    right: nextField ? x(nextField) : Number.POSITIVE_INFINITY,
    margin: close ? labelLeft : Number.NEGATIVE_INFINITY,
    size: line.size,
  };
}

/** The row of field `k` on line `index`. */
function rowAt(lines: readonly LabelledLine[], index: number, k: number): PrintedRow | null {
  const { line, fields } = lines[index] as LabelledLine;
  const field = fields[k] as Field;
  if (field.item === null) return null;
  const own = line.chars.slice(field.valueStart, fields[k + 1]?.start ?? line.chars.length);
  const band = bandOf(line, fields, k, own);
  const parts = [printedText(own)];
  /** Lines back at the margin, kept only if the next label's line follows them. */
  const pending: string[] = [];
  let above = line;
  for (const next of lines.slice(index + 1, index + 1 + MAX_LINES_READ)) {
    const size = Math.max(above.size, next.line.size);
    if (above.y - next.line.y > 2 * LINE_STEP * size || next.line.size < 0.6 * band.size) break;
    const found = continuation(next, band);
    if (found === 'label') parts.push(...pending);
    if (found === 'label' || found === 'end') break;
    if (found === 'skip') continue;
    if (found.atMargin) pending.push(printedText(found.chars));
    else if (pending.length > 0) break;
    else parts.push(printedText(found.chars));
    above = next.line;
  }
  return { item: field.item, text: parts.join('') };
}

/** Every compared item's row on a page, top to bottom (a label printed twice gives two rows). */
export function printedRows(runs: readonly TextRun[]): PrintedRow[] {
  const lines = linesOf(runs).map((line) => {
    const fields = fieldsOf(line.chars);
    const fieldXs = fields.map((f) => (line.chars[f.start] as LineChar).x).sort((a, b) => a - b);
    return { line, fields, fieldXs };
  });
  return lines.flatMap((l, i) =>
    l.fields.flatMap((_, k) => {
      const row = rowAt(lines, i, k);
      return row ? [row] : [];
    }),
  );
}
