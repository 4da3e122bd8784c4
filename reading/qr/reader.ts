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
  /** Also the image turned by 90° (on by default; QR detection needs no turn, linear codes do). */
  tryRotate?: boolean;
  /** Also the image inverted (light on dark; on by default). */
  tryInvert?: boolean;
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
  /**
   * Where zxing saw a finder pattern but no QR code it could assemble (a failed Micro QR or rMQR
   * candidate), with the candidate's module count: a region worth a closer look.
   */
  hints?: Located[];
}

/** zxing-wasm's readBarcodes, reduced to what the strategies need (injected: worker or Node). */
export type ReadFn = (image: Pixels, options: ReadOptions) => Promise<ReadOutcome>;
