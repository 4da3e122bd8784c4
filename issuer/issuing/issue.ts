// Issuing credentials: random cti, random never-reused status index, signed by a listed signer,
// then a self-check through the same verification core the verifiers use.
import { randomBytes } from 'node:crypto';
import { encodeBase64Url } from '../../core/bytes';
import { sha256 } from '../../core/crypto/keys';
import { QUALIFICATION_JA } from '../../core/qualifications';
import type { Check, TrustList, VerifyResult } from '../../core/types';
import { verify } from '../../core/verify';
import type { IssuerFolder } from '../folder/folder';
import { type CredentialInput, credentialUrl, signCredential } from './credential';
import type { IssueRequest } from './issue-request';
import type { SignOptions } from './sign';

export type { IssueRequest } from './issue-request';

export interface Issued {
  cti: string;
  url: string;
  credential: Uint8Array;
  input: CredentialInput;
}

export interface IssueOptions extends SignOptions {
  /** QR origin; default the folder's base. */
  origin?: string;
  /** Skip the self-check (demo samples that are broken on purpose). */
  skipSelfCheck?: boolean;
}

export async function issueCredential(
  folder: IssuerFolder,
  request: IssueRequest,
  now: number,
  options: IssueOptions = {},
): Promise<Issued> {
  const list = folder.currentList();
  const cti = new Uint8Array(randomBytes(16));
  const input = await credentialInput(folder, request, now, cti, {
    idx: folder.allocateIndex(list),
    uri: list.uri,
  });
  const signerConfig = signerOf(folder, request);
  const key = await folder.key(signerConfig.key);
  const credential = await signCredential(input, key, options);
  const url = credentialUrl(options.origin ?? folder.state.base, credential);
  const ctiText = encodeBase64Url(cti);
  folder.register(ctiText, { list: list.id, idx: input.status.idx, status: 'valid' });
  if (!options.skipSelfCheck) await selfCheck(folder, url, now);
  return { cti: ctiText, url, credential, input };
}

function signerOf(folder: IssuerFolder, request: IssueRequest) {
  const signerNo = request.signer ?? 1;
  const signerConfig = folder.state.signers[signerNo - 1];
  if (!signerConfig) throw new Error(`no signer ${signerNo} in this folder`);
  return signerConfig;
}

/**
 * The claims `request` is signed with: by issueCredential, and before a batch signs anything, to
 * measure the credential (issuable.ts) with the longest cti, index and list URI it could get.
 */
export async function credentialInput(
  folder: IssuerFolder,
  request: IssueRequest,
  now: number,
  cti: Uint8Array,
  status: { idx: number; uri: string },
): Promise<CredentialInput> {
  const signerConfig = signerOf(folder, request);
  const qualificationName = request.qualificationName ?? QUALIFICATION_JA[request.code - 1];
  if (!qualificationName)
    throw new Error(`qualification code ${request.code} needs a name (codes 1–84 have one)`);
  return {
    iss: signerConfig.iss,
    iat: request.iat ?? now,
    ...(request.exp !== undefined && { exp: request.exp }),
    cti,
    status,
    code: request.code,
    qualificationName,
    holderName: request.holderName,
    birthDate: request.birthDate,
    registrationNumber: request.registrationNumber,
    registrationDate: request.registrationDate,
    issuingBody: request.issuingBody ?? signerConfig.name,
    ...(request.grantDate && { grantDate: request.grantDate }),
    ...(request.otherItems && { otherItems: request.otherItems }),
    ...(request.photoJpeg && { photoDigest: await sha256(request.photoJpeg) }),
    ...(request.holderNameKana && { holderNameKana: request.holderNameKana }),
  };
}

/**
 * The verification core on a credential of this folder, against its own signed trust list:
 * the result and the checks of steps 1–9 (PROFILE §6) that did not pass. Status (step 10) and
 * the clock (step 11) are the verifier's to judge, not the issuer's.
 */
export async function verifyAsIssued(
  url: string,
  now: number,
  trustList: TrustList,
): Promise<{ result: VerifyResult; failed: Check[] }> {
  const result = await verify(url, { now, trustList });
  return { result, failed: result.checks.filter((c) => c.step <= 9 && c.result !== 'pass') };
}

/**
 * Runs the verification core on a fresh credential against the folder's own signed trust list,
 * as a verifier reads it, and refuses to hand out a credential that fails any of steps 1–9
 * (PROFILE §6) or whose status list the trust list does not name (step 10 could never pass).
 */
export async function selfCheck(folder: IssuerFolder, url: string, now: number): Promise<void> {
  const trustList = await folder.ownTrustList();
  const { result, failed } = await verifyAsIssued(url, now, trustList);
  if (failed.length > 0) {
    const what = failed.map((c) => `${c.name}=${c.code ?? c.result}`).join(', ');
    throw new Error(`発行前の自己検証で不合格でした（${what}）`);
  }
  const uri = result.credential?.status.uri ?? '';
  if (!trustList.statusLists.includes(uri))
    throw new Error(`失効リスト ${uri} が信頼リストにありません: trust-list で署名し直してください`);
}
