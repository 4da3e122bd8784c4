// What must hold before a credential is signed, judged against the folder's own signed trust list
// (as verifiers will read it): a batch is checked row by row before anything is signed, so it
// never stops part way on something that could have been known at the start.
import { bytesEqual } from '../../core/bytes';
import { QUALIFICATION_JA } from '../../core/qualifications';
import type { Signer } from '../../core/types';
import { MAX_CREDENTIAL_BYTES, MAX_URL_BYTES } from '../../core/url';
import type { IssuerFolder } from '../folder/folder';
import { credentialSize } from './credential';
import { credentialInput, type IssueRequest } from './issue';
import { UsageError } from './request-fields';

/** The trust list's entry for the request's signer; throws when it has none. */
export async function listedSigner(folder: IssuerFolder, request: IssueRequest): Promise<Signer> {
  const n = request.signer ?? 1;
  const config = Number.isSafeInteger(n) ? folder.state.signers[n - 1] : undefined;
  if (!config) throw new UsageError(`--signer: このフォルダに署名者 ${n} はありません`);
  const key = await folder.key(config.key);
  const trust = await folder.ownTrustList();
  const listed = trust.signers.find((s) => bytesEqual(s.kid, key.kid) && bytesEqual(s.key.x, key.x));
  if (!listed)
    throw new Error(
      `署名者 ${n}（${config.key}）は信頼リストに載っていません: 検証すると「発行元を確認できません」になります（trust-list で署名し直してください）`,
    );
  return listed;
}

/** Throws when a verifier would refuse this request's credential at steps 8–9 (PROFILE §6). */
export async function checkIssuable(folder: IssuerFolder, request: IssueRequest, now: number): Promise<void> {
  const signer = await listedSigner(folder, request);
  const n = request.signer ?? 1;
  const { code } = request;
  if (code >= 1000 && !request.qualificationName)
    throw new UsageError(`--qual-name: コード ${code}（発行者独自）には資格名称が必要です`);
  const name = QUALIFICATION_JA[code - 1];
  if (code <= 84 && request.qualificationName !== undefined && request.qualificationName !== name)
    throw new UsageError(`--qual-name: コード ${code} の資格名称は「${name}」です`);
  if (signer.quals && !signer.quals.includes(code))
    throw new UsageError(`署名者 ${n}（${signer.name}）はコード ${code} の資格を発行できません`);
  const iat = request.iat ?? now;
  if (iat < signer.nbf || iat > signer.exp) throw new Error(`署名者 ${n} の署名鍵は有効期間外です`);
  if (signer.revoked !== undefined && signer.revoked <= now)
    throw new Error(`署名者 ${n} の署名鍵は失効しています`);
  if (request.exp !== undefined && request.exp <= now) throw new UsageError('--exp: 過去の日時です');
  checkSize(folder, await largestInput(folder, request, now), signer.kid);
}

/** The request's claims with the longest cti, status index and list URI it could be given. */
function largestInput(folder: IssuerFolder, request: IssueRequest, now: number) {
  const lists = folder.state.statusLists;
  return credentialInput(folder, request, now, new Uint8Array(16), {
    idx: Math.max(0, ...lists.map((l) => l.size - 1)),
    uri: lists.map((l) => l.uri).reduce((a, b) => (b.length > a.length ? b : a), ''),
  });
}

/**
 * PROFILE §2: a credential of at most 1,700 bytes in a URL of at most 2,331 (QR version 40-M).
 * Found after signing, an oversized row stopped a batch part way with a message naming neither
 * the row nor the cause (the self-check's MALFORMED_URL).
 */
function checkSize(folder: IssuerFolder, input: Parameters<typeof credentialSize>[0], kid: Uint8Array): void {
  const size = credentialSize(input, kid);
  const urlBytes = new TextEncoder().encode(`${folder.state.base}/w/?c=`).length + Math.ceil((size * 4) / 3);
  if (size > MAX_CREDENTIAL_BYTES || urlBytes > MAX_URL_BYTES)
    throw new UsageError(
      `記載事項が多すぎます（署名後 ${size} バイト、URL ${urlBytes} バイト。上限は ${MAX_CREDENTIAL_BYTES} バイトと ${MAX_URL_BYTES} バイト）: その他の項目などを短くしてください`,
    );
}

/**
 * Room for `count` more credentials in the lists new ones go to (folder.currentList), each of
 * which the trust list must name: a credential on an unlisted list can never be checked.
 */
export async function checkCapacity(folder: IssuerFolder, count: number): Promise<void> {
  const trust = await folder.ownTrustList();
  let room = 0;
  for (const list of folder.state.statusLists) {
    const free = folder.roomIn(list);
    if (free === 0) continue;
    if (!trust.statusLists.includes(list.uri))
      throw new Error(`失効リスト ${list.id} が信頼リストにありません: trust-list で署名し直してください`);
    room += free;
    if (room >= count) return;
  }
  throw new Error(
    `失効リストの空きが足りません（残り ${room} 件、必要 ${count} 件）: keys --add-status-list で追加してください`,
  );
}
