// Batch input: a CSV (RFC 4180, header row) or a JSON array, one certificate per row. Field
// names are the `issue` flags: qual, name, kana, birth, reg-no, reg-date, body, grant-date, exp,
// photo, signer, out, and `other:<label>` columns (JSON: an "other" object).
import { parseCsv } from '../../reading/csv';

export type Row = Record<string, string | Record<string, string> | undefined>;

/** The columns a batch may have: the `issue` flags. Anything else is refused, not ignored: a
 * misspelt `grant_date` would otherwise sign a certificate without its 交付日. */
const COLUMNS = new Set([
  'qual',
  'qual-name',
  'name',
  'kana',
  'birth',
  'reg-no',
  'reg-date',
  'body',
  'grant-date',
  'exp',
  'photo',
  'signer',
  'out',
]);
const known = (name: string) => COLUMNS.has(name) || name === 'other' || name.startsWith('other:');
const unknownColumn = (name: string) =>
  new Error(`知らない列「${name}」があります（使える列: ${[...COLUMNS].join(', ')}, other:<項目名>）`);

/** A JSON value as a field: text, or a number as text; null is an absent field. */
function jsonField(key: string, value: unknown, row: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new Error(`${row} 件目: 「${key}」は文字列か数値にしてください`);
}

function jsonRow(value: unknown, row: number): Row {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${row} 件目がオブジェクトではありません`);
  const out: Row = {};
  for (const [key, v] of Object.entries(value)) {
    if (!known(key) || key.startsWith('other:')) throw unknownColumn(key);
    if (key !== 'other') {
      out[key] = jsonField(key, v, row);
      continue;
    }
    if (v === null || v === undefined) continue;
    if (typeof v !== 'object' || Array.isArray(v))
      throw new Error(`${row} 件目: 「other」は {"項目名": "値"} のオブジェクトにしてください`);
    const items: Record<string, string> = Object.create(null);
    for (const [label, item] of Object.entries(v)) {
      const text = jsonField(`other.${label}`, item, row);
      if (text !== undefined) items[label] = text;
    }
    out.other = items;
  }
  return out;
}

export function parseBatch(text: string, fileName: string): Row[] {
  const source = text.replace(/^\uFEFF/, ''); // Excel writes a BOM
  if (fileName.toLowerCase().endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (e) {
      throw new Error(`JSON として読めません（${(e as Error).message}）`);
    }
    if (!Array.isArray(data))
      throw new Error('JSON の一括発行ファイルは、1 人 1 オブジェクトの配列にしてください');
    return data.map((row, i) => jsonRow(row, i + 1));
  }
  const [first, ...records] = parseCsv(source);
  if (!first) throw new Error('CSV ファイルが空です');
  // Header names as typed in a spreadsheet: surrounding spaces and capitals do not matter.
  const header = first.map((h) => {
    const name = h.trim();
    return name.toLowerCase().startsWith('other:') ? `other:${name.slice(6)}` : name.toLowerCase();
  });
  for (const name of header) if (!known(name) || name === 'other') throw unknownColumn(name);
  // Two columns of one name: the second silently replaced the first.
  const repeated = header.find((name, i) => header.indexOf(name) !== i);
  if (repeated !== undefined) throw new Error(`列「${repeated}」が二つあります`);
  // Rows keep their place under the header (row 1 is the first), in messages, --from-row and the
  // batch list: empty rows at the end (a spreadsheet's formatted blank rows) are dropped, an
  // empty row between others is refused rather than renumbering every row after it.
  const blank = (r: string[]) => r.every((cell) => cell.trim() === '');
  let last = records.length;
  while (last > 0 && blank(records[last - 1] as string[])) last--;
  return records.slice(0, last).map((record, i) => {
    if (blank(record)) throw new Error(`${i + 1} 行目が空です（空の行を消してください）`);
    if (record.length !== header.length)
      throw new Error(`${i + 1} 行目は ${record.length} 列あります（見出しは ${header.length} 列）`);
    const row: Row = {};
    const other: Record<string, string> = Object.create(null); // a label "__proto__" is a label
    header.forEach((name, j) => {
      const value = record[j] as string;
      if (value === '') return;
      if (name.startsWith('other:')) other[name.slice(6)] = value;
      else row[name] = value;
    });
    if (Object.keys(other).length > 0) row.other = other;
    return row;
  });
}
