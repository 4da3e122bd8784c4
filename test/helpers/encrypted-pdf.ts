// A genuinely password-protected PDF for the "encrypted PDF" paths: the Standard security
// handler, revision 2 (40-bit RC4), with a user password (the handler of
// test/reading/pdf/support/standard-security.ts), in a PDF written byte by byte. Every reader must ask for the password before showing anything.
// (A file with an empty user password — an owner password alone — is read like any other:
// test/reading/pdf/support/encrypt-pdf.ts makes those.)
import { createHash } from 'node:crypto';
import { standardHandler } from '../reading/pdf/support/standard-security';

/** One page saying `text`, readable only with `userPassword`. */
export function encryptedPdf(text: string, userPassword = 'secret', ownerPassword = 'owner'): Buffer {
  const id = createHash('md5').update(`dqc-test ${text}`).digest();
  // Revision 2 (40-bit RC4), the oldest a reader must still open (ISO 32000-1 §7.6.3).
  const handler = standardHandler('rc4-40', { userPassword, ownerPassword, fileId: id });
  const content = handler.encryptStream(
    4,
    0,
    Buffer.from(`BT /F1 24 Tf 72 720 Td (${text}) Tj ET`, 'latin1'),
  );
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, written as bytes below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< ${handler.dictionary} >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const head = `${i + 1} 0 obj\n`;
    const chunk =
      body === null
        ? Buffer.concat([
            Buffer.from(`${head}<< /Length ${content.length} >>\nstream\n`, 'latin1'),
            content,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ])
        : Buffer.from(`${head}${body}\nendobj\n`, 'latin1');
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [${hex(id)} ${hex(id)}] >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
