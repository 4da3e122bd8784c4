// A one-page PDF holding one small QR image ("dqc warm-up", 29 × 29, Flate), read once when a
// PDF reader starts (the app's worker, the CLI's reading process): pdf.js's worker code, its
// image path, the inflater and the QR decoder are then loaded and compiled before the first
// real file arrives (issue 17), and the code is found in the first pass, so no thorough pass
// runs for nothing.
const QR_FLATE_BASE64 =
  'eNrFUssOACAI4v9/mtbER+o9DzaHlGDkn4AFiacSWHKviNudWWcHaXfv4M6MFsw3NV/w6rTZtOlk6AS58AT5AwW22oRAdWNKBPu1osCNILbB0oixFc1bsepQrm0az1CxbUWK0Bzy/PLqHtwIzD8UAAj+igOps2S4';

function build(): Uint8Array {
  const image = Uint8Array.from(atob(QR_FLATE_BASE64), (c) => c.charCodeAt(0));
  const head =
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]/Contents 4 0 R/Resources<</XObject<</I 5 0 R>>>>>>endobj\n' +
    '4 0 obj<</Length 24>>stream\nq 72 0 0 72 0 0 cm /I Do Q\nendstream endobj\n' +
    '5 0 obj<</Type/XObject/Subtype/Image/Width 29/Height 29/ColorSpace/DeviceGray/BitsPerComponent 8' +
    `/Filter/FlateDecode/Length ${image.length}>>stream\n`;
  const tail = '\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const out = new Uint8Array(head.length + image.length + tail.length);
  out.set(latin1(head));
  out.set(image, head.length);
  out.set(latin1(tail), head.length + image.length);
  return out;
}

export const WARM_UP_PDF: Uint8Array = build();
/** What the warm-up page's code says (a reader that did not read it is not ready). */
export const WARM_UP_TEXT = 'dqc warm-up';
