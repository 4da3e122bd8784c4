// A hostile file the pre-flight cannot measure: encrypted (ISO 32000-1 §7.6.3, revision 2,
// 40-bit RC4) with an empty user password, so pdf.js opens it without asking, while its streams
// are ciphertext to anyone counting them beforehand. Its page content inflates to `bytes` zero
// bytes. It exercises the last line of defence: the reading process killed on its time or
// memory cap (reading/node/pdf-sandbox.ts).
import { createHash } from 'node:crypto';
import { deflateRepeated, rawPdf } from './raw-pdf';

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

export function encryptedContentBombPdf(bytes = 1024 * 1024 * 1024): Uint8Array {
  const id = md5(Buffer.from('dqc encrypted bomb'));
  const permissions = -44;
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const owner = rc4(md5(PADDING).subarray(0, 5), PADDING); // algorithm 3, owner = user = ""
  const fileKey = md5(PADDING, Buffer.from(owner), p, id).subarray(0, 5); // algorithm 2
  const user = rc4(fileKey, PADDING); // algorithm 4
  const key = (num: number) => md5(fileKey, Buffer.from([num, 0, 0, 0, 0])).subarray(0, 10);
  const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;
  const pdf = rawPdf([
    { value: '<< /Type /Catalog /Pages 2 0 R >>' },
    { value: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { value: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>' },
    {
      value: '/Filter /FlateDecode',
      stream: rc4(key(4), deflateRepeated(new Uint8Array(1 << 20), bytes >> 20)),
    },
    { value: `<< /Filter /Standard /V 1 /R 2 /O ${hex(owner)} /U ${hex(user)} /P ${permissions} >>` },
  ]);
  // rawPdf's trailer names the catalog only: add the encryption dictionary and the file ID.
  const text = Buffer.from(pdf).toString('latin1');
  return new Uint8Array(
    Buffer.from(
      text.replace('/Root 1 0 R >>', `/Root 1 0 R /Encrypt 5 0 R /ID [${hex(id)} ${hex(id)}] >>`),
      'latin1',
    ),
  );
}
