// A genuinely password-protected PDF for the "encrypted PDF" paths: the Standard security
// handler, revision 2 (40-bit RC4), with a user password, built byte by byte after ISO 32000-1
// §7.6.3 (algorithms 1–4). Every reader must ask for the password before showing anything.
// (A file with an empty user password — an owner password alone — is read like any other:
// test/reading/pdf/support/encrypt-pdf.ts makes those.)
import { createHash } from 'node:crypto';

// ISO 32000-1 §7.6.3.3, algorithm 2 step (a): the 32-byte padding string.
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);

/** RC4 (written out: OpenSSL 3 keeps it only in its legacy provider). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

/** One page saying `text`, readable only with `userPassword`. */
export function encryptedPdf(text: string, userPassword = 'secret', ownerPassword = 'owner'): Buffer {
  const id = md5(Buffer.from(`dqc-test ${text}`));
  const permissions = -44; // print and copy refused; the rest of the bits as R2 requires
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword)); // algorithm 3
  const fileKey = md5(padded(userPassword), owner, p, id).subarray(0, 5); // algorithm 2
  const user = rc4(fileKey, PADDING); // algorithm 4
  // Algorithm 1: each object's strings and streams under a key of the file key and its number.
  const objectKey = (num: number) =>
    md5(fileKey, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(`BT /F1 24 Tf 72 720 Td (${text}) Tj ET`, 'latin1'));
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, written as bytes below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex(owner)} /U ${hex(user)} /P ${permissions} >>`,
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
