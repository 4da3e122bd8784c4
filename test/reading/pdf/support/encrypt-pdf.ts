// Encrypting an existing PDF (the issuer's certificate, a demo file) the way a publisher does
// with an owner password: every object's strings and streams under the standard security
// handler (standard-security.ts), the encryption dictionary and /ID added to the trailer, no
// object streams (§7.5.7 would encrypt them whole). pdf-lib only parses and writes the objects;
// the encryption is ours.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFObjectParser,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { type Handler, type HandlerOptions, type Scheme, standardHandler } from './standard-security';

/** `value` with every string in it encrypted as object `num gen`'s (in place where it can be). */
function encryptStrings(value: PDFObject, encrypt: (data: Uint8Array) => Buffer): PDFObject {
  if (value instanceof PDFString || value instanceof PDFHexString)
    return PDFHexString.of(encrypt(value.asBytes()).toString('hex'));
  if (value instanceof PDFDict)
    for (const [key, v] of value.entries()) value.set(key, encryptStrings(v, encrypt));
  if (value instanceof PDFArray)
    for (let i = 0; i < value.size(); i++) value.set(i, encryptStrings(value.get(i), encrypt));
  return value;
}

/** `pdf` encrypted by `scheme` (by default: empty user password, owner password "owner"). */
export async function encryptPdf(
  pdf: Uint8Array,
  scheme: Scheme,
  options: HandlerOptions = {},
): Promise<{ bytes: Uint8Array; handler: Handler }> {
  const handler = standardHandler(scheme, options);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const { objectNumber: num, generationNumber: gen } = ref;
    const strings = handler.encryptString;
    if (strings)
      encryptStrings(object instanceof PDFRawStream ? object.dict : object, (d) => strings(num, gen, d));
    if (!(object instanceof PDFRawStream)) continue;
    const metadata = object.dict.get(PDFName.of('Type')) === PDFName.of('Metadata');
    if (metadata && !handler.encryptMetadata) continue;
    context.assign(ref, PDFRawStream.of(object.dict, handler.encryptStream(num, gen, object.contents)));
  }
  // The encryption dictionary's strings are binary and never encrypted (§7.6.1).
  const dictionary = Buffer.from(`<< ${handler.dictionary} >>`, 'latin1');
  context.trailerInfo.Encrypt = context.register(PDFObjectParser.forBytes(dictionary, context).parseObject());
  const id = PDFHexString.of(handler.fileId.toString('hex'));
  context.trailerInfo.ID = context.obj([id, id]);
  const bytes = await doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return { bytes, handler };
}
