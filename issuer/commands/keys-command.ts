// `keys`: create an issuer folder, or add a signer / status list / IACA root (PROFILE §8.2) to one.
import { QUALIFICATION_JA } from '../../core/qualifications';
import { IssuerFolder } from '../folder/folder';
import { addSigner, addStatusList, createIssuerFolder } from '../folder/init';
import { UsageError } from '../issuing/request-fields';
import type { IacaTerms } from '../wallet/iacas';
import { flags, note, nowFrom, required } from './flags';

export function quals(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const codes = value.split(',').filter(Boolean).map(Number);
  if (codes.some((c) => !Number.isSafeInteger(c) || c < 1))
    throw new UsageError('--quals: comma-separated codes');
  return codes;
}

/** `--add-iaca FILE --name NAME --doc-types a,b [--quals 1,2]` (PROFILE §8.2 `Iaca`). */
export function iacaTerms(f: { name?: string; 'doc-types'?: string; quals?: string }): IacaTerms {
  const docTypes = required(f['doc-types'], '--doc-types')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  return { name: required(f.name, '--name'), docTypes, quals: quals(f.quals) };
}

export async function runKeys(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    base: { type: 'string' },
    iss: { type: 'string' },
    name: { type: 'string' },
    quals: { type: 'string' },
    'add-signer': { type: 'boolean' },
    unlisted: { type: 'boolean' },
    'add-status-list': { type: 'string' },
    'add-iaca': { type: 'string' },
    'doc-types': { type: 'string' },
    now: { type: 'string' },
  });
  const dir = required(f.dir, '--dir');
  const now = nowFrom(f.now);
  if (f['add-signer'] || f['add-status-list'] || f['add-iaca']) {
    const folder = await IssuerFolder.open(dir);
    let listChanged = false;
    if (f['add-iaca']) {
      const { addIacaFromFile } = await import('../wallet/iacas');
      const iaca = await addIacaFromFile(folder, f['add-iaca'], iacaTerms(f));
      listChanged = true;
      note(`IACA「${iaca.name}」を信頼リストに載せます（${iaca.docTypes.join(', ')}）`);
    }
    if (f['add-signer']) {
      const signer = await addSigner(
        folder,
        {
          iss: required(f.iss, '--iss'),
          name: required(f.name, '--name'),
          quals: quals(f.quals),
          listed: !f.unlisted,
        },
        now,
      );
      listChanged ||= signer.listed;
      note(`署名鍵を追加しました: ${signer.key}${signer.listed ? '' : '（信頼リストには載せません）'}`);
    }
    if (f['add-status-list']) {
      try {
        addStatusList(folder, f['add-status-list']);
      } catch (e) {
        throw new UsageError(`--add-status-list: ${(e as Error).message}`);
      }
      listChanged = true;
    }
    // A new signer or status list means nothing to verifiers until the trust list names it.
    if (listChanged) {
      await folder.writeTrustList(now);
      note(`信頼リストを署名し直しました（seq ${folder.state.trustList.seq}）。公開するには publish を実行`);
    }
    const added = folder.state.statusLists.at(-1);
    if (f['add-status-list'] && added) {
      await folder.writeStatusList(added, now);
      note(`失効リスト ${added.id} を追加しました`);
    }
    await folder.save();
    return;
  }
  await createIssuerFolder(dir, required(f.base, '--base'), now, {
    iss: f.iss ?? 'jp.example.issuer',
    name: f.name ?? 'テスト交付機関',
    quals: quals(f.quals),
  });
  note(
    `${dir} を作成しました: keys/anchor.pem, keys/signer-1.pem, keys/status-1.pem, anchor.json, trust-list.cbor, status/1.cbor`,
  );
  if (f.quals)
    note(`発行できる資格: ${(quals(f.quals) ?? []).map((c) => QUALIFICATION_JA[c - 1] ?? c).join('、')}`);
}
