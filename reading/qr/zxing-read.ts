// Adapts zxing-wasm's readBarcodes to the strategies' ReadFn: QR symbologies only, text exactly
// as encoded (textMode Plain: no HRI rewriting of control characters or GS1 data), several symbols
// allowed. Symbols found but not read (checksum errors) are passed on, so that the dewarping
// strategy knows where to look.
import type { readBarcodes } from 'zxing-wasm/reader';
import type { Located } from './dewarp';
import type { ReadFn } from './strategies';

export function zxingReader(read: typeof readBarcodes): ReadFn {
  return async (image, options) => {
    const results = await read(image as unknown as ImageData, {
      formats: ['QRCode'],
      tryHarder: true,
      tryRotate: true,
      tryInvert: true,
      tryDownscale: options.tryDownscale ?? true,
      tryDenoise: options.tryDenoise ?? false,
      binarizer: options.binarizer ?? 'LocalAverage',
      textMode: 'Plain',
      maxNumberOfSymbols: 8,
      returnErrors: true,
    });
    const texts: string[] = [];
    const located: Located[] = [];
    for (const r of results) {
      if (r.isValid) texts.push(r.text);
      // Only full-size QR Model 2 symbols: their fixed patterns are what dewarping aligns to.
      else if (r.format === 'QRCode' && /^\d+$/.test(r.version)) {
        located.push({ quad: r.position, size: 17 + 4 * Number(r.version) });
      }
    }
    return { texts, located };
  };
}
