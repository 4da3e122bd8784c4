// Reading the issuance journal (folder.ts): one JSON line [cti, list, idx] per credential issued
// since the last save, in `issuer.journal` and in files set aside during a save.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IssuedRecord, JOURNAL_FILE } from './state';

export function readJournal(dir: string): { files: string[]; records: [string, IssuedRecord][] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n === JOURNAL_FILE || n.startsWith(`${JOURNAL_FILE}.`));
  } catch {
    return { files: [], records: [] };
  }
  const files = names.map((n) => join(dir, n));
  const records: [string, IssuedRecord][] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // an empty line, or the last one cut short by the kill: nothing was handed out
      }
      const [cti, list, idx] = Array.isArray(entry) ? entry : [];
      if (typeof cti === 'string' && typeof list === 'string' && Number.isSafeInteger(idx))
        records.push([cti, { list, idx: idx as number, status: 'valid' }]);
    }
  }
  return { files, records };
}
