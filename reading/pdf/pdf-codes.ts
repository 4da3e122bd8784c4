// From a PDF's bytes to what verification needs (shared by the app's PDF worker and the CLI):
// its QR codes with their print quality, the page text for the cross-check, and the digests of
// its JPEG images for the photo check.
import { encodeBase64Url } from '../../core/bytes';
import { sha256 } from '../../core/crypto/keys';
import { jpegStreams } from './jpeg-streams';
import type { PdfCodes } from './pdf-findings';
import { type PdfEnvironment, scanPdf } from './pdf-pages';
import { printQuality } from './print-quality';

export async function scanPdfCodes(
  env: PdfEnvironment,
  bytes: Uint8Array,
  onPage?: (done: number, all: number, thorough: boolean) => void,
): Promise<PdfCodes> {
  // pdf.js takes ownership of (detaches) the buffer it is given: it gets a copy.
  const scan = await scanPdf(env, bytes.slice(), onPage);
  const jpegDigests = await Promise.all(
    jpegStreams(bytes).map(async (s) => encodeBase64Url(await sha256(s))),
  );
  const codes = scan.codes.map((c) => ({
    text: c.text,
    page: c.page,
    quality: c.image ? printQuality(c.image.pixels, c.image.widthPt) : null,
  }));
  return { codes, pageText: scan.pageText, jpegDigests };
}
