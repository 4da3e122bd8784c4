// Loading verification data from an issuer output folder: anchor.json, trust-list.cbor and
// status/*.cbor (matched by `sub`). A missing or unreadable anchor or trust list leaves the
// trust list null: every result is then TRUST_LIST_UNAVAILABLE (PROFILE §6).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStatusList } from '../core/status-list';
import { type AnchorKey, importAnchorJwk, readTrustList } from '../core/trust-list';
import type { StatusList, TrustList } from '../core/types';

export interface TrustData {
  trustList: TrustList | null;
  statusLists: StatusList[];
  /** Largest iat of the verified trust and status lists seen (PROFILE §6 step 11). */
  seenIat: number;
  problems: string[];
}

/** Why a file could not be used, in Japanese; the technical detail in brackets. */
function unreadable(name: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${name} がありません`;
  return `${name} を読めません（${code ?? (e as Error).message}）`;
}

async function readAnchor(path: string): Promise<AnchorKey> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(unreadable('anchor.json', e));
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new Error('anchor.json が JSON ではありません');
  }
  try {
    return await importAnchorJwk((jwk ?? {}) as Parameters<typeof importAnchorJwk>[0]);
  } catch (e) {
    throw new Error(`anchor.json が正しくありません（${(e as Error).message}）`);
  }
}

export async function loadTrustData(dir: string | undefined): Promise<TrustData> {
  const data: TrustData = { trustList: null, statusLists: [], seenIat: 0, problems: [] };
  if (!dir) return data;
  const noTrustList = '：信頼リストなしで検証します（すべて「確認できません」）';
  let anchor: AnchorKey;
  try {
    anchor = await readAnchor(join(dir, 'anchor.json'));
  } catch (e) {
    data.problems.push(`${(e as Error).message}${noTrustList}`);
    return data;
  }
  try {
    const reading = await readTrustList(new Uint8Array(await readFile(join(dir, 'trust-list.cbor'))), anchor);
    if (reading.ok) data.trustList = reading.value;
    else
      data.problems.push(
        `trust-list.cbor を確認できません（${reading.code}: ${reading.error}）${noTrustList}`,
      );
  } catch (e) {
    data.problems.push(`${unreadable('trust-list.cbor', e)}${noTrustList}`);
  }
  const trustList = data.trustList;
  if (!trustList) return data;
  data.seenIat = trustList.iat;
  const statusDir = join(dir, 'status');
  const files = await readdir(statusDir).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.endsWith('.cbor'))) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(statusDir, file)));
    } catch (e) {
      data.problems.push(unreadable(`status/${file}`, e));
      continue;
    }
    const reading = await readStatusList(bytes, trustList);
    if (reading.ok) {
      data.statusLists.push(reading.value);
      data.seenIat = Math.max(data.seenIat, reading.value.iat);
    } else {
      if (reading.verifiedIat !== undefined) data.seenIat = Math.max(data.seenIat, reading.verifiedIat);
      data.problems.push(`status/${file} を使えません（${reading.code}: ${reading.error}）`);
    }
  }
  return data;
}
