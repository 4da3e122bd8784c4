// A one-page PDF holding one small QR image ("dqc warm-up", 29 × 29, Flate), read once when a
// PDF reader starts (the app's worker, the CLI's reading process): pdf.js's worker code, its
// image path, the inflater and the QR decoder are then loaded and compiled before the first
// real file arrives (issue 17), and the code is found in the first pass, so no thorough pass
// runs for nothing.
const QR_FLATE_BASE64 =
  'eNrFUssOACAI4v9/mtbER+o9DzaHlGDkn4AFiacSWHKviNudWWcHaXfv4M6MFsw3NV/w6rTZtOlk6AS58AT5AwW22oRAdWNKBPu1osCNILbB0oixFc1bsepQrm0az1CxbUWK0Bzy/PLqHtwIzD8UAAj+igOps2S4';

function build(): Uint8Array {
  const image = Uint8Array.from(atob(QR_FLATE_BASE64), (c) => c.charCodeAt(0));
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]/Contents 4 0 R/Resources<</XObject<</I 5 0 R>>>>>>',
    '<</Length 24>>stream\nq 72 0 0 72 0 0 cm /I Do Q\nendstream',
    '<</Type/XObject/Subtype/Image/Width 29/Height 29/ColorSpace/DeviceGray/BitsPerComponent 8' +
      `/Filter/FlateDecode/Length ${image.length}>>stream\n`,
  ];
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n')];
  let at = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    at += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(at);
    push(latin1(`${i + 1} 0 obj${body}`));
    if (i === 4) push(image);
    push(latin1(i === 4 ? '\nendstream endobj\n' : ' endobj\n'));
  });
  // A cross-reference table, so that pdf.js reads the page as it reads any well-formed file
  // rather than indexing every object first (ISO 32000-1 §7.5.4: 20-byte entries).
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n${offsets
    .map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`)
    .join('')}trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${at}\n%%EOF\n`;
  push(latin1(xref));
  const out = new Uint8Array(at);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export const WARM_UP_PDF: Uint8Array = build();
/** What the warm-up page's code says (a reader that did not read it is not ready). */
export const WARM_UP_TEXT = 'dqc warm-up';
