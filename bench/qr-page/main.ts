// The bench page (Chromium, the app's real runtime): decodes one corpus image at a time with the
// three decoders compared by bench/qr-photos.ts. Only decoding is timed, not loading the file.

import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { onWhite, type Pixels } from '../../reading/qr/image-ops';
import { decodeQrImage } from '../../reading/qr/strategies';
import { zxingReader } from '../../reading/qr/zxing-read';
import { zxingJsRead } from '../lib/zxing-js';

export type DecoderName = 'zxing-wasm' | 'zxing-js' | 'chain';

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
});
const chainRead = zxingReader(readBarcodes);

/** The README's reference call: one readBarcodes with tryHarder, tryRotate, tryInvert, tryDownscale. */
async function zxingWasm(image: Pixels): Promise<string[]> {
  const results = await readBarcodes(onWhite(image) as ImageData, {
    formats: ['QRCode'],
    tryHarder: true,
    tryRotate: true,
    tryInvert: true,
    tryDownscale: true,
    textMode: 'Plain',
    maxNumberOfSymbols: 4,
  });
  return results.map((r) => r.text);
}

/** The README's zxing-js run (bench/lib/zxing-js.ts). */
function zxingJs(image: Pixels): string[] {
  const r = zxingJsRead(onWhite(image));
  return r ? [r.getText()] : [];
}

let current: ImageData | null = null;

async function load(url: string): Promise<{ width: number; height: number }> {
  const blob = await (await fetch(url)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  current = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return { width: current.width, height: current.height };
}

/** One decoder on the loaded image; for the chain, also which of its strategies read the code. */
async function run(
  decoder: DecoderName,
  budgetMs: number,
): Promise<{ texts: string[]; ms: number; strategy: string }> {
  const image = current;
  if (!image) throw new Error('no image loaded');
  let strategy = '';
  const onHit = (name: string) => {
    strategy = name;
  };
  const started = performance.now();
  const texts =
    decoder === 'zxing-wasm'
      ? await zxingWasm(image)
      : decoder === 'zxing-js'
        ? zxingJs(image)
        : await decodeQrImage(image, { budgetMs, read: chainRead, onHit });
  return { texts, ms: performance.now() - started, strategy };
}

/** Compiles the wasm before anything is timed. */
async function warmUp(): Promise<void> {
  await readBarcodes(new ImageData(8, 8), { formats: ['QRCode'] });
}

const bench = { load, run, warmUp };
export type Bench = typeof bench;
(globalThis as unknown as { bench: Bench }).bench = bench;
