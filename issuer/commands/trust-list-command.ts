// `trust-list`: sign the trust list again with seq + 1 (PROFILE §4), optionally listing an IACA
// root for wallet documents first (`--add-iaca`, PROFILE §8.2).
import { IssuerFolder } from '../folder/folder';
import { flags, note, nowFrom, required } from './flags';
import { iacaTerms } from './keys-command';

export async function runTrustList(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    now: { type: 'string' },
    'add-iaca': { type: 'string' },
    name: { type: 'string' },
    'doc-types': { type: 'string' },
    quals: { type: 'string' },
  });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  if (f['add-iaca']) {
    const { addIacaFromFile } = await import('../wallet/iacas');
    const iaca = await addIacaFromFile(folder, f['add-iaca'], iacaTerms(f));
    note(`IACA「${iaca.name}」を信頼リストに載せます（${iaca.docTypes.join(', ')}）`);
  }
  await folder.writeTrustList(nowFrom(f.now));
  note(`信頼リストを署名しました（seq ${folder.state.trustList.seq}）`);
}
