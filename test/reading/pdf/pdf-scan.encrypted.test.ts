// The app's PDF reader code path in Node (reading/pdf/pdf-codes.ts with the app's time caps and
// its DecompressionStream inflater, as pdf-scan.budget.test.ts) on encrypted certificates: a
// certificate published with an owner password only (empty user password) is read exactly as
// its unencrypted original — the same code, page text, print quality and photo digest, hence the
// same verdict — in every scheme of the standard security handler; one that needs a password is
// pdfEncrypted; an encrypted bomb ends in the pre-flight with pdfTooMuchWork at its cap.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';
import { nodePdfEnvironment } from '../../../reading/node/pdfjs-node';
import { scanPdfCodes } from '../../../reading/pdf/pdf-codes';
import { streamInflate } from '../../../reading/pdf/pdf-filters';
import type { PdfCodes } from '../../../reading/pdf/pdf-findings';
import type { PdfEnvironment } from '../../../reading/pdf/pdf-pages';
import { APP_TIME_CAPS, PDF_CAPS, TooMuchWork } from '../../../reading/pdf/pdf-work';
import { SAMPLE } from '../../issuer/pdf/fixtures';
import { encryptPdf } from './support/encrypt-pdf';
import { encryptedContentBombPdf } from './support/encrypted-bomb';
import { type HandlerOptions, SCHEMES, type Scheme } from './support/standard-security';

let env: PdfEnvironment;
let certificate: Uint8Array;
let original: PdfCodes;

const scan = (bytes: Uint8Array) => scanPdfCodes(env, bytes, { caps: APP_TIME_CAPS });
/** What verification is made from: everything but the work counters. */
const read = ({ codes, pageText, jpegDigests }: PdfCodes) => ({ codes, pageText, jpegDigests });

beforeAll(async () => {
  env = { ...(await nodePdfEnvironment()), inflate: streamInflate };
  certificate = await renderCertificatePdf({ ...SAMPLE, photoJpeg: makeDemoPhotoJpeg(7) });
  original = read(await scan(certificate));
  expect(original.codes.map((c) => c.text)).toEqual([SAMPLE.url]);
  expect(original.jpegDigests).toHaveLength(1);
}, 60_000);

describe('an encrypted certificate with an empty user password reads as its original', () => {
  it.each<[Scheme, HandlerOptions]>([
    ...SCHEMES.map((s): [Scheme, HandlerOptions] => [s, {}]),
    ['aes-128', { encryptMetadata: false, strf: 'Identity' }],
  ])('%s %o', async (scheme, options) => {
    const { bytes } = await encryptPdf(certificate, scheme, options);
    const result = await scan(bytes);
    expect(read(result)).toEqual(original);
    // Read from the QR image object, as the original is.
    expect(result.work.renderedPixels).toBe(0);
  });
});

describe('what is not read', () => {
  it('a certificate that needs a user password: pdfEncrypted, pdf.js never asked', async () => {
    const { bytes } = await encryptPdf(certificate, 'aes-256', { userPassword: 'secret' });
    const error = await scan(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(TooMuchWork);
    expect(error).toMatchObject({ problem: 'pdfEncrypted' });
  });

  it.each<Scheme>(['rc4-40', 'aes-256'])(
    'an encrypted 1 GiB content bomb (%s): pdfTooMuchWork at the stream cap, no page read',
    async (scheme) => {
      const error = await scan(encryptedContentBombPdf(1024 * 1024 * 1024, scheme)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TooMuchWork);
      const { cap, work } = error as TooMuchWork;
      expect(cap).toBe('streamBytes');
      expect(work).toMatchObject({
        largestStreamBytes: PDF_CAPS.streamBytes,
        pagesRead: 0,
        renderedPixels: 0,
      });
    },
  );
});
