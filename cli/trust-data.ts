// Loading verification data from an issuer output folder: anchor.json, trust-list.cbor and
// status/*.cbor (matched by `sub`). A missing or unreadable anchor or trust list leaves the
// trust list null: every result is then TRUST_LIST_UNAVAILABLE (PROFILE §6).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStatusList } from '../core/status-list';
import { importAnchorJwk, readTrustList } from '../core/trust-list';
import type { StatusList, TrustList } from '../core/types';

export interface TrustData {
  trustList: TrustList | null;
  statusLists: StatusList[];
  /** Largest iat of the verified trust and status lists seen (PROFILE §6 step 11). */
  seenIat: number;
  problems: string[];
}

export async function loadTrustData(dir: string | undefined): Promise<TrustData> {
  const data: TrustData = { trustList: null, statusLists: [], seenIat: 0, problems: [] };
  if (!dir) return data;
  try {
    const anchor = await importAnchorJwk(JSON.parse(await readFile(join(dir, 'anchor.json'), 'utf8')));
    const reading = await readTrustList(new Uint8Array(await readFile(join(dir, 'trust-list.cbor'))), anchor);
    if (reading.ok) data.trustList = reading.value;
    else data.problems.push(`trust-list.cbor: ${reading.error}`);
  } catch (e) {
    data.problems.push(`anchor.json / trust-list.cbor: ${(e as Error).message}`);
  }
  const trustList = data.trustList;
  if (!trustList) return data;
  data.seenIat = trustList.iat;
  const statusDir = join(dir, 'status');
  const files = await readdir(statusDir).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.endsWith('.cbor'))) {
    const reading = await readStatusList(new Uint8Array(await readFile(join(statusDir, file))), trustList);
    if (reading.ok) {
      data.statusLists.push(reading.value);
      data.seenIat = Math.max(data.seenIat, reading.value.iat);
    } else {
      if (reading.verifiedIat !== undefined) data.seenIat = Math.max(data.seenIat, reading.verifiedIat);
      data.problems.push(`status/${file}: ${reading.error}`);
    }
  }
  return data;
}
