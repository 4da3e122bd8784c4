// The list a batch leaves behind: one line per signed credential, in input order, so that the
// operator can tell whose files are whose (without `out`, files are named by cti) and can later
// revoke or suspend one by its cti. Written after every batch, also one that stopped part way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issued } from '../issuing/issue';

export interface BatchResult {
  /** The input row, 1 = the first data row (as in the batch's error messages). */
  row: number;
  issued: Issued;
  /** The credential's files without extension, relative to the credentials folder; absent when
   * they could not be written. */
  file?: string;
}

const HEADER = ['row', 'file', 'cti', 'status_uri', 'status_idx', 'url'];

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function batchResultsCsv(results: readonly BatchResult[]): string {
  const lines = [HEADER.join(',')];
  for (const { row, issued, file } of results) {
    const { uri, idx } = issued.input.status;
    lines.push([row, file ?? '', issued.cti, uri, idx, issued.url].map(field).join(','));
  }
  // A BOM, as Excel writes and expects for UTF-8 (file names may be Japanese); the batch reader
  // skips it too.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Writes `batch-<UTC time>.csv` into `dir` without replacing an earlier list (a second batch in
 * the same second gets `-2`, …). Returns its path.
 */
export function writeBatchResults(dir: string, results: readonly BatchResult[], at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const text = batchResultsCsv(results);
  for (let n = 1; ; n++) {
    const path = join(dir, `batch-${stamp}${n === 1 ? '' : `-${n}`}.csv`);
    try {
      writeFileSync(path, text, { flag: 'wx' });
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
