// The raw bytes of every /DCTDecode (JPEG) image stream in a PDF, found by scanning the file:
// the signed photo digest (PROFILE §3 item 10) is over exactly these bytes. Streams cannot live
// inside object streams (PDF 32000-1 §7.5.7), so a scan of top-level objects finds them all.
// In an encrypted PDF the JPEG file is the stream's data decrypted (§7.6.2): `read` gives it.

import { searchableText } from './pdf-syntax';

const MAX_STREAMS = 64;

/** Stream `num gen`'s data lying at `start`, each way a reader may read it (decrypted). */
export type StreamReader = (num: number, gen: number, start: number, data: Uint8Array) => Uint8Array[];

/** `text` is `pdf` as searchableText gives it, when the caller has it already (the pre-flight). */
export function jpegStreams(
  pdf: Uint8Array,
  read: StreamReader = (_n, _g, _s, data) => [data],
  text: string = searchableText(pdf),
): Uint8Array[] {
  const out: Uint8Array[] = [];
  const objectPattern = /\d+\s+\d+\s+obj\s*<<[\s\S]*?>>\s*stream\r?\n/g;
  for (let m = objectPattern.exec(text); m && out.length < MAX_STREAMS; m = objectPattern.exec(text)) {
    // The match may begin at an earlier object without a stream: the stream's own header is the last.
    const header = [...m[0].matchAll(/(\d+)\s+(\d+)\s+obj\s*<</g)].at(-1);
    const dict = m[0].slice((header?.index ?? 0) + (header?.[0].length ?? 0));
    if (!/\/Filter\s*(\[\s*)?\/DCTDecode\s*\]?/.test(dict) || !/\/Subtype\s*\/Image/.test(dict)) continue;
    const start = m.index + m[0].length;
    const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let length = direct ? Number(direct[1]) : -1;
    if (length < 0) {
      // An indirect /Length: take the bytes up to "endstream".
      const end = text.indexOf('endstream', start);
      if (end < 0) continue;
      length = end - start;
      while (length > 0 && (text[start + length - 1] === '\n' || text[start + length - 1] === '\r')) length--;
    }
    if (start + length <= pdf.length)
      out.push(...read(Number(header?.[1]), Number(header?.[2]), start, pdf.subarray(start, start + length)));
  }
  return out.slice(0, MAX_STREAMS);
}
