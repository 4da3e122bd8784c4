// What the chain tries on a region of interest (roi.ts): the surroundings of a symbol zxing
// located but could not read ("lead"), or of a finder pattern it took for a Micro QR or rMQR code
// ("hint": usually a corner of a QR code it could not assemble). A crop is small, so each attempt
// costs a few milliseconds, and the enhancements can be sized in modules: deblurring with a
// Gaussian of about half a module, normalising over one or two modules. The lists and their
// order are measured (bench/qr-set-study.ts on the odd-numbered half of BoofCV's set).
import { type Spectrum, spectrumOf, wienerGaussian } from './deblur';
import { localNormalize, unsharp } from './enhance';
import type { Pixels } from './image-ops';
import type { ReadOptions } from './reader';

export interface RegionAttempt {
  name: string;
  /** The crop is resampled to about this many pixels per module. */
  pxPerModule: number;
  /** Prepares the crop; `module` is its module size in pixels. */
  prepare: (crop: Pixels, module: number) => Pixels;
  options: ReadOptions;
}

/** A lead's box is grown by this much: its quiet zone and some slack for a wrong corner. */
export const LEAD_MARGIN = 1.5;
/**
 * A hint's box (a finder pattern and a little more) is grown by this much: enough to hold a code
 * of up to ~60 modules that has the hint at one of its corners.
 */
export const HINT_MARGIN = 4.5;

const same = (p: Pixels) => p;
/** A crop's spectrum, kept while the crop is (the deblurring attempts of one region share it). */
const spectra = new WeakMap<Pixels, Spectrum>();
/** Out of focus: Wiener deconvolution with a Gaussian of `share` of a module (deblur.ts). */
const deblurred = (share: number, noise: number) => (p: Pixels, module: number) => {
  let spectrum = spectra.get(p);
  if (!spectrum) {
    spectrum = spectrumOf(p);
    spectra.set(p, spectrum);
  }
  return wienerGaussian(spectrum, share * module, noise);
};
/** Glare, reflections, uneven light: each pixel against its surroundings of `modules` modules. */
const normalized = (modules: number) => (p: Pixels, module: number) =>
  localNormalize(p, Math.max(2, Math.round(modules * module)));

export const LEAD_ATTEMPTS: RegionAttempt[] = [
  {
    name: 'lead-unsharp',
    pxPerModule: 4,
    prepare: (p, m) => unsharp(p, Math.max(1, Math.round(m / 2)), 1.5),
    options: {},
  },
  { name: 'lead-global', pxPerModule: 4, prepare: same, options: { binarizer: 'GlobalHistogram' } },
  { name: 'lead-deblur', pxPerModule: 4, prepare: deblurred(0.45, 0.015), options: {} },
  { name: 'lead-normalize', pxPerModule: 6, prepare: normalized(2), options: {} },
  { name: 'lead-denoise', pxPerModule: 9, prepare: same, options: { tryDenoise: true } },
  { name: 'lead-deblur-wide', pxPerModule: 4, prepare: deblurred(0.6, 0.02), options: {} },
];

export const HINT_ATTEMPTS: RegionAttempt[] = [
  { name: 'hint-normalize', pxPerModule: 4, prepare: normalized(1), options: { tryDenoise: true } },
  { name: 'hint-fast', pxPerModule: 4, prepare: same, options: { tryHarder: false } },
  { name: 'hint-normalize-6', pxPerModule: 6, prepare: normalized(1), options: { tryDenoise: true } },
  { name: 'hint-deblur', pxPerModule: 4, prepare: deblurred(0.45, 0.015), options: {} },
];
