// The demo world: a complete issuer folder with one sample per outcome, and manifest.json
// stating each sample's expected result (PROFILE §6); the wallet set of PROFILE §8 beside it,
// with wallet/manifest.json (issuer/wallet/demo-wallet.ts). All people are fictional.
import { readdir, writeFile } from 'node:fs/promises';
import { QUALIFICATION_MINISTRY } from '../core/qualifications';
import type { ReasonCode, Verdict } from '../core/reasons';
import { writeCredentialFiles } from './batch/outputs';
import { addSigner, createIssuerFolder } from './folder/init';
import { paths, type StatusName } from './folder/state';
import { type IssueOptions, type IssueRequest, issueCredential } from './issuing/issue';

const DAY = 24 * 3600;
const codesOf = (ministry: string) =>
  QUALIFICATION_MINISTRY.flatMap((m, i) => (m === ministry ? [i + 1] : []));

export interface DemoSample {
  name: string;
  url: string;
  verdict: Verdict;
  reasons: ReasonCode[];
  /** The certificate PDF, relative to the demo folder (when PDFs were made). */
  pdf?: string;
  /** Items whose visible text in the PDF differs from the signed data (doctored PDFs). */
  pdfMismatch?: string[];
  /** The PDF's document verdict (PROFILE §6.1): the credential's, or invalid where its text was doctored. */
  document?: { verdict: Verdict; reasons: ReasonCode[] };
}

interface SampleSpec {
  name: string;
  request: IssueRequest;
  verdict: Verdict;
  reasons: ReasonCode[];
  status?: StatusName;
  options?: IssueOptions;
}

const person = (holderName: string, birthDate: string, registrationNumber: string) => ({
  holderName,
  birthDate,
  registrationNumber,
  registrationDate: '2016-04-01',
});

/** Changes the last digit of the registration number inside the signed payload. */
function tamperRegistrationNumber(number: string) {
  return (payload: Uint8Array): Uint8Array => {
    const needle = new TextEncoder().encode(number);
    const out = payload.slice();
    for (let i = out.length - needle.length; i >= 0; i--) {
      if (needle.every((b, j) => out[i + j] === b)) {
        const last = i + needle.length - 1;
        out[last] = (out[last] as number) === 0x39 ? 0x30 : (out[last] as number) + 1;
        return out;
      }
    }
    throw new Error('registration number not found in payload');
  };
}

function samples(now: number, photoJpeg?: Uint8Array): SampleSpec[] {
  const valid = { verdict: 'valid' as const, reasons: [] };
  const invalid = (code: ReasonCode) => ({ verdict: 'invalid' as const, reasons: [code] });
  const broken = { skipSelfCheck: true };
  return [
    { name: 'valid-kaigo', request: { code: 1, ...person('山田 花子', '1990-04-01', '100001') }, ...valid },
    {
      name: 'valid-kango-full',
      request: {
        code: 29,
        ...person('佐藤 太郎', '1985-11-23', '200002'),
        holderNameKana: 'サトウ タロウ',
        grantDate: '2016-05-20',
        issuingBody: '厚生労働大臣',
        otherItems: { 籍登録地: '東京都', 備考: '保健師助産師看護師法による登録' },
        ...(photoJpeg && { photoJpeg }),
      },
      ...valid,
    },
    {
      name: 'revoked',
      request: { code: 2, ...person('鈴木 一郎', '1979-02-14', '300003') },
      status: 'revoked',
      ...invalid('REVOKED'),
    },
    {
      name: 'suspended',
      request: { code: 35, ...person('高橋 美咲', '1992-07-07', '400004') },
      status: 'suspended',
      ...invalid('SUSPENDED'),
    },
    {
      name: 'deleted',
      request: { code: 65, ...person('田中 健', '1970-12-31', '500005') },
      status: 'deleted',
      ...invalid('DELETED'),
    },
    {
      name: 'expired',
      request: {
        code: 39,
        ...person('伊藤 さくら', '1988-03-03', '600006'),
        iat: now - 400 * DAY,
        exp: now - DAY,
      },
      options: broken,
      ...invalid('EXPIRED'),
    },
    {
      name: 'tampered',
      request: { code: 1, ...person('渡辺 翔太', '1995-08-15', '700007') },
      options: { ...broken, tamper: tamperRegistrationNumber('700007') },
      ...invalid('BAD_SIGNATURE'),
    },
    {
      name: 'wrong-host',
      request: { code: 1, ...person('中村 優子', '1983-05-05', '800008') },
      options: { ...broken, origin: 'https://dqcv.example.com' },
      ...invalid('UNTRUSTED_HOST'),
    },
    {
      name: 'unknown-signer',
      request: { signer: 4, code: 1, ...person('小林 大輔', '1991-01-20', '900009') },
      options: broken,
      ...invalid('UNKNOWN_SIGNER'),
    },
    {
      name: 'signer-revoked',
      request: { signer: 3, code: 1, ...person('加藤 結衣', '1993-09-09', '110010'), iat: now - 30 * DAY },
      options: broken,
      ...invalid('SIGNER_REVOKED'),
    },
    {
      name: 'not-entitled',
      request: {
        signer: 2,
        code: 1,
        ...person('吉田 拓海', '1987-06-18', '120011'),
        issuingBody: '財務大臣',
      },
      options: broken,
      ...invalid('QUALIFICATION_NOT_ALLOWED'),
    },
    {
      name: 'future',
      request: { code: 55, ...person('山本 真理子', '1975-10-10', '130012'), iat: now + 365 * DAY },
      options: broken,
      ...invalid('NOT_YET_VALID'),
    },
  ];
}

