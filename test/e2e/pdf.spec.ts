// Certificate PDFs dropped into the app: every demo PDF gives its manifest verdict; a doctored one
// gives the document's verdict (PROFILE §6.1: invalid, DOCUMENT_MISMATCH, never green) and names
// each edited item beside the signed value; scanned, page-2 and rotated codes are found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headline } from '../../core/reasons';
import { makeDemoPhotoJpeg } from '../../issuer/pdf/demo-photo';
import type { TextItem } from '../../reading/pdf/document-result';
import { encryptedPdf } from '../helpers/encrypted-pdf';
import { drawLayout, LAYOUTS } from '../reading/pdf/support/layout-cases';
import { sample, samples, world } from './world';

const pdfSamples = samples().filter((s) => s.pdf);

test('the demo world has PDFs for every sample and the doctored variants', () => {
  expect(pdfSamples.length).toBeGreaterThanOrEqual(17);
  for (const name of ['pdf-edited-name', 'pdf-other-qr', 'pdf-qr-page2', 'pdf-qr-rotated', 'pdf-scanned']) {
    expect(pdfSamples.map((s) => s.name)).toContain(name);
  }
});

/** The headline a PDF must get: the document's verdict when its printed text was edited. */
const shown = (s: (typeof pdfSamples)[number]) =>
  s.pdfMismatch && s.pdfMismatch.length > 0 && s.verdict !== 'invalid'
    ? headline('invalid', ['DOCUMENT_MISMATCH'], 'ja')
    : headline(s.verdict, s.reasons, 'ja');

for (const s of pdfSamples) {
  test(`PDF ${s.name} → ${shown(s)}`, async ({ page }) => {
    await page.goto('/');
    const buffer = readFileSync(join(world().demo, s.pdf as string));
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: `${s.name}.pdf`, mimeType: 'application/pdf', buffer });
    await expect(page.locator('.verdict-text').first()).toHaveText(shown(s), { timeout: 30_000 });
    const warning = page.getByTestId('pdf-mismatch');
    if (s.pdfMismatch && s.pdfMismatch.length > 0) {
      for (const item of s.pdfMismatch)
        await expect(warning.locator(`li[data-item="${item}"]`)).toContainText('正しい内容（署名データ）：');
      await expect(page.locator('.result-valid')).toHaveCount(0);
    } else {
      await expect(warning).toHaveCount(0);
    }
  });
}

test('the doctored name: 「PDFの記載：…」 beside 「正しい内容（署名データ）：…」, the signed items shown', async ({
  page,
}) => {
  await page.goto('/');
  const buffer = readFileSync(join(world().demo, 'credentials', 'pdf-edited-name.pdf'));
  await page.getByTestId('file-input').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.locator('.verdict-text')).toHaveText(
    '無効です（PDFの記載内容が署名データと一致しません）',
  );
  const diff = page.getByTestId('pdf-mismatch');
  await expect(diff.locator('li')).toHaveCount(1);
  await expect(diff.locator('li[data-item="氏名"] .diff-signed')).toHaveText(
    '正しい内容（署名データ）：山田 花子',
  );
  await expect(diff.locator('li[data-item="氏名"] .diff-printed')).toContainText('PDFの記載：');
  await expect(diff.locator('li[data-item="氏名"] .diff-printed')).not.toContainText('山田 花子');
  await expect(page.getByTestId('item-name')).toHaveText('山田 花子'); // the signed data is what is shown
  await expect(page.getByTestId('pdf-summary')).toHaveText(
    'このPDFは使えません。交付された元のPDFを、編集せずにそのまま送ってください。',
  );
});

test('a valid PDF: the holder’s summary comes first, print advice folded below the items', async ({
  page,
}) => {
  await page.goto('/');
  const buffer = readFileSync(join(world().demo, 'credentials', 'valid-kaigo.pdf'));
  await page.getByTestId('file-input').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.getByTestId('pdf-summary')).toHaveText('このPDFはそのまま送って大丈夫です。');
  const advice = page.locator('details.print-quality');
  await expect(advice).not.toHaveAttribute('open');
  await expect(advice).not.toContainText('モジュール');
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
  // A text file is read as a list of URLs (one a line): one without any says so.
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('URL が書かれていません');
  // A binary file that is neither PDF nor image (a Word file is a zip).
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 0)]);
  await page.getByTestId('file-input').setInputFiles({
    name: 'notes.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: zip,
  });
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
  await page.getByLabel('言語 / Language').selectOption('en');
  const buffer = readFileSync(join(world().demo, 'credentials', 'pdf-other-qr.pdf'));
  await page.getByTestId('file-input').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.locator('.verdict-text')).toHaveText(
    "Invalid (the PDF's printed details differ from the signed data)",
  );
  const labels = page.getByTestId('pdf-mismatch').locator('.diff-label');
  await expect(labels.first()).toHaveText('① Qualification');
  await expect(labels.nth(1)).toHaveText('② Name');
  await expect(page.getByTestId('pdf-mismatch')).not.toContainText(/PDFの記載|正しい内容/);
});

// Certificates in layouts our issuer does not make (PROFILE §6.1), as the CLI test reads them
// (test/cli/verify-cli.document.test.ts): a faithful copy is valid; each edited item is named.
for (const layout of LAYOUTS) {
  test(`another layout ${layout.name}: a faithful copy valid, each edited item named`, async ({ page }) => {
    const url = sample(layout.signed === 'kaigo' ? 'valid-kaigo' : 'valid-kango-full').url;
    // valid-kango-full signs the demo's photo 7 (issuer/demo.ts): its copies print it.
    const photo = layout.signed === 'kango' ? { photoJpeg: makeDemoPhotoJpeg(7) } : {};
    await page.goto('/');
    const drop = async (name: string, buffer: Uint8Array) => {
      await page.locator('.bar .brand').click();
      await page
        .getByTestId('file-input')
        .setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(buffer) });
    };
    await drop('faithful.pdf', await drawLayout(layout, url, photo));
    await expect(page.locator('.verdict-text').first()).toHaveText('有効です', { timeout: 30_000 });
    await expect(page.getByTestId('pdf-mismatch')).toHaveCount(0);
    for (const item of Object.keys(layout.edits) as TextItem[]) {
      await drop(`edited-${item}.pdf`, await drawLayout(layout, url, { edited: item, ...photo }));
      await expect(page.locator('.verdict-text').first()).toHaveText(
        headline('invalid', ['DOCUMENT_MISMATCH'], 'ja'),
        { timeout: 30_000 },
      );
      await expect(page.getByTestId('pdf-mismatch').locator('li')).toHaveCount(1);
      await expect(page.getByTestId('pdf-mismatch').locator(`li[data-item="${item}"]`)).toBeVisible();
    }
  });
}
