// The demo world's wallet set (PROFILE §8): two test IACAs (qualification certificates, My Number
// Cards), wallet files for holders and broken documents, and wallet/manifest.json stating what
// each should give — its §8.6 verdict and reasons, and the §8.7 identity result against the DQC
// or card it is paired with. The expectations are written from the profile's rules (which step
// fails, with which code), never from running the verifier. All people are fictional.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DQC_DOCTYPE, MNC_DOCTYPE } from '../../core/mdoc/doctypes';
import type { IdentityReasonCode, WalletReasonCode } from '../../core/mdoc/reasons';
import type { Verdict } from '../../core/reasons';
import type { IssuerFolder } from '../folder/folder';
import type { IssueRequest } from '../issuing/issue-request';
import { dqcElements, type MncHolder, mncElements } from './elements';
import { dsIssued, makeDsCert, makeTestIaca, setDsRevoked } from './iacas';
import {
  issueWalletDocument,
  type WalletDocument,
  type WalletIssueOptions,
  writeWalletFile,
} from './issue-wallet';
import { makeDs, makeIaca, readCertificate } from './pki';

const HOUR = 3600;

/** How the simulated wallet answers (wallet-sim/answer.ts `ElementChoice`). */
export type DemoAnswer = 'requested' | 'all' | 'no-birth-date' | 'unsigned-extra';

export interface WalletSample {
  name: string;
  /** The wallet file, relative to the demo folder. */
  file: string;
  docType: string;
  label: string;
  /** How the simulated wallet answers; absent: only the requested elements. */
  answer?: DemoAnswer;
  verdict: Verdict;
  reasons: WalletReasonCode[];
  /** PROFILE §8.7 against `with`: a QR sample of manifest.json or another wallet sample. */
  identity: {
    with: string;
    result: 'match' | 'mismatch' | 'indeterminate';
    mismatch?: ('name' | 'birthDate')[];
    reason?: IdentityReasonCode;
  };
  /** dqc: the registry id (`status --cti`). */
  statusId?: string;
}

const valid = { verdict: 'valid' as const, reasons: [] };
const invalid = (code: WalletReasonCode) => ({ verdict: 'invalid' as const, reasons: [code] });
const match = (partner: string) => ({ with: partner, result: 'match' as const });
const mismatch = (partner: string, what: ('name' | 'birthDate')[]) => ({
  with: partner,
  result: 'mismatch' as const,
  mismatch: what,
});
const cannotTell = (partner: string, reason: IdentityReasonCode) => ({
  with: partner,
  result: 'indeterminate' as const,
  reason,
});

const dqc = (
  code: number,
  holderName: string,
  birthDate: string,
  registrationNumber: string,
): IssueRequest => ({
  code,
  holderName,
  birthDate,
  registrationNumber,
  registrationDate: '2016-04-01',
});

/** The §8.1 (i) card of a holder; the label names the demo card in the simulated wallet. */
const mnc = (holder: MncHolder, label: string): WalletDocument => ({
  docType: MNC_DOCTYPE,
  elements: mncElements(holder),
  label: `マイナンバーカード（${label}）`,
});

interface Spec {
  name: string;
  doc: WalletDocument;
  expect: Pick<WalletSample, 'verdict' | 'reasons' | 'identity'>;
  options?: WalletIssueOptions;
  /** Further samples: the same file answered another way. */
  answers?: {
    answer: DemoAnswer;
    label: string;
    expect: Pick<WalletSample, 'verdict' | 'reasons' | 'identity'>;
  }[];
}