export interface DemoOptions {
  now: number;
  /** Also render certificate PDFs and the doctored variants (slower; needs the PDF modules). */
  pdfs?: boolean;
}

/** The demo writes some sixty files and folders: never among someone else's. */
async function refuseNonEmpty(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw new Error(`${dir} を開けません（${e.code ?? e.message}）`);
  });
  if (entries.length === 0) return;
  const shown = entries.slice(0, 3).join('、') + (entries.length > 3 ? ` ほか ${entries.length - 3} 件` : '');
  throw Object.assign(
    new Error(
      `${dir} は空のフォルダではありません（${shown}）。デモ環境は新しいフォルダか空のフォルダに作ります`,
    ),
    { exitCode: 2 },
  );
}

export async function makeDemoWorld(dir: string, base: string, options: DemoOptions): Promise<DemoSample[]> {
  const { now } = options;
  await refuseNonEmpty(dir);
  const mhlw = codesOf('厚生労働省');
  const folder = await createIssuerFolder(dir, base, now, {
    iss: 'jp.go.mhlw.demo',
    name: '厚生労働省（デモ）',
    quals: mhlw,
    nbf: now - 5 * 365 * DAY,
  });
  await addSigner(folder, { iss: 'jp.go.mof.demo', name: '財務省（デモ）', quals: codesOf('財務省') }, now);
  await addSigner(
    folder,
    {
      iss: 'jp.go.mhlw.demo-old',
      name: '厚生労働省 旧署名鍵（デモ）',
      quals: mhlw,
      nbf: now - 730 * DAY,
      revoked: now - DAY,
    },
    now,
  );
  await addSigner(folder, { iss: 'jp.example.unlisted', name: '登録外の署名者（デモ）', listed: false }, now);
  await folder.writeTrustList(now); // the self-check reads the signed list, as verifiers do

  const pdf = options.pdfs ? await import('./pdf/pdf-output') : undefined;
  const photoJpeg = pdf ? (await import('./pdf/demo-photo')).makeDemoPhotoJpeg(7) : undefined;
  const credentialsDir = paths(dir).credentials;
  const manifest: DemoSample[] = [];
  const pdfInputs: ReturnType<NonNullable<typeof pdf>['pdfInput']>[] = [];
  for (const spec of samples(now, photoJpeg)) {
    const issued = await issueCredential(folder, spec.request, now, spec.options);
    if (spec.status) {
      const record = folder.state.issued[issued.cti];
      if (record) record.status = spec.status;
    }
    const base = writeCredentialFiles(credentialsDir, spec.name, issued.url);
    const sample: DemoSample = {
      name: spec.name,
      url: issued.url,
      verdict: spec.verdict,
      reasons: spec.reasons,
    };
    if (pdf) {
      await pdf.writeCertificatePdf(`${base}.pdf`, issued, spec.request);
      pdfInputs.push(pdf.pdfInput(issued.url, issued.input, spec.request.photoJpeg));
      sample.pdf = `credentials/${spec.name}.pdf`;
      sample.document = { verdict: spec.verdict, reasons: spec.reasons };
    }
    manifest.push(sample);
  }
  const [a, b] = pdfInputs;
  if (pdf && a && b) {
    for (const d of await pdf.writeDoctoredPdfs(credentialsDir, a, b)) {
      const target = manifest.find((s) => s.url === d.url) as DemoSample;
      // A doctored page whose text differs: the document is invalid whatever the QR says (§6.1).
      const document: DemoSample['document'] =
        d.mismatch.length > 0 ? { verdict: 'invalid', reasons: ['DOCUMENT_MISMATCH'] } : target.document;
      manifest.push({
        ...target,
        name: d.name,
        pdf: `credentials/${d.name}.pdf`,
        pdfMismatch: d.mismatch,
        ...(document && { document }),
      });
    }
  }
  // PROFILE §8: wallet documents, with their own manifest (wallet/manifest.json).
  const { addWalletSet } = await import('./wallet/demo-wallet');
  await addWalletSet(folder, now);
  await folder.writeAllStatusLists(now);
  await writeFile(`${dir}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
