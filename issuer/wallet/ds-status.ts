// `status --ds-serial HEX --set revoked|valid`: a wallet DS certificate revoked (or valid again)
// through its IACA's `revokedSerials` in the anchor-signed trust list, which replaces CRL and OCSP
// (PROFILE §8.2, check 4: SIGNER_REVOKED). The trust list is signed again at once.
import type { IssuerFolder } from '../folder/folder';
import { UsageError } from '../issuing/request-fields';
import { setDsRevoked } from './iacas';

export async function setDsStatus(
  folder: IssuerFolder,
  serials: string[],
  set: string,
  iaca: string | undefined,
  now: number,
): Promise<void> {
  if (set !== 'revoked' && set !== 'valid')
    throw new UsageError('--ds-serial と使う --set は revoked か valid');
  const n = iaca === undefined ? undefined : Number(iaca);
  if (n !== undefined && (!Number.isSafeInteger(n) || n < 1))
    throw new UsageError('--iaca: IACA の番号（1, 2, …）');
  const changed = serials.map((serial) => setDsRevoked(folder, serial, set === 'revoked', n));
  await folder.writeTrustList(now);
  const names = [...new Set(changed.map((c) => c.name))].join('、');
  process.stderr.write(
    `DS 証明書 ${serials.length} 件を ${set} にしました（IACA ${names}）。信頼リストを署名し直しました（seq ${folder.state.trustList.seq}）。公開するには publish を実行\n`,
  );
}
