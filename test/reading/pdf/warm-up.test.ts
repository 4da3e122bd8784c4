// The readers' warm-up page (reading/pdf/warm-up.ts): its one code is read, and the file scanned
// right after it is read too. (In the app the next getDocument() used to meet the warm-up's
// destroy() under way — "the worker is being destroyed" — which test/e2e/pdf.spec.ts shows.)
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf';
import { nodePdfEnvironment } from '../../../reading/node/pdfjs-node';
import { scanPdfCodes } from '../../../reading/pdf/pdf-codes';
import { WARM_UP_PDF, WARM_UP_TEXT } from '../../../reading/pdf/warm-up';
import { SAMPLE } from '../../issuer/pdf/fixtures';

describe('the warm-up page', () => {
  it('gives its code, and the file after it is read at once', async () => {
    const env = await nodePdfEnvironment();
    const warm = await scanPdfCodes(env, WARM_UP_PDF.slice());
    expect(warm.codes.map((c) => c.text)).toEqual([WARM_UP_TEXT]);
    const next = await scanPdfCodes(env, await renderCertificatePdf(SAMPLE));
    expect(next.codes).toHaveLength(1);
  });
});
