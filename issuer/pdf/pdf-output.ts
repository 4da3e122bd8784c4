// Certificate PDFs from issued credentials (`issue --pdf`, and the demo world), plus the demo's
// doctored variants that a verifier must see through.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeNewFile } from '../batch/outputs';
import type { CredentialInput } from '../issuing/credential';
import type { Issued, IssueRequest } from '../issuing/issue';
import { renderCertificatePdf } from '.';
import {
  editVisibleName,
  qrOnSecondPage,
  rotatedQr,
  scannedLookingPdf,
  withOtherHoldersQr,
} from './doctored';
import type { CertificatePdfInput } from './types';

/** What the PDF shows: exactly the signed items (PROFILE §3), the QR, and the photo bytes. */
export function pdfInput(url: string, input: CredentialInput, photoJpeg?: Uint8Array): CertificatePdfInput {
  return {
    url,
    qualificationCode: input.code,
    qualificationName: input.qualificationName,
    holderName: input.holderName,
    birthDate: input.birthDate,
    registrationNumber: input.registrationNumber,
    registrationDate: input.registrationDate,
    issuedAt: input.iat,
    issuingBody: input.issuingBody,
    ...(input.holderNameKana && { holderNameKana: input.holderNameKana }),
    ...(input.grantDate && { grantDate: input.grantDate }),
    ...(input.otherItems && { otherItems: input.otherItems }),
    ...(photoJpeg && { photoJpeg }),
  };
}

/** The texts a certificate PDF draws, as an issue request or a PDF's input both name them. */
type PrintedTexts = Pick<
  CertificatePdfInput,
  'holderName' | 'registrationNumber' | 'holderNameKana' | 'otherItems'
> & {
  qualificationName?: string;
  issuingBody?: string;
};

/** The characters of a certificate's texts the PDF font cannot draw (U+XXXX). */
export async function glyphsMissingFrom(texts: PrintedTexts): Promise<string[]> {
  const { glyphsMissing } = await import('./fonts');
  return glyphsMissing(
    [
      texts.qualificationName ?? '',
      texts.holderName,
      texts.holderNameKana ?? '',
      texts.registrationNumber,
      texts.issuingBody ?? '',
      ...Object.entries(texts.otherItems ?? {}).flat(),
    ].join(''),
  );
}

/** Refuses, before signing, a request whose PDF could not be drawn (issue --pdf). */
export async function checkPrintable(request: IssueRequest): Promise<void> {
  const missing = await glyphsMissingFrom(request);
  if (missing.length > 0) throw new Error((await import('./fonts')).noGlyphMessage(missing));
}

export async function writeCertificatePdf(
  path: string,
  issued: Issued,
  request: IssueRequest,
): Promise<void> {
  // Never over another file, never a truncated one (outputs.ts).
  await writeNewFile(path, await renderCertificatePdf(pdfInput(issued.url, issued.input, request.photoJpeg)));
}

export interface DoctoredSample {
  name: string;
  pdf: string;
  /** The QR the PDF carries, and what it verifies to. */
  url: string;
  /** Items the PDF's visible text gets wrong (the cross-check must name them). */
  mismatch: string[];
}

/**
 * The demo's PDF variants, made from two valid samples A and B: A's name edited, A's page with
 * B's QR, QR on page 2, QR rotated 90°, and a scanned-looking copy without a text layer.
 */
export async function writeDoctoredPdfs(
  dir: string,
  a: CertificatePdfInput,
  b: CertificatePdfInput,
): Promise<DoctoredSample[]> {
  const samples: [string, Promise<Uint8Array>, string, string[]][] = [
    ['pdf-edited-name', editVisibleName(a, '山田 花代'), a.url, ['氏名']],
    [
      'pdf-other-qr',
      withOtherHoldersQr(a, b.url),
      b.url,
      ['資格名称', '氏名', '生年月日', '登録番号', '交付機関'],
    ],
    ['pdf-qr-page2', qrOnSecondPage(a), a.url, []],
    ['pdf-qr-rotated', rotatedQr(a), a.url, []],
    ['pdf-scanned', renderCertificatePdf(a).then((bytes) => scannedLookingPdf(bytes)), a.url, []],
  ];
  const out: DoctoredSample[] = [];
  for (const [name, bytes, url, mismatch] of samples) {
    const pdf = join(dir, `${name}.pdf`);
    await writeFile(pdf, await bytes);
    out.push({ name, pdf, url, mismatch });
  }
  return out;
}
