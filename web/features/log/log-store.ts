// The optional desk log (off by default): time, verdict, first reason and a hash of the cti —
// never the name or the credential. Entries older than the retention period are deleted.

import { toHex } from '../../../core/bytes';
import { sha256 } from '../../../core/crypto/keys';
import { REASONS, type ReasonCode, type Verdict } from '../../../core/reasons';
import type { VerifyResult } from '../../../core/types';
import type { Catalogue } from '../../../i18n/catalogue';
import { ja } from '../../../i18n/ja';
import { database, getMeta, type LogEntry, setMeta } from '../../storage/db';
import { japanDateAndTime } from '../verify/format-time';

export interface LogSettings {
  enabled: boolean;
  retentionDays: number;
}

export const DEFAULT_LOG_SETTINGS: LogSettings = { enabled: false, retentionDays: 30 };
const DAY_MS = 24 * 3600 * 1000;

export const logSettings = () => getMeta<LogSettings>('log', DEFAULT_LOG_SETTINGS);
/** A shorter retention applies at once, to the entries already kept. */
export async function saveLogSettings(s: LogSettings): Promise<void> {
  await setMeta('log', s);
  await pruneLog(s.retentionDays).catch(() => {});
}

export async function recordCheck(result: VerifyResult): Promise<void> {
  try {
    const settings = await logSettings();
    if (!settings.enabled) return;
    const entry: LogEntry = { at: Date.now(), verdict: result.verdict };
    if (result.reasons[0]) entry.reason = result.reasons[0];
    if (result.credential) {
      const cti = new TextEncoder().encode(result.credential.cti);
      entry.ctiHash = toHex((await sha256(cti)).subarray(0, 16));
    }
    const db = await database();
    await db.add('log', entry);
    await pruneLog(settings.retentionDays);
  } catch {
    // the log is a convenience: a failure never affects the verification
  }
}

export async function pruneLog(retentionDays: number): Promise<void> {
  const db = await database();
  const cutoff = Date.now() - retentionDays * DAY_MS;
  let cursor = await db
    .transaction('log', 'readwrite')
    .store.index('at')
    .openCursor(IDBKeyRange.upperBound(cutoff));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
}

/**
 * The entries within the retention period. Pruned here too, not only when a new check is logged:
 * with the log turned off, or the app opened days later, entries past it were still counted and
 * exported (found in review).
 */
export async function readLog(): Promise<LogEntry[]> {
  await pruneLog((await logSettings()).retentionDays).catch(() => {});
  return (await database()).getAll('log');
}

export async function clearLog(): Promise<void> {
  await (await database()).clear('log');
}

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The log for a spreadsheet: Japan date and time in their own columns, the verdict and the reason
 * as the screen words them, the reason code kept in its own column for sorting and filtering.
 * UTF-8 with a BOM, which Excel needs to read Japanese text as UTF-8.
 */
export function logCsv(entries: LogEntry[], t: Catalogue = ja): string {
  const rows = entries.map((e) => {
    const code = e.reason && Object.hasOwn(REASONS, e.reason) ? (e.reason as ReasonCode) : undefined;
    const verdict = t.csvVerdict[e.verdict as Verdict] ?? e.verdict;
    return [...japanDateAndTime(e.at), verdict, code ? t.reason[code] : '', e.reason ?? '', e.ctiHash ?? '']
      .map(csvField)
      .join(',');
  });
  return `\uFEFF${[t.csvHeader.join(','), ...rows].join('\r\n')}\r\n`;
}
