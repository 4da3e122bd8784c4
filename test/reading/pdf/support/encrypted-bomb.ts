// Hostile files behind encryption: raw PDF syntax (raw-pdf.ts) whose streams are encrypted by the
// standard security handler with an empty user password (standard-security.ts), so pdf.js opens
// them without asking while their streams are ciphertext to anyone counting them beforehand.
// The pre-flight decrypts them (reading/pdf/pdf-encryption.ts) and refuses them by what they
// inflate to, like any other file.
import { deflateRepeated, type RawObject, rawPdf } from './raw-pdf';
import { type Handler, type HandlerOptions, type Scheme, standardHandler } from './standard-security';

const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;

/**
 * `objects` (numbered 1…n, object 1 the catalog) with each stream encrypted — but those whose
 * index is in `asTheyLie` — and the encryption dictionary added as object n + 1.
 */
export function encryptedRawPdf(
  objects: RawObject[],
  handler: Handler,
  asTheyLie: number[] = [],
): Uint8Array {
  const encrypted = objects.map((o, i) =>
    o.stream && !asTheyLie.includes(i) ? { ...o, stream: handler.encryptStream(i + 1, 0, o.stream) } : o,
  );
  encrypted.push({ value: `<< ${handler.dictionary} >>` });
  // rawPdf's trailer names the catalog only: add the encryption dictionary and the file ID.
  const text = Buffer.from(rawPdf(encrypted)).toString('latin1');
  const trailer = `/Root 1 0 R /Encrypt ${encrypted.length} 0 R /ID [${hex(handler.fileId)} ${hex(handler.fileId)}] >>`;
  return new Uint8Array(Buffer.from(text.replace('/Root 1 0 R >>', trailer), 'latin1'));
}

/** One A4 page whose content stream inflates to `bytes` zero bytes (~1 MB for 1 GiB). */
export function contentBombObjects(bytes: number): RawObject[] {
  return [
    { value: '<< /Type /Catalog /Pages 2 0 R >>' },
    { value: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { value: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>' },
    {
      value: '/Filter /FlateDecode',
      stream: deflateRepeated(new Uint8Array(1 << 20), Math.ceil(bytes / (1 << 20))),
    },
  ];
}

/** The content bomb encrypted (by default RC4-40, revision 2) with an empty user password. */
export function encryptedContentBombPdf(
  bytes = 1024 * 1024 * 1024,
  scheme: Scheme = 'rc4-40',
  options: HandlerOptions = {},
): Uint8Array {
  return encryptedRawPdf(contentBombObjects(bytes), standardHandler(scheme, options));
}