/** Adds the wallet set to a demo folder whose QR samples include `valid-kaigo` (山田 花子, 1990-04-01). */
export async function addWalletSet(folder: IssuerFolder, now: number): Promise<WalletSample[]> {
  const dqcIaca = await makeTestIaca(
    folder,
    { name: '資格者証発行者（デモ）', docTypes: [DQC_DOCTYPE] },
    now,
  );
  await makeTestIaca(folder, { name: 'マイナンバーカード発行者（デモ）', docTypes: [MNC_DOCTYPE] }, now);
  const dqcIndex = (folder.state.iacas ?? []).indexOf(dqcIaca);
  await makeDsCert(folder, dqcIndex, now);
  await makeDsCert(folder, dqcIndex + 1, now);
  // A second DS of the dqc IACA, revoked in the trust list (PROFILE §8.2 check 4).
  const revokedDs = await makeDsCert(folder, dqcIndex, now);
  setDsRevoked(folder, revokedDs.serial, true);
  await folder.writeTrustList(now);
  const body = folder.state.signers[0]?.name ?? '';
  const dqcDoc = (request: IssueRequest, label: string): WalletDocument => ({
    docType: DQC_DOCTYPE,
    elements: dqcElements(request, body),
    label: `資格者証 ${label}`,
  });
  const yamada = { fullName: '山田\u3000花子', family: '山田', given: '花子', birthDate: '1990-04-01' };
  const specs: Spec[] = [
    {
      name: 'dqc-yamada',
      doc: dqcDoc(dqc(1, '山田 花子', '1990-04-01', '100001'), '介護福祉士（山田 花子）'),
      expect: { ...valid, identity: match('mnc-yamada') },
    },
    {
      name: 'mnc-yamada',
      doc: mnc(yamada, '山田 花子'),
      expect: { ...valid, identity: match('valid-kaigo') },
      answers: [
        // Elements not asked for are verified (step 9) and never shown (PROFILE §8.9).
        { answer: 'all', label: '全項目を送る', expect: { ...valid, identity: match('valid-kaigo') } },
        {
          answer: 'no-birth-date',
          label: '生年月日を送らない',
          expect: { ...valid, identity: cannotTell('valid-kaigo', 'MNC_ELEMENTS_MISSING') },
        },
        {
          answer: 'unsigned-extra',
          label: '署名のない項目を足す',
          expect: { ...invalid('DIGEST_MISMATCH'), identity: cannotTell('valid-kaigo', 'MNC_NOT_VALID') },
        },
      ],
    },
    {
      name: 'dqc-takahashi',
      doc: dqcDoc(dqc(29, '高橋 健一', '1985-06-15', '200101'), '看護師（高橋 健一）'),
      expect: { ...valid, identity: mismatch('mnc-takahashi', ['name']) },
    },
    {
      // 髙 (U+9AD9) is not folded to 高 (PROFILE §8.7 step 3); the map form of birth_date, exact.
      name: 'mnc-takahashi',
      doc: mnc(
        { family: '髙橋', given: '健一', birthDate: '1985-06-15', approximateMask: '00000000' },
        '髙橋 健一',
      ),
      expect: { ...valid, identity: mismatch('dqc-takahashi', ['name']) },
    },
    {
      name: 'mnc-birth-differs',
      doc: mnc({ fullName: '山田 花子', birthDate: '1990-04-02' }, '山田 花子・生年月日違い'),
      expect: { ...valid, identity: mismatch('valid-kaigo', ['birthDate']) },
    },
    {
      name: 'dqc-revoked',
      doc: dqcDoc(dqc(2, '山田 花子', '1990-04-01', '100002'), '社会福祉士（山田 花子・取消）'),
      options: { status: 'revoked' },
      expect: { ...invalid('REVOKED'), identity: cannotTell('mnc-yamada', 'DQC_NOT_VALID') },
    },
    {
      // DS valid since a day ago; signed 20 h ago, validUntil an hour ago (step 12: EXPIRED).
      name: 'mnc-expired',
      doc: { ...mnc(yamada, '山田 花子・期限切れ'), signed: now - 20 * HOUR, validUntil: now - HOUR },
      options: { skipSelfCheck: true },
      expect: { ...invalid('EXPIRED'), identity: cannotTell('valid-kaigo', 'MNC_NOT_VALID') },
    },
    {
      name: 'mnc-unlisted-ds',
      doc: mnc(yamada, '山田 花子・登録外の発行者'),
      options: { ds: await unlistedDs(folder, dqcIndex + 1, now), skipSelfCheck: true },
      expect: { ...invalid('UNKNOWN_SIGNER'), identity: cannotTell('valid-kaigo', 'MNC_NOT_VALID') },
    },
    {
      name: 'dqc-ds-revoked',
      doc: dqcDoc(dqc(1, '山田 花子', '1990-04-01', '100003'), '介護福祉士（山田 花子・失効した DS）'),
      options: { ds: await dsIssued(folder, revokedDs), skipSelfCheck: true },
      expect: { ...invalid('SIGNER_REVOKED'), identity: cannotTell('mnc-yamada', 'DQC_NOT_VALID') },
    },
  ];
  const samples: WalletSample[] = [];
  for (const spec of specs) {
    const file = await issueWalletDocument(folder, spec.doc, now, spec.options);
    await writeWalletFile(folder.dir, spec.name, file);
    const base = {
      file: `wallet/${spec.name}.wallet.json`,
      docType: spec.doc.docType,
      ...(file.statusId && { statusId: file.statusId }),
    };
    samples.push({ name: spec.name, label: spec.doc.label, ...base, ...spec.expect });
    for (const a of spec.answers ?? [])
      samples.push({
        name: `${spec.name}-${a.answer}`,
        label: `${spec.doc.label} — ${a.label}`,
        ...base,
        answer: a.answer,
        ...a.expect,
      });
  }
  await writeFile(join(folder.dir, 'wallet', 'manifest.json'), `${JSON.stringify(samples, null, 2)}\n`);
  return samples;
}

/**
 * A DS from a root the trust list does not carry, though its subject Name is the listed root's:
 * no listed key verifies it (PROFILE §8.2 check 2, UNKNOWN_SIGNER). Its keys are not kept.
 */
async function unlistedDs(folder: IssuerFolder, listedIndex: number, now: number) {
  const listed = folder.state.iacas?.[listedIndex];
  if (!listed) throw new Error('the demo lists its IACAs first');
  const name = readCertificate(new Uint8Array(await readFile(join(folder.dir, listed.cert)))).subjectName;
  const rogue = await makeIaca({ now, name });
  return makeDs(rogue, { now, notBefore: now - HOUR * 24, subject: 'C=JP, CN=Unlisted DS' });
}
