// `trust-list`: sign the trust list again with seq + 1 (PROFILE §4).
import { IssuerFolder } from '../folder';
import { flags, note, nowFrom, required } from './flags';

export async function runTrustList(args: string[]): Promise<void> {
  const f = flags(args, { dir: { type: 'string' }, now: { type: 'string' } });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  await folder.writeTrustList(nowFrom(f.now));
  note(`信頼リストを署名しました（seq ${folder.state.trustList.seq}）`);
}
