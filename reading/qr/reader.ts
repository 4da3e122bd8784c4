// What the decode chain needs of a QR reader: zxing-wasm's readBarcodes reduced to texts and
// corners (zxing-read.ts adapts it), injected so the chain runs the same in a Web Worker and Node.
import type { Located } from './dewarp';
import type { Pixels } from './image-ops';
import type { Quad } from './qr-grid';

export interface ReadOptions {
  binarizer?: 'LocalAverage' | 'GlobalHistogram' | 'FixedThreshold' | 'BoolCast';
  tryDenoise?: boolean;
  tryDownscale?: boolean;
  /** zxing's downscale pyramid step (2–4; 3 by default). */
  downscaleFactor?: number;
  tryHarder?: boolean;
  isPure?: boolean;
}

export interface ReadSymbol {
  text: string;
  /** Corners in the coordinates of the image passed in. */
  quad: Quad;
}

export interface ReadOutcome {
  /** Symbols read (checksums passed). */
  symbols: ReadSymbol[];
  /** Symbols found but not read, in the coordinates of the image passed in. */
  located: Located[];
}

/** zxing-wasm's readBarcodes, reduced to what the strategies need (injected: worker or Node). */
export type ReadFn = (image: Pixels, options: ReadOptions) => Promise<ReadOutcome>;
