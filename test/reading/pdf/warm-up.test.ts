// The readers' warm-up page (reading/pdf/warm-up.ts): its one code is read, its text is in a
// CID TrueType font as a certificate's is (so pdf.js's font code is compiled before the first
// certificate), and the file scanned right after it is read too. (In the app the next
// getDocument() used to meet the warm-up's destroy() under way — "the worker is being
// destroyed" — which test/e2e/pdf.spec.ts shows.)
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf';
import { nodePdfEnvironment } from '../../../reading/node/pdfjs-node';
import { scanPdfCodes } from '../../../reading/pdf/pdf-codes';
import { WARM_UP_PDF, WARM_UP_TEXT } from '../../../reading/pdf/warm-up';
import { SAMPLE } from '../../issuer/pdf/fixtures';

const latin1 = new TextDecoder('latin1');

describe('the warm-up page', () => {
  it('gives its code and its text, and the file after it is read at once', async () => {
    const env = await nodePdfEnvironment();
    const warm = await scanPdfCodes(env, WARM_UP_PDF.slice());
    expect(warm.codes.map((c) => c.text)).toEqual([WARM_UP_TEXT]);
    expect(warm.pageText[0]?.map((r) => r.text).join('')).toContain('資格');
    const next = await scanPdfCodes(env, await renderCertificatePdf(SAMPLE));
    expect(next.codes).toHaveLength(1);
  });

  it('draws its text in an embedded CID TrueType font, as a certificate does', () => {
    const text = latin1.decode(WARM_UP_PDF);
    expect(text).toMatch(/\/Subtype \/CIDFontType2/);
    expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(text).toMatch(/\/Encoding \/Identity-H/);
    expect(text).toMatch(/\/ToUnicode \d+ 0 R/);
  });
});
