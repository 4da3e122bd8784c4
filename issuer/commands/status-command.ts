// `status`: set a certificate's status by cti and re-sign its list (PROFILE §5), or re-sign all.
import { IssuerFolder } from '../folder';
import { UsageError } from '../request-fields';
import { STATUS_VALUES, type StatusName } from '../state';
import { flags, note, nowFrom, required } from './flags';
import { publishFolder } from './publish-command';

export async function runStatus(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    cti: { type: 'string' },
    set: { type: 'string' },
    refresh: { type: 'boolean' },
    publish: { type: 'string' },
    now: { type: 'string' },
  });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const now = nowFrom(f.now);
  if (f.refresh) {
    await folder.writeAllStatusLists(now);
    note(`失効リストを再署名しました（${folder.state.statusLists.length} 件）`);
  } else {
    const cti = required(f.cti, '--cti');
    const status = required(f.set, '--set') as StatusName;
    if (!(status in STATUS_VALUES)) throw new UsageError('--set: valid, revoked, suspended or deleted');
    const record = folder.state.issued[cti];
    if (!record) throw new UsageError(`no certificate with cti ${cti} was issued from this folder`);
    record.status = status;
    const list = folder.state.statusLists.find((l) => l.id === record.list);
    if (!list) throw new Error(`status list ${record.list} is missing from issuer.json`);
    await folder.writeStatusList(list, now);
    await folder.save();
    note(`状態を ${status} にしました（リスト ${list.id}、番号 ${record.idx}）`);
  }
  if (f.publish) await publishFolder(folder, f.publish);
}
