// `status`: set certificates' status by cti and re-sign their lists (PROFILE §5), or re-sign all;
// `--ds-serial`: revoke a wallet DS certificate in its IACA's `revokedSerials` (PROFILE §8.2).
// Several ctis (repeated --cti, or --cti-file: one per line, or a CSV with a `cti` column such as
// the list a batch leaves) change together: all are checked first, and each list is signed once.
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../reading/csv';
import { IssuerFolder } from '../folder/folder';
import { STATUS_VALUES, type StatusName } from '../folder/state';
import { UsageError } from '../issuing/request-fields';
import { flags, note, nowFrom, required } from './flags';
import { publishFolder } from './publish-command';

export async function runStatus(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    cti: { type: 'string', multiple: true },
    'cti-file': { type: 'string' },
    set: { type: 'string' },
    refresh: { type: 'boolean' },
    publish: { type: 'string' },
    now: { type: 'string' },
    'ds-serial': { type: 'string', multiple: true },
    iaca: { type: 'string' },
  });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const now = nowFrom(f.now);
  if (f['ds-serial']) {
    const { setDsStatus } = await import('../wallet/ds-status');
    await setDsStatus(folder, f['ds-serial'], required(f.set, '--set'), f.iaca, now);
  } else if (f.refresh) {
    await folder.writeAllStatusLists(now);
    note(`失効リストを再署名しました（${folder.state.statusLists.length} 件）`);
  } else {
    const ctis = [...(f.cti ?? []), ...(f['cti-file'] ? ctisFromFile(await readCtiFile(f['cti-file'])) : [])];
    if (ctis.length === 0)
      throw new UsageError(
        f['cti-file'] ? `--cti-file: cti が書かれていません` : '--cti か --cti-file が必要です',
      );
    const status = required(f.set, '--set') as StatusName;
    if (!Object.hasOwn(STATUS_VALUES, status))
      throw new UsageError('--set: valid, revoked, suspended or deleted');
    // All or nothing: every cti is looked up before any status changes.
    const records = ctis.map((cti) => {
      const record = Object.hasOwn(folder.state.issued, cti) ? folder.state.issued[cti] : undefined;
      if (!record) throw new UsageError(`cti ${cti} の資格者証はこのフォルダから発行されていません`);
      return record;
    });
    const lists = [...new Set(records.map((r) => r.list))].map((id) => {
      const list = folder.state.statusLists.find((l) => l.id === id);
      if (!list) throw new Error(`issuer.json に失効リスト ${id} がありません`);
      return list;
    });
    for (const record of records) record.status = status;
    for (const list of lists) await folder.writeStatusList(list, now);
    await folder.save();
    const [only] = records;
    if (records.length === 1 && only)
      note(`状態を ${status} にしました（リスト ${only.list}、番号 ${only.idx}）`);
    else
      note(
        `${new Set(ctis).size} 件の状態を ${status} にしました（リスト ${lists.map((l) => l.id).join('、')}）`,
      );
  }
  if (f.publish) await publishFolder(folder, f.publish);
}

async function readCtiFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`--cti-file: ${(e as Error).message}`);
  }
}

/** One cti per line, or a CSV whose header has a `cti` column (a batch's list). */
export function ctisFromFile(text: string): string[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.some((cell) => cell.trim() !== ''));
  const column = rows[0]?.indexOf('cti') ?? -1;
  const ctis = column >= 0 ? rows.slice(1).map((r) => r[column] ?? '') : rows.map((r) => r[0] ?? '');
  return ctis.map((c) => c.trim()).filter((c) => c !== '');
}
