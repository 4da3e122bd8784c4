// The visible page against the JSON (PROFILE §9: "compared with the JSON like §6.1 — verdict
// headline, 氏名, 登録番号, check time — any difference is inconsistent"). The page's text layer is
// read back by the layout of page-geometry.ts: a label at LABEL_X, its value the runs from
// VALUE_X rightwards down to the next thing at LABEL_X, lines joined. Values are compared as §6.1
// compares: after NFKC, with all white space removed (and variation selectors, which the page
// does not print). A 〓 on the page stands for one character the font could not draw.

import type { TextRun } from '../reading/pdf/text-lines';
import { LABEL_X, MISSING_MARK, COLUMN_TOLERANCE as TOL, VALUE_X } from './page-geometry';
import type { AnyRecordJson } from './record-json';
import { COMPARED_LABELS, type ComparedLabel, comparedValues } from './record-text';

export interface PrintedRow {
  label: string;
  value: string;
  /** 1-based. */
  page: number;
}

const near = (a: number, b: number) => Math.abs(a - b) <= TOL;

/** Every row of every page: each run at LABEL_X with the value printed beside and below it. */
export function printedRows(pages: readonly (readonly TextRun[])[]): PrintedRow[] {
  const out: PrintedRow[] = [];
  pages.forEach((all, p) => {
    const runs = all.filter((r) => r.text.trim() !== '');
    const labels = runs.filter((r) => near(r.x, LABEL_X)).sort((a, b) => b.y - a.y);
    labels.forEach((label, i) => {
      const next = labels[i + 1];
      const value = runs
        .filter((r) => r.x >= VALUE_X - TOL && r.y <= label.y + TOL && (!next || r.y > next.y + TOL))
        .sort((a, b) => b.y - a.y || a.x - b.x)
        .map((r) => r.text)
        .join('');
      out.push({ label: label.text.trim(), value, page: p + 1 });
    });
  });
  return out;
}

const SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
/** pdf.js may report an ideographic space as U+0000: control characters count as white space. */
const squash = (s: string) => [
  ...s
    .normalize('NFKC')
    .replace(SELECTORS, '')
    .replace(/[\s\p{Cc}]+/gu, ''),
];

/** §6.1's comparison, with 〓 on the page matching any one character of the JSON. */
export function sameText(printed: string, expected: string): boolean {
  const p = squash(printed);
  const e = squash(expected);
  return p.length === e.length && p.every((c, i) => c === e[i] || c === MISSING_MARK);
}

/** One text per difference, naming the item: empty when the page says what the JSON says. */
export function pageDifferences(json: AnyRecordJson, pages: readonly (readonly TextRun[])[]): string[] {
  const rows = printedRows(pages);
  const expected = comparedValues(json);
  const out: string[] = [];
  for (const label of COMPARED_LABELS) {
    const found = rows.filter((r) => r.label === label);
    const want = expected[label as ComparedLabel];
    if (want === undefined) {
      if (found.length > 0)
        out.push(`${label}: ページに記載がありますが、記録のデータ（JSON）にはありません`);
      continue;
    }
    const [first] = found;
    if (!first) out.push(`${label}: ページに記載がありません（記録のデータ（JSON）は「${want}」）`);
    else if (found.length > 1) out.push(`${label}: ページに ${found.length} か所あります`);
    else if (!sameText(first.value, want))
      out.push(`${label}: ページの記載「${first.value}」が記録のデータ（JSON）の「${want}」と異なります`);
  }
  return out;
}
