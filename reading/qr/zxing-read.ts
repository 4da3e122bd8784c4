// Adapts zxing-wasm's readBarcodes to the strategies' ReadFn: QR symbologies only, text exactly
// as encoded (textMode Plain: no HRI rewriting of control characters or GS1 data), every symbol
// in the image (a PDF page can hold several certificates; BoofCV's `lots` photos hold 60), each
// with its corners. Symbols found but not read (checksum errors) are passed on, so that the
// dewarping strategy knows where to look.
import type { readBarcodes } from 'zxing-wasm/reader';
import type { Located } from './dewarp';
import { isFiniteQuad } from './quad';
import type { ReadFn } from './reader';

/** More than any photo or page we expect; zxing stops looking once it has this many. */
const MAX_SYMBOLS = 255;

export function zxingReader(read: typeof readBarcodes): ReadFn {
  return async (image, options) => {
    const results = await read(image as unknown as ImageData, {
      formats: ['QRCode'],
      tryHarder: options.tryHarder ?? true,
      tryRotate: options.tryRotate ?? true,
      tryInvert: options.tryInvert ?? true,
      tryDownscale: options.tryDownscale ?? true,
      downscaleFactor: options.downscaleFactor ?? 3,
      tryDenoise: options.tryDenoise ?? false,
      isPure: options.isPure ?? false,
      binarizer: options.binarizer ?? 'LocalAverage',
      textMode: 'Plain',
      maxNumberOfSymbols: MAX_SYMBOLS,
      returnErrors: true,
    });
    const symbols: { text: string; quad: Located['quad'] }[] = [];
    const located: Located[] = [];
    const hints: Located[] = [];
    for (const r of results) {
      if (!isFiniteQuad(r.position)) continue;
      if (r.isValid) symbols.push({ text: r.text, quad: r.position });
      // Only full-size QR Model 2 symbols: their fixed patterns are what dewarping aligns to.
      else if (r.format === 'QRCode' && /^\d+$/.test(r.version))
        located.push({ quad: r.position, size: 17 + 4 * Number(r.version) });
      else {
        // A Micro QR (M1–M4) or rMQR (R<height>x<width>) that failed: zxing took a finder pattern
        // (of a QR code it could not assemble, usually) for one of these. Its modules are the size
        // of the real code's.
        const micro = /^M([1-4])$/.exec(r.version);
        const rmqr = /^R(\d+)x\d+$/.exec(r.version);
        const size = micro ? 9 + 2 * Number(micro[1]) : rmqr ? Number(rmqr[1]) : 0;
        if (size > 0) hints.push({ quad: r.position, size });
      }
    }
    return { symbols, located, hints };
  };
}
