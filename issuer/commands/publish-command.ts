// `publish`: upload the trust list and every status list to the status service (PROFILE §7).
// The signature is the authorisation: there is no other secret.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { bytesEqual } from '../../core/bytes';
import { TYP_STATUS_LIST, TYP_TRUST_LIST } from '../../core/cose/dqc-header';
import { IssuerFolder } from '../folder/folder';
import { originOf } from '../folder/init';
import { paths } from '../folder/state';
import { UsageError } from '../issuing/request-fields';
import { flags, note, required } from './flags';

const UPLOAD_TIMEOUT_MS = 15_000;

/**
 * PUT one token (PROFILE §7): 204 is stored. 409 means the service holds a token at least as new:
 * fine when it is this very one (published before), otherwise the operator must hear of it —
 * e.g. an older folder restored from a backup, whose signers the service would never learn.
 */
async function put(url: string, body: Uint8Array, contentType: string): Promise<'stored' | 'same'> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': contentType },
      body: body as BodyInit,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new Error(`${url} に接続できません（${cause}）`);
  }
  if (response.status === 204) return 'stored';
  const text = (await response.text()).slice(0, 200);
  if (response.status === 409) {
    const stored = await fetch(url, { signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) })
      .then(async (r) => (r.ok ? new Uint8Array(await r.arrayBuffer()) : null))
      .catch(() => null);
    if (stored && bytesEqual(stored, body)) return 'same';
    throw new Error(`${url}: サービスには既にこれより新しいものがあります（409 ${text.trim()}）`);
  }
  throw new Error(`${url}: 公開できませんでした（${response.status} ${text.trim()}）`);
}

export async function publishFolder(folder: IssuerFolder, to: string): Promise<void> {
  let origin: string;
  try {
    origin = originOf(to);
  } catch {
    throw new UsageError(`--to: http(s) の URL を指定してください: ${to}`);
  }
  const p = paths(folder.dir);
  // Every file first: a trust list naming a list that then fails to upload would leave the
  // service naming a list it does not have.
  const missing = [p.trustList, ...folder.state.statusLists.map((l) => p.statusList(l.id))].filter(
    (f) => !existsSync(f),
  );
  if (missing.length > 0)
    throw new Error(
      `公開するファイルがありません: ${missing.join('、')}（status --refresh / trust-list で署名してください）`,
    );
  await put(`${origin}/trust-list`, new Uint8Array(await readFile(p.trustList)), TYP_TRUST_LIST);
  for (const list of folder.state.statusLists) {
    const bytes = new Uint8Array(await readFile(p.statusList(list.id)));
    await put(`${origin}/status/${encodeURIComponent(list.id)}`, bytes, TYP_STATUS_LIST);
  }
  note(`${origin} に公開しました（信頼リスト 1 件、失効リスト ${folder.state.statusLists.length} 件）`);
}

export async function runPublish(args: string[]): Promise<void> {
  const f = flags(args, { dir: { type: 'string' }, to: { type: 'string' } });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'), { readOnly: true });
  await publishFolder(folder, required(f.to, '--to'));
}
