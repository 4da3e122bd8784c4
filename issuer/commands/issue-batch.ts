// The batch side of `issue` (and `wallet`): reading a CSV/JSON batch file (UTF-8 only), the rows
// from `--from-row` on, the list a batch leaves behind, and how to finish one that stopped —
// so a batch that stops part way never makes anyone's certificate twice.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseBatch, type Row } from '../batch/batch-input';
import { type BatchResult, writeBatchResults } from '../batch/batch-results';
import type { Issued } from '../issuing/issue';
import { UsageError } from '../issuing/request-fields';
import { note } from './flags';

/** The rows of `--batch FILE`, from row `--from-row N` on (rows keep their numbers: `offset`). */
export async function batchRows(
  file: string,
  fromRow: string | undefined,
): Promise<{ rows: Row[]; offset: number }> {
  const rows = await readBatch(file);
  if (rows.length === 0) throw new UsageError('一括発行ファイルに行がありません');
  if (fromRow === undefined) return { rows, offset: 0 };
  const offset = Number(fromRow) - 1;
  if (!/^[1-9]\d*$/.test(fromRow) || offset >= rows.length)
    throw new UsageError(`--from-row: 1–${rows.length} の行番号`);
  return { rows: rows.slice(offset), offset };
}

/** A CSV or JSON batch, which must be UTF-8 (a Shift_JIS file would sign garbled names). */
export async function readBatch(file: string): Promise<Row[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UsageError(
      `--batch: ${file} を読めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(
      `--batch: ${file} は UTF-8 ではありません。Excel では「CSV UTF-8（コンマ区切り）」で保存してください`,
    );
  }
  try {
    return parseBatch(text, file);
  } catch (e) {
    // The file's content is wrong, not the command line: no usage text.
    throw Object.assign(new Error(`--batch: ${(e as Error).message}`), { exitCode: 2 });
  }
}

/** The batch's list of what was signed (batch-results.ts); its path goes to the terminal. */
export function listBatch(
  credentialsDir: string,
  signed: Issued[],
  bases: string[],
  wrote: (base: string) => boolean,
  stopped: boolean,
  offset: number,
): void {
  const results: BatchResult[] = [];
  signed.forEach((issued, i) => {
    const base = bases[i];
    const file = base !== undefined && wrote(base) ? relative(credentialsDir, base) : undefined;
    results.push({ row: offset + i + 1, issued, ...(file !== undefined && { file }) });
  });
  if (results.length === 0) return;
  mkdirSync(credentialsDir, { recursive: true });
  const path = writeBatchResults(credentialsDir, results);
  note(`${stopped ? '署名済みの ' : ''}${results.length} 件の一覧: ${path}`);
}

/**
 * How to finish a batch that stopped: lanes take rows in order and finish the one they hold, so
 * the rows before `next` were signed, unless one of them failed itself. Running the whole file
 * again would give those people a second valid certificate.
 */
export function resumeHint(signed: Issued[], next: number, offset: number): string {
  const unsigned: number[] = [];
  for (let i = 0; i < next; i++) if (!signed[i]) unsigned.push(offset + i + 1);
  const rest = `続きは同じファイルに --from-row ${offset + next + 1} を付けて発行してください（全体をやり直すと、発行済みの人に二重に発行されます）`;
  return unsigned.length === 0 ? rest : `${unsigned.join('、')} 行目は発行されていません。${rest}`;
}
