// Deblurring a code's region: an out-of-focus photo spreads each module over its neighbours
// (roughly a Gaussian of about half a module), so a light module between dark ones turns grey and
// no threshold separates them. Wiener deconvolution with that Gaussian undoes most of it where
// the contrast survives. The point spread is known only relative to the module size, which the
// chain knows for a located symbol (its version), so this runs on regions of interest (roi.ts),
// never on a whole photo. The Gaussian's transfer function is analytic, so one forward transform
// of the region serves every width tried.
import { fromGrey, toGrey } from './enhance';
import { fft2d } from './fft';
import type { Pixels } from './image-ops';

/** Larger regions are not deconvolved (a crop for a region of interest is ≤ 512 px a side). */
export const MAX_DEBLUR_SIDE = 1024;

export interface Spectrum {
  re: Float64Array;
  im: Float64Array;
  /** The transform's side (a power of two ≥ the region's sides). */
  n: number;
  width: number;
  height: number;
}

/** Mirrored index: …2 1 0 | 0 1 2 … w-1 | w-1 w-2 … (keeps the padding free of hard edges). */
function mirror(i: number, size: number): number {
  const period = 2 * size;
  const j = ((i % period) + period) % period;
  return j < size ? j : period - 1 - j;
}

/** The grey levels' 2-D spectrum, the region mirrored into a square of a power-of-two side. */
export function spectrumOf(src: Pixels): Spectrum {
  const { width, height } = src;
  if (width > MAX_DEBLUR_SIDE || height > MAX_DEBLUR_SIDE) throw new RangeError('region too large to deblur');
  let n = 2;
  while (n < width || n < height) n *= 2;
  const grey = toGrey(src);
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let y = 0; y < n; y++) {
    const row = mirror(y, height) * width;
    for (let x = 0; x < n; x++) re[y * n + x] = grey[row + mirror(x, width)] as number;
  }
  fft2d(re, im, n);
  return { re, im, n, width, height };
}

/**
 * Wiener deconvolution for a Gaussian blur of `sigma` pixels: each frequency multiplied by
 * H (1 + k) / (H² + k), H = exp(−2π²σ²f²) (the Gaussian's transfer function, real and even); `k`
 * is the noise-to-signal ratio that keeps the frequencies the blur erased from being amplified
 * into noise (0.01–0.03 for a phone photo); the factor 1 + k keeps the mean level as it was.
 */
export function wienerGaussian(s: Spectrum, sigma: number, k: number): Pixels {
  const { n, width, height } = s;
  const re = new Float64Array(s.re);
  const im = new Float64Array(s.im);
  const c = -2 * Math.PI * Math.PI * sigma * sigma;
  for (let v = 0; v < n; v++) {
    const fv = (v <= n / 2 ? v : v - n) / n;
    for (let u = 0; u < n; u++) {
      const fu = (u <= n / 2 ? u : u - n) / n;
      const h = Math.exp(c * (fu * fu + fv * fv));
      const gain = (h * (1 + k)) / (h * h + k);
      const i = v * n + u;
      re[i] = (re[i] as number) * gain;
      im[i] = (im[i] as number) * gain;
    }
  }
  fft2d(re, im, n, true);
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) out[y * width + x] = re[y * n + x] as number;
  return fromGrey(out, width, height);
}
