// From a PDF's bytes to what verification needs (shared by the app's PDF worker and the CLI):
// its QR codes with their print quality, the page text for the cross-check, and the digests of
// its JPEG images for the photo check. The pre-flight (pdf-preflight.ts) charges the file's
// structure to the work budget before pdf.js reads a page; the counters come back with the
// answer (`work`), and with the error when a cap was reached (TooMuchWork).
import { encodeBase64Url } from '../../core/bytes';
import { sha256 } from '../../core/crypto/keys';
import { checkSize } from '../file-kind';
import { jpegStreams } from './jpeg-streams';
import { streamInflate } from './pdf-filters';
import type { PdfCodes } from './pdf-findings';
import { type PdfEnvironment, scanPdf } from './pdf-pages';
import { preflight } from './pdf-preflight';
import { type Clock, type PdfCaps, type PdfWork, WorkMeter } from './pdf-work';
import { printQuality } from './print-quality';

export interface PdfScanOptions {
  onPage?: (done: number, all: number, thorough: boolean) => void;
  /** Caps other than the defaults (tests; a runtime with other time limits). */
  caps?: Partial<PdfCaps>;
  /** The clock of the time caps (default: wall time). */
  clock?: Clock;
}

export async function scanPdfCodes(
  env: PdfEnvironment,
  bytes: Uint8Array,
  options: PdfScanOptions | PdfScanOptions['onPage'] = {},
): Promise<PdfCodes & { work: PdfWork }> {
  const { onPage, caps, clock } = typeof options === 'function' ? { onPage: options } : options;
  checkSize('pdf', bytes.length);
  const meter = new WorkMeter(caps, clock);
  const preflighted = await preflight(bytes, meter, env.inflate ?? streamInflate);
  // The photo digests are hashed while the pages are read (over the JPEG files decrypted, when
  // the PDF is encrypted).
  const jpegs = jpegStreams(bytes, preflighted.streamData, preflighted.text);
  const digests = Promise.all(jpegs.map(async (s) => encodeBase64Url(await sha256(s))));
  digests.catch(() => {});
  // pdf.js takes ownership of (detaches) the buffer it is given: it gets a copy.
  const scan = await scanPdf(env, bytes.slice(), onPage, meter);
  const jpegDigests = await digests;
  const codes = scan.codes.map((c) => ({
    text: c.text,
    page: c.page,
    quality: c.image ? printQuality(c.image.pixels, c.image.widthPt) : null,
  }));
  return { codes, pageText: scan.pageText, jpegDigests, work: meter.finish() };
}
