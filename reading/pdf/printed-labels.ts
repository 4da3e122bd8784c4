// Finding the labels of PROFILE §6.1 on a line of a certificate, whatever its layout:
// `資格名称` or `資格の名称`; `氏名` but not `氏名（カナ）`/`フリガナ`; `生年月日`; `登録番号`; `交付機関`
// or `交付者` — ignoring a leading ①–⑨ or "N." and a trailing `：` or `:`, and white space inside
// the label (`氏　名`, or `氏` and `名` drawn apart). A label is a word of its own: it starts a
// line, or follows white space or a gap, and is followed by one, by a colon, or by the line's
// end — so `氏名` inside a sentence (「氏名等の変更は…」) is not a label.
//
// Labels of items that are not compared (登録日, 氏名（カナ）, 備考, …) are found too, as are
// words that look like some label (`⑤勤務先`, `勤務先：`): a value ends where any label begins.
import type { TextItem } from './document-result';
import type { LineChar } from './text-lines';

export interface Field {
  /** The compared item, or null for a label of something else. */
  item: TextItem | null;
  /** Index of the label's first character (its ①/"N." prefix included). */
  start: number;
  /** Index just after the label, its qualifier and its colon: the value starts here. */
  valueStart: number;
}

/** Label texts after NFKC without white space. `交付機関名`/`交付者名` also read as ⑦ (its seed name 交付機関/者名). */
const ITEM_LABELS: readonly [string, TextItem][] = [
  ['資格の名称', '資格名称'],
  ['資格名称', '資格名称'],
  ['氏名', '氏名'],
  ['生年月日', '生年月日'],
  ['登録番号', '登録番号'],
  ['交付機関名', '交付機関'],
  ['交付機関', '交付機関'],
  ['交付者名', '交付機関'],
  ['交付者', '交付機関'],
];
const OTHER_LABELS = [
  ...['氏名カナ', '氏名フリガナ', 'カナ氏名', 'フリガナ', 'ふりがな', 'よみがな', '旧姓', '性別'],
  ...['登録日', '登録年月日', '交付日', '交付年月日', '発行日', '発行年月日', '有効期限', '有効期間'],
  ...['住所', '本籍', '本籍地', '籍登録地', '備考', '写真', '本人写真', '合格年月日', '資格取得日'],
];
/** Longest first, so `氏名カナ` wins over `氏名`. */
const LABELS: readonly [string, TextItem | null][] = [
  ...ITEM_LABELS,
  ...OTHER_LABELS.map((l): [string, null] => [l, null]),
].sort((a, b) => b[0].length - a[0].length);

/**
 * A qualifier that makes `氏名` another name than the signed one: its reading (氏名（カナ）,
 * 氏名(フリガナ), 氏名（ローマ字）) or a former or second name (氏名（旧姓）, 氏名（通称）).
 */
const OTHER_NAME = /カナ|かな|フリガナ|ふりがな|ヨミ|よみ|ローマ|英|旧|通称|併記/u;
/** Item numbers and bullets before a label, after NFKC: ① → "1", ⑴ → "(1)", "1." "(1)" "1)". */
const PREFIX = /^(?:\(?\d{1,2}\)?[.)、]?|[❶-❿➀-➓・•●○■□◆◇▪◎【[〔<])$/u;
/** What may follow a label: its colon, or the bracket closing `【氏名】`. */
const SEPARATOR = new Set([':', '】', ']', '〕', '>', '|']);
const NUMBERED = /^[①-⑳❶-❿➀-➓⑴-⒇⒈-⒛]/u;

const isSpace = (c: LineChar | undefined) => c !== undefined && c.normal === '';
const startsWord = (chars: readonly LineChar[], i: number) =>
  !isSpace(chars[i]) && (i === 0 || (chars[i] as LineChar).boundary);
const normals = (chars: readonly LineChar[], from: number, to: number) =>
  chars
    .slice(from, to)
    .map((c) => c.normal)
    .join('');

/** Index just after `label` read from `j` (white space inside skipped), or -1. */
function matchLabel(chars: readonly LineChar[], j: number, label: string): number {
  let read = '';
  let i = j;
  while (read.length < label.length && i < chars.length) {
    read += (chars[i] as LineChar).normal;
    i++;
    if (!label.startsWith(read)) return -1;
  }
  return read === label ? i : -1;
}

