// `--csv FILE`: one row per verified input for an HR system or a spreadsheet. UTF-8 with a BOM so
// Excel opens the Japanese columns as UTF-8; CRLF line ends (RFC 4180). No birth date and no name
// unless `--csv-full`. A cell that Excel would take for a formula (=, +, -, @, tab, CR first) is
// prefixed with ' (OWASP's CSV-injection advice): a source path or signed text must never run.
import type { ReasonCode, Verdict } from '../core/reasons';
import type { CredentialView } from '../core/types';

export const CSV_COLUMNS = ['source', 'verdict', 'reason', '資格名称', '登録番号', '交付機関', 'checkedAt'];
/** `--csv-full` adds the holder's name and birth date. */
export const CSV_FULL_COLUMNS = [...CSV_COLUMNS, '氏名', '生年月日'];

export interface CsvInput {
  source: string;
  /** What was shown (the document's verdict for a PDF, §6.1); absent when nothing was verified. */
  shown?: { verdict: Verdict; reasons: ReasonCode[] };
  credential?: CredentialView;
  /** RFC 3339 UTC. */
  checkedAt: string;
  /** Why an input gave no code. */
  problem?: string;
}

export function csvRow(input: CsvInput, full: boolean): string[] {
  const d = input.credential?.dqc;
  const row = [
    input.source,
    input.shown?.verdict ?? 'error',
    input.shown ? input.shown.reasons.join(' ') : (input.problem ?? ''),
    d?.['2'] ?? '',
    d?.['5'] ?? '',
    d?.['7'] ?? '',
    input.checkedAt,
  ];
  return full ? [...row, d?.['3'] ?? '', d?.['4'] ?? ''] : row;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting, after the formula guard. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvText(rows: readonly CsvInput[], full: boolean): string {
  const lines = [full ? CSV_FULL_COLUMNS : CSV_COLUMNS, ...rows.map((r) => csvRow(r, full))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
