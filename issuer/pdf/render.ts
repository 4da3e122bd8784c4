// renderCertificatePdf: the certificate as an A4 PDF with real, selectable Japanese text.
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { drawBackPages, needsBackPage } from './back-page';
import { embedJapaneseFont, fontkit } from './fonts';
import { drawFrontPage } from './front-page';
import { boldText, certificateTitle, regularText } from './labels';
import { drawPageNumbers, type RenderContext } from './page';
import { embedQrImage } from './qr-draw';
import type { CertificatePdfInput, RenderOptions } from './types';

export const PRODUCER = 'dqc issuer';

/**
 * pdf-lib compresses the embedded font and its ToUnicode map with pako; node:zlib gives the same
 * FlateDecode data about three times faster, which batch issuance notices.
 */
function useNodeZlib(doc: PDFDocument): void {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
      ...dict,
      Filter: 'FlateDecode',
    });
}

export async function renderCertificatePdf(
  input: CertificatePdfInput,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  useNodeZlib(doc);
  doc.registerFontkit(fontkit);
  const [bold, regular] = await Promise.all([
    embedJapaneseFont(doc, 'bold', boldText(input)),
    embedJapaneseFont(doc, 'regular', regularText(input)),
  ]);
  const ctx: RenderContext = {
    doc,
    input,
    bold,
    regular,
    // embedJpg stores the bytes untouched as a /DCTDecode stream, so the signed digest matches.
    ...(input.photoJpeg && { photo: await doc.embedJpg(input.photoJpeg) }),
    qr: embedQrImage(doc, input.url),
    qrPage: options.qrPage ?? 1,
    qrRotation: options.qrRotation ?? 0,
  };
  drawFrontPage(ctx);
  if (needsBackPage(ctx)) drawBackPages(ctx);
  drawPageNumbers(doc, regular);

  // Metadata names the document and the issuing body only: no holder data.
  const created = options.creationDate ?? new Date();
  doc.setTitle(certificateTitle(input.qualificationName), { showInWindowTitleBar: true });
  doc.setAuthor(input.issuingBody);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setLanguage('ja-JP');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  // pdf-lib yields to the event loop every 50 objects by default; a certificate is small.
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