/** A parenthesised qualifier at `i` (`（カナ）`): its text and the index after it. */
function qualifierAt(chars: readonly LineChar[], i: number): { text: string; end: number } | null {
  let j = i;
  while (isSpace(chars[j])) j++;
  if (chars[j]?.normal !== '(') return null;
  for (let k = j + 1; k < Math.min(chars.length, j + 12); k++)
    if (chars[k]?.normal === ')') return { text: normals(chars, j + 1, k), end: k + 1 };
  return null;
}

const endsWord = (chars: readonly LineChar[], e: number) =>
  e >= chars.length ||
  isSpace(chars[e]) ||
  (chars[e] as LineChar).boundary ||
  SEPARATOR.has((chars[e] as LineChar).normal);

function skipSeparator(chars: readonly LineChar[], e: number): number {
  let i = e;
  while (i < chars.length && (isSpace(chars[i]) || SEPARATOR.has((chars[i] as LineChar).normal))) i++;
  return i;
}

/** A known label at `j` (after a prefix that starts at `start`). */
function knownLabelAt(chars: readonly LineChar[], start: number, j: number): Field | null {
  for (const [label, labelItem] of LABELS) {
    const end = matchLabel(chars, j, label);
    if (end < 0) continue;
    const qualifier = qualifierAt(chars, end);
    const item = labelItem === '氏名' && qualifier && OTHER_NAME.test(qualifier.text) ? null : labelItem;
    const after = qualifier ? qualifier.end : end;
    if (endsWord(chars, after)) return { item, start, valueStart: skipSeparator(chars, after) };
  }
  return null;
}

/**
 * A word that is some label we do not know: `⑤勤務先…`, `勤務先：` or `勤務先：東京`. The first
 * word of a value is not taken for one by its colon (a value may hold one: `厚生労働省：医政局`).
 */
function unknownLabelAt(chars: readonly LineChar[], i: number, firstOfValue: boolean): Field | null {
  let end = i + 1;
  while (end < chars.length && !isSpace(chars[end]) && !(chars[end] as LineChar).boundary) end++;
  const colon = chars.slice(i + 2, Math.min(end, i + 12)).findIndex((c) => c.normal === ':');
  if (!firstOfValue && colon >= 0 && !/\d/u.test(normals(chars, i, i + 2 + colon)))
    return { item: null, start: i, valueStart: skipSeparator(chars, i + 2 + colon) };
  if (NUMBERED.test((chars[i] as LineChar).printed) && end - i > 1)
    return { item: null, start: i, valueStart: skipSeparator(chars, end) };
  return null;
}

/** The label starting at word `i`, if any: prefix (up to four characters), label, qualifier. */
function fieldAt(chars: readonly LineChar[], i: number, firstOfValue: boolean): Field | null {
  for (let k = 0; k <= 4 && i + k < chars.length; k++) {
    if (k > 0 && (isSpace(chars[i + k - 1]) || !PREFIX.test(normals(chars, i, i + k)))) continue;
    const found = knownLabelAt(chars, i, i + k);
    if (found) return found;
  }
  return unknownLabelAt(chars, i, firstOfValue);
}

/** Every label on a line, left to right; a lone prefix word before a label (`② 氏名`) belongs to it. */
export function fieldsOf(chars: readonly LineChar[]): Field[] {
  const out: Field[] = [];
  let previousWord = -1;
  let valueStart = -1;
  for (let i = 0; i < chars.length; i++) {
    if (!startsWord(chars, i) && i !== valueStart) continue;
    const field = fieldAt(chars, i, previousWord < 0 && out.length > 0);
    if (!field) {
      previousWord = i;
      continue;
    }
    const floor = out[out.length - 1]?.valueStart ?? 0;
    if (previousWord >= floor && previousWord >= 0 && PREFIX.test(normals(chars, previousWord, i)))
      field.start = previousWord;
    out.push(field);
    previousWord = -1;
    valueStart = field.valueStart;
    i = field.valueStart - 1;
  }
  return out;
}
