// The verdict a person can act on (issue 15), at the three viewports of the review (phone 390×844,
// tablet 1180×820, desktop 1440×900), for every demo sample: the heading's lines end only at a
// word or phrase boundary (measured on the rendered line boxes) and never overflow; the failing
// check is marked ✕ with its reason in its row; every verdict that is not valid says what to do
// next. Doctored PDFs (PROFILE §6.1) are invalid with the document's reason and name each item.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { headline } from '../../core/reasons';
import { allowedBreaks, wrapped } from './verdict-lines';
import { samples, world } from './world';

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1180, height: 820 },
  desktop: { width: 1440, height: 900 },
};
/** The row each reason's ✕ must be in: the row a person looks for. */
const ROW_OF: Record<string, string> = {
  UNTRUSTED_HOST: 'code',
  MALFORMED_URL: 'code',
  BAD_SIGNATURE: 'signature',
  UNKNOWN_SIGNER: 'issuer',
  SIGNER_REVOKED: 'issuer',
  QUALIFICATION_NOT_ALLOWED: 'issuer',
  NOT_YET_VALID: 'time',
  EXPIRED: 'time',
  REVOKED: 'status',
  SUSPENDED: 'status',
  DELETED: 'status',
  DOCUMENT_MISMATCH: 'document',
  PHOTO_MISMATCH: 'document',
};

async function setLang(page: Page, lang: string): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('dqc.lang', l), lang);
}

async function paste(page: Page, url: string): Promise<void> {
  await page.locator('.bar .brand').click();
  await page.locator('#paste-url').fill(url);
  await page.locator('form.paste button[type=submit]').click();
  await expect(page.locator('.verdict-text').first()).toBeVisible();
}

async function expectWholeWords(page: Page, label: string): Promise<void> {
  const w = await wrapped(page.locator('.verdict-text').first());
  const allowed = allowedBreaks(w);
  const bad = w.breaks.filter((i) => !allowed.has(i));
  expect(
    bad.map((i) => `${w.text.slice(0, i)}／${w.text.slice(i)}`),
    `${label}: lines of 「${w.text}」`,
  ).toEqual([]);
  expect(w.overflows, `${label}: heading overflows`).toBe(false);
}

async function expectFailureShown(page: Page, label: string, verdict: string, reasons: string[]) {
  const first = reasons[0];
  if (verdict === 'valid' || !first) {
    await expect(page.locator('.check-fail'), label).toHaveCount(0);
    return;
  }
  const row = page.locator(`.check[data-row="${ROW_OF[first]}"]`);
  await expect(row, label).toHaveClass(/check-fail/);
  if (verdict === 'invalid') await expect(row.locator('.check-icon'), label).toHaveText('✕');
  // A next step for the person checking (and the holder) is on screen.
  await expect(page.getByTestId('next-step-employer'), label).not.toBeEmpty();
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const lang of ['ja', 'en'] as const) {
      test(`every demo sample (${lang}): whole words, the failing row ✕, a next step`, async ({ page }) => {
        await setLang(page, lang);
        await page.goto('/');
        const seen = new Set<string>();
        for (const s of samples()) {
          if (seen.has(s.url)) continue;
          seen.add(s.url);
          await paste(page, s.url);
          const label = `${s.name} @${name}`;
          await expect(page.locator('.verdict-text').first(), label).toHaveText(
            headline(s.verdict, s.reasons, lang),
          );
          await expectWholeWords(page, label);
          await expectFailureShown(page, label, s.verdict, s.reasons);
        }
      });
    }

    test('doctored PDFs: invalid with the document’s reason, each item with both texts', async ({ page }) => {
      await page.goto('/');
      for (const s of samples().filter((x) => x.pdfMismatch && x.pdfMismatch.length > 0)) {
        const buffer = readFileSync(join(world().demo, s.pdf as string));
        await page.locator('.bar .brand').click();
        await page
          .getByTestId('file-input')
          .setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer });
        const label = `${s.name} @${name}`;
        await expect(page.locator('.verdict-text').first(), label).toHaveText(
          headline('invalid', ['DOCUMENT_MISMATCH'], 'ja'),
          { timeout: 30_000 },
        );
        await expect(page.locator('.result-valid'), label).toHaveCount(0);
        await expectWholeWords(page, label);
        await expectFailureShown(page, label, 'invalid', ['DOCUMENT_MISMATCH']);
        const diff = page.getByTestId('pdf-mismatch');
        for (const item of s.pdfMismatch ?? []) {
          const row = diff.locator(`li[data-item="${item}"]`);
          await expect(row, label).toContainText('PDFの記載：');
          await expect(row, label).toContainText('正しい内容（署名データ）：');
        }
        await expect(page.getByTestId('pdf-summary'), label).toContainText('このPDFは使えません');
      }
    });
  });
}
