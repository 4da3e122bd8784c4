// A record at the profile's limits (PROFILE §3: 64-character texts, a 32-character number, the
// largest QR code a credential can need): the certificate fits its page, and the verifier's text
// comparison (reading/pdf/document-check.ts, PROFILE §6.1) reads every item back as printed. Found in
// review: the comparison read only the first two lines of a name, so a genuine certificate of a
// long name was reported as edited; and every item at its longest overflowed the front page.
import { describe, expect, it } from 'vitest';
import type { CredentialView } from '../../../core/types';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';
import { editVisibleName } from '../../../issuer/pdf/doctored';
import { renderCertificatePdf } from '../../../issuer/pdf/index';
import type { CertificatePdfInput } from '../../../issuer/pdf/types';
import { compareText } from '../../../reading/pdf/document-check';
import { TEXT_ITEMS } from '../../../reading/pdf/document-result';
import { MIN_MODULE_MM } from '../../../reading/pdf/print-quality';
import type { TextRun } from '../../../reading/pdf/text-lines';
import { imagePaints, LONG_NAME, qrPixels, SAMPLE, textRuns } from './fixtures';

const MARGIN = 48;
const longest: CertificatePdfInput = {
  ...SAMPLE,
  // A URL of 2,331 bytes: QR version 40-M, the largest a credential may take (PROFILE §2).
  url: `https://dqcv.nqs.go.jp/w/?c=${'A'.repeat(2331 - 28)}`,
  qualificationCode: 1000,
  qualificationName: '医'.repeat(64),
  holderName: LONG_NAME,
  holderNameKana: 'ア'.repeat(64),
  registrationNumber: 'Ｗ'.repeat(32),
  issuingBody: '厚'.repeat(64),
};

/** What the verifier compares the PDF with, from the same data. */
const viewOf = (input: CertificatePdfInput) =>
  ({
    dqc: {
      '2': input.qualificationName,
      '3': input.holderName,
      '4': input.birthDate,
      '5': input.registrationNumber,
      '7': input.issuingBody,
    },
  }) as unknown as CredentialView;

/** The items whose printed row does not hold the signed value; every label must be found. */
function mismatches(runs: TextRun[], view: CredentialView): string[] {
  const compared = compareText(runs, view.dqc);
  expect(TEXT_ITEMS.filter((item) => compared[item].comparison === 'unchecked')).toEqual([]);
  return TEXT_ITEMS.filter((item) => compared[item].comparison === 'differs');
}

async function runsOf(pdf: Uint8Array): Promise<TextRun[]> {
  return (await textRuns(pdf)).map((r) => ({ text: r.str, x: r.x, y: r.y, width: r.width, height: r.size }));
}

describe('a certificate at the profile limits', () => {
  it.each([
    ['without a photo', {}],
    ['with a photo', { photoJpeg: makeDemoPhotoJpeg(3) }],
  ])('fits its front page and reads back as printed, %s', async (_, photo) => {
    const input = { ...longest, ...photo };
    const runs = await runsOf(await renderCertificatePdf(input));
    for (const run of runs) expect(run.y).toBeGreaterThan(MARGIN / 2);
    expect(mismatches(runs, viewOf(input))).toEqual([]);
  });

  it.each([
    ['a 64-character name', { holderName: LONG_NAME }],
    ['a 64-character Latin name', { holderName: `${'W'.repeat(30)} ${'W'.repeat(33)}` }],
  ])('reads %s on three lines or more back whole', async (_, data) => {
    const input = { ...SAMPLE, ...data };
    expect(mismatches(await runsOf(await renderCertificatePdf(input)), viewOf(input))).toEqual([]);
  });

  it('still names the name when the printed one was edited', async () => {
    const pdf = await editVisibleName({ ...SAMPLE, holderName: LONG_NAME }, `${LONG_NAME.slice(0, 60)}花子`);
    expect(mismatches(await runsOf(pdf), viewOf({ ...SAMPLE, holderName: LONG_NAME }))).toEqual(['氏名']);
  });

  it('prints the largest code with modules the print check accepts (≥ 0.3 mm)', async () => {
    const pdf = await renderCertificatePdf(longest);
    const { side } = await qrPixels(pdf);
    const qr = (await imagePaints(pdf, 1)).find((p) => p.matrix[0] === p.matrix[3]);
    const moduleMm = (qr?.matrix[0] ?? 0) / side / (72 / 25.4);
    expect(moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM);
  });
});
