// `pdf --dir DIR --url FILE.url [--url …] [--photo FILE.jpg …]`: the certificate PDF of a
// credential already issued, made again from its signed URL (a batch whose PDF could not be
// written, a lost file). Nothing is signed: the PDF shows exactly the signed items (PROFILE §3),
// read back through the verification core against the folder's own trust list.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bytesEqual, decodeBase64Strict } from '../../core/bytes';
import { sha256 } from '../../core/crypto/keys';
import type { CredentialView } from '../../core/types';
import { writeNewFile } from '../batch/outputs';
import { IssuerFolder } from '../folder/folder';
import { verifyAsIssued } from '../issuing/issue';
import { readPhoto, UsageError } from '../issuing/request-fields';
import type { CertificatePdfInput } from '../pdf/types';
import { flags, note, nowFrom } from './flags';

interface Job {
  pdfPath: string;
  input: CertificatePdfInput;
}

interface Photo {
  jpeg: Uint8Array;
  digest: Uint8Array;
}

/** What the PDF shows, from the verified claims (core/credential-view.ts names the items). */
function pdfInputOf(url: string, c: CredentialView, photoJpeg?: Uint8Array): CertificatePdfInput {
  const d = c.dqc;
  return {
    url,
    qualificationCode: d['1'],
    qualificationName: d['2'],
    holderName: d['3'],
    birthDate: d['4'],
    registrationNumber: d['5'],
    registrationDate: d['6'],
    issuingBody: d['7'],
    issuedAt: c.iat,
    ...(d['8'] !== undefined && { grantDate: d['8'] }),
    ...(d['9'] !== undefined && { otherItems: d['9'] }),
    ...(d['11'] !== undefined && { holderNameKana: d['11'] }),
    ...(photoJpeg && { photoJpeg }),
  };
}

async function jobFor(folder: IssuerFolder, file: string, photos: Photo[], now: number): Promise<Job> {
  if (!file.endsWith('.url'))
    throw new UsageError(`--url: 資格者証の .url ファイルを指定してください: ${file}`);
  const url = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (!url) throw new Error(`${file} を読めません`);
  const { result, failed } = await verifyAsIssued(url, now, await folder.ownTrustList());
  const credential = result.credential;
  if (failed.length > 0 || !credential)
    throw new Error(
      `${file}: このフォルダの信頼リストで検証できません（${failed.map((c) => c.code ?? c.name).join(', ')}）`,
    );
  const record = folder.state.issued[credential.cti];
  if (!record) throw new Error(`${file}: このフォルダから発行された資格者証ではありません`);
  if (record.status !== 'valid')
    throw new Error(`${file}: 状態が ${record.status} です。有効な資格者証の PDF だけを作ります`);
  // The photo is not in the credential, only its SHA-256: the very same JPEG must be among the
  // --photo files (several credentials, several photos: each finds its own).
  const digest = credential.dqc['10'];
  let photo: Uint8Array | undefined;
  if (digest !== undefined) {
    if (photos.length === 0)
      throw new UsageError(`${file}: 写真付きの資格者証です。発行時の JPEG を --photo で指定してください`);
    const expected = decodeBase64Strict(digest, true);
    photo = expected ? photos.find((p) => bytesEqual(p.digest, expected))?.jpeg : undefined;
    if (!photo)
      throw new Error(`${file}: --photo のどの JPEG も発行時の写真と違います（SHA-256 が一致しません）`);
  }
  const pdfPath = `${file.slice(0, -'.url'.length)}.pdf`;
  if (existsSync(pdfPath)) throw new Error(`${pdfPath} は既にあります（上書きしません）`);
  return { pdfPath, input: pdfInputOf(url, credential, photo) };
}

export async function runPdf(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    url: { type: 'string', multiple: true },
    photo: { type: 'string', multiple: true },
    now: { type: 'string' },
  });
  if (!f.dir) throw new UsageError('--dir は必須です');
  const files = [...new Set((f.url ?? []).map((u) => resolve(u)))];
  if (files.length === 0) throw new UsageError('--url: PDF を作り直す資格者証の .url ファイル');
  const photos: Photo[] = [];
  for (const path of f.photo ?? []) {
    const jpeg = await readPhoto(path);
    photos.push({ jpeg, digest: await sha256(jpeg) });
  }
  const folder = await IssuerFolder.open(f.dir);
  const now = nowFrom(f.now);
  // Every file checked and every PDF drawn first: none is written when one of them cannot be.
  const jobs: Job[] = [];
  for (const file of files) jobs.push(await jobFor(folder, file, photos, now));
  const { glyphsMissingFrom } = await import('../pdf/pdf-output');
  const { renderCertificatePdf } = await import('../pdf');
  const pdfs: Uint8Array[] = [];
  for (const job of jobs) {
    // A credential issued without --pdf was never checked against the PDF font.
    const missing = await glyphsMissingFrom(job.input);
    if (missing.length > 0)
      throw new Error(
        `${job.pdfPath}: PDF のフォント（Noto Sans JP）にない文字があるため作れません（${missing.join(' ')}）`,
      );
    pdfs.push(await renderCertificatePdf(job.input));
  }
  for (const [i, job] of jobs.entries()) {
    await writeNewFile(job.pdfPath, pdfs[i] as Uint8Array);
    note(`書き出し: ${job.pdfPath}`);
  }
}
