// `publish`: upload the trust list and every status list to the status service (PROFILE §7).
// The signature is the authorisation: there is no other secret.
import { readFile } from 'node:fs/promises';
import { IssuerFolder } from '../folder';
import { paths } from '../state';
import { flags, note, required } from './flags';

const UPLOAD_TIMEOUT_MS = 15_000;

async function put(url: string, body: Uint8Array, contentType: string): Promise<void> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body: body as BodyInit,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  // 409: the service already holds this or a newer token, which is what publishing wants.
  if (!response.ok && response.status !== 409) {
    throw new Error(`PUT ${url} → ${response.status} ${(await response.text()).slice(0, 200)}`);
  }
}

export async function publishFolder(folder: IssuerFolder, to: string): Promise<void> {
  const origin = new URL(to).origin;
  const p = paths(folder.dir);
  await put(
    `${origin}/trust-list`,
    new Uint8Array(await readFile(p.trustList)),
    'application/dqc-trustlist+cwt',
  );
  for (const list of folder.state.statusLists) {
    const bytes = new Uint8Array(await readFile(p.statusList(list.id)));
    await put(`${origin}/status/${encodeURIComponent(list.id)}`, bytes, 'application/statuslist+cwt');
  }
  note(`${origin} に公開しました（信頼リスト 1 件、失効リスト ${folder.state.statusLists.length} 件）`);
}

export async function runPublish(args: string[]): Promise<void> {
  const f = flags(args, { dir: { type: 'string' }, to: { type: 'string' } });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'), { readOnly: true });
  await publishFolder(folder, required(f.to, '--to'));
}
