// The trailers of a PDF, found by scanning like the rest of its objects (pdf-objects.ts): every
// `trailer` dictionary (ISO 32000-1 §7.5.5) and every cross-reference stream's dictionary
// (§7.5.8), in file order. The last one names the catalog; all of them together say whether and
// how the file is encrypted, since a reader repairing a file may open it by any of them.
import { isDict, Lexer, type PdfDict, type PdfObject } from './pdf-syntax';

const TRAILER = () => /trailer[\0\t\n\f\r ]*<</g;

/** Every trailer dictionary, in file order (a cross-reference stream at its data's start). */
export function trailersOf(bytes: Uint8Array, text: string, streams: PdfObject[]): PdfDict[] {
  const found: { at: number; dict: PdfDict }[] = [];
  const pattern = TRAILER();
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const value = new Lexer(bytes, m.index + 7).read();
    if (isDict(value)) found.push({ at: m.index, dict: value });
  }
  for (const s of streams) {
    const dict = s.value as PdfDict;
    if (dict.get('Type') === 'XRef') found.push({ at: s.data?.start ?? 0, dict });
  }
  return found.sort((a, b) => a.at - b.at).map((t) => t.dict);
}

/** Without a usable trailer: a catalog found by its type, as a repairing reader does. */
export function catalogOf(objects: Iterable<PdfObject>): PdfDict | undefined {
  let found: PdfDict | undefined;
  for (const o of objects) if (isDict(o.value) && o.value.get('Type') === 'Catalog') found = o.value;
  return found;
}
