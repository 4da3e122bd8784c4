// Certificate PDFs dropped into the app: every demo PDF gives its manifest verdict; doctored ones
// carry the mismatch warning naming the items; scanned, page-2 and rotated codes are found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headline } from '../../core/reasons';
import { encryptedPdf } from '../helpers/encrypted-pdf';
import { samples, world } from './world';

const pdfSamples = samples().filter((s) => s.pdf);

test('the demo world has PDFs for every sample and the doctored variants', () => {
  expect(pdfSamples.length).toBeGreaterThanOrEqual(17);
  for (const name of ['pdf-edited-name', 'pdf-other-qr', 'pdf-qr-page2', 'pdf-qr-rotated', 'pdf-scanned']) {
    expect(pdfSamples.map((s) => s.name)).toContain(name);
  }
});

for (const s of pdfSamples) {
  test(`PDF ${s.name} → ${headline(s.verdict, s.reasons, 'ja')}`, async ({ page }) => {
    await page.goto('/');
    const buffer = readFileSync(join(world().demo, s.pdf as string));
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: `${s.name}.pdf`, mimeType: 'application/pdf', buffer });
    await expect(page.locator('.verdict-text').first()).toHaveText(headline(s.verdict, s.reasons, 'ja'), {
      timeout: 30_000,
    });
    const warning = page.getByTestId('pdf-mismatch');
    if (s.pdfMismatch && s.pdfMismatch.length > 0) {
      await expect(warning).toContainText('PDFの記載内容が署名データと一致しません：');
      for (const item of s.pdfMismatch) await expect(warning).toContainText(item);
    } else {
      await expect(warning).toHaveCount(0);
    }
  });
}

test('the doctored name is named exactly: 「PDFの記載内容が署名データと一致しません：氏名」', async ({
  page,
}) => {
  await page.goto('/');
  const buffer = readFileSync(join(world().demo, 'credentials', 'pdf-edited-name.pdf'));
  await page.getByTestId('file-input').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.getByTestId('pdf-mismatch')).toHaveText(
    '⚠ PDFの記載内容が署名データと一致しません：氏名',
  );
  await expect(page.locator('.items')).toContainText('山田 花子'); // the signed data is what is shown
});

test('broken, password-protected and non-PDF files give a clear message, no hang', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles({
    name: 'broken.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\ngarbage'),
  });
  await expect(page.getByRole('alert')).toContainText(
    /PDFが壊れているため読み込めません|二次元コードが見つかりませんでした/,
  );
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'locked.pdf', mimeType: 'application/pdf', buffer: encryptedPdf('locked') });
  await expect(page.getByRole('alert')).toContainText('パスワード付きのPDFは読み込めません');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('この形式のファイルは読み込めません');
  await page.getByTestId('file-input').setInputFiles({
    name: 'big.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(21 * 1024 * 1024, 0x20),
  });
  await expect(page.getByRole('alert')).toContainText('ファイルが大きすぎます');
});

test('in English the edited items are named in English, in the card’s order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '設定' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Qualification certificate check' }).click();
  const buffer = readFileSync(join(world().demo, 'credentials', 'pdf-other-qr.pdf'));
  await page.getByTestId('file-input').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer });
  const warning = page.getByTestId('pdf-mismatch');
  await expect(warning).toContainText('The PDF’s text does not match the signed data: Qualification, Name');
  await expect(warning).not.toContainText(/[氏名生年月日]/);
});
