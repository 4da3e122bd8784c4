// The raw bytes of every /DCTDecode (JPEG) image stream in a PDF, found by scanning the file:
// the signed photo digest (PROFILE §3 item 10) is over exactly these bytes. Streams cannot live
// inside object streams (PDF 32000-1 §7.5.7), so a scan of top-level objects finds them all.

const MAX_STREAMS = 64;

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

export function jpegStreams(pdf: Uint8Array): Uint8Array[] {
  const text = latin1(pdf);
  const out: Uint8Array[] = [];
  const objectPattern = /\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = objectPattern.exec(text); m && out.length < MAX_STREAMS; m = objectPattern.exec(text)) {
    const dict = m[1] ?? '';
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
    if (start + length <= pdf.length) out.push(pdf.subarray(start, start + length));
  }
  return out;
}
