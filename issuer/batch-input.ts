// Batch input: a CSV (RFC 4180, header row) or a JSON array, one certificate per row. Field
// names are the `issue` flags: qual, name, kana, birth, reg-no, reg-date, body, grant-date, exp,
// photo, signer, out, and `other:<label>` columns (JSON: an "other" object).

export type Row = Record<string, string | Record<string, string> | undefined>;

export function parseBatch(text: string, fileName: string): Row[] {
  const source = text.replace(/^\uFEFF/, ''); // Excel writes a BOM
  if (fileName.toLowerCase().endsWith('.json')) {
    const data = JSON.parse(source) as unknown;
    if (!Array.isArray(data)) throw new Error('a JSON batch must be an array of objects');
    return data.map((row, i) => {
      if (typeof row !== 'object' || row === null) throw new Error(`row ${i + 1} is not an object`);
      return Object.fromEntries(
        Object.entries(row as Record<string, unknown>).map(([k, v]) => [
          k,
          typeof v === 'object' && v !== null
            ? (v as Record<string, string>)
            : v === undefined
              ? undefined
              : String(v),
        ]),
      );
    });
  }
  const [header, ...records] = parseCsv(source);
  if (!header) throw new Error('the CSV file is empty');
  return records
    .filter((r) => r.some((cell) => cell !== ''))
    .map((record, i) => {
      if (record.length !== header.length)
        throw new Error(`CSV row ${i + 2} has ${record.length} cells, expected ${header.length}`);
      const row: Row = {};
      const other: Record<string, string> = {};
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

/** RFC 4180: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field in CSV');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
