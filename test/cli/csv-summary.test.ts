// The CSV of --csv: BOM, CRLF, RFC 4180 quoting that reading/csv.ts parses back to the same
// cells, no name or birth date unless full, and a cell Excel would run as a formula defused.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_FULL_COLUMNS, csvText } from '../../cli/csv-summary';
import type { CredentialView } from '../../core/types';
import { parseCsv } from '../../reading/csv';

const credential = {
  dqc: {
    '1': 1,
    '2': '介護福祉士',
    '3': '山田 花子',
    '4': '1990-04-01',
    '5': '100001',
    '6': '2016-04-01',
    '7': '厚生, "労働"省',
  },
} as unknown as CredentialView;
const rows = [
  {
    source: 'a.pdf p.1',
    shown: { verdict: 'valid' as const, reasons: [] },
    credential,
    checkedAt: '2026-12-07T01:15:30Z',
  },
  {
    source: '=HYPERLINK("x")',
    problem: '二次元コードが見つかりませんでした',
    checkedAt: '2026-12-07T01:15:31Z',
  },
];
const parsed = (text: string) => parseCsv(text.slice(1)).filter((r) => r.length > 1);

describe('csvText', () => {
  it('has a BOM, CRLF line ends, and reads back cell for cell', () => {
    const text = csvText(rows, false);
    expect(text.startsWith('\uFEFFsource,verdict,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parsed(text)).toEqual([
      CSV_COLUMNS,
      ['a.pdf p.1', 'valid', '', '介護福祉士', '100001', '厚生, "労働"省', '2026-12-07T01:15:30Z'],
      [`'=HYPERLINK("x")`, 'error', '二次元コードが見つかりませんでした', '', '', '', '2026-12-07T01:15:31Z'],
    ]);
    expect(text).not.toContain('1990-04-01');
    expect(text).not.toContain('山田');
  });

  it('--csv-full adds the name and the birth date', () => {
    const [header, first] = parsed(csvText(rows, true));
    expect(header).toEqual(CSV_FULL_COLUMNS);
    expect(first?.slice(-2)).toEqual(['山田 花子', '1990-04-01']);
  });
});
