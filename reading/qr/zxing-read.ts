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
      tryRotate: true,
      tryInvert: true,
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
    for (const r of results) {
      if (!isFiniteQuad(r.position)) continue;
      if (r.isValid) symbols.push({ text: r.text, quad: r.position });
      // Only full-size QR Model 2 symbols: their fixed patterns are what dewarping aligns to.
      else if (r.format === 'QRCode' && /^\d+$/.test(r.version)) {
        located.push({ quad: r.position, size: 17 + 4 * Number(r.version) });
      }
    }
    return { symbols, located };
  };
}
