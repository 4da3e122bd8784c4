// Holder self-check: will the QR print well? From the image object the code was read from and
// the width it is drawn at: module size at 100 % scale, quiet zone, contrast. Thresholds follow
// common practice for office printers (ISO/IEC 18004 asks for a 4-module quiet zone).
import type { Pixels } from '../qr/image-ops';

export interface PrintQuality {
  moduleMm: number;
  quietZoneModules: number;
  /** (light − dark) / 255 of the symbol's pixels, 0–1. */
  contrast: number;
  ok: boolean;
}

export const MIN_MODULE_MM = 0.3;
export const MIN_QUIET_ZONE = 4;
export const MIN_CONTRAST = 0.6;

const lum = (d: Uint8ClampedArray, i: number) =>
  ((d[i] as number) * 77 + (d[i + 1] as number) * 150 + (d[i + 2] as number) * 29) >> 8;

/** null when the image is not essentially one QR symbol (e.g. a scanned page). */
export function printQuality(p: Pixels, widthPt: number): PrintQuality | null {
  const { width, height, data } = p;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  let darkSum = 0;
  let darkN = 0;
  let lightSum = 0;
  let lightN = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = lum(data, (y * width + x) * 4);
      if (v < 128) {
        darkSum += v;
        darkN++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      } else {
        lightSum += v;
        lightN++;
      }
    }
  }
  if (darkN === 0 || lightN === 0) return null;
  const symbolW = maxX - minX + 1;
  const symbolH = maxY - minY + 1;
  if (symbolW * symbolH < 0.3 * width * height || Math.abs(symbolW - symbolH) > 0.1 * symbolW) return null;
  // The top-left finder pattern is 7 modules wide: its first dark run on the top row.
  let run = 0;
  while (minX + run <= maxX && lum(data, (minY * width + minX + run) * 4) < 128) run++;
  const modulePx = run / 7;
  if (modulePx <= 0) return null;
  const moduleMm = (widthPt / width) * modulePx * (25.4 / 72);
  const quietPx = Math.min(minX, minY, width - 1 - maxX, height - 1 - maxY);
  const quietZoneModules = Math.floor(quietPx / modulePx + 0.01);
  const contrast = (lightSum / lightN - darkSum / darkN) / 255;
  return {
    moduleMm,
    quietZoneModules,
    contrast,
    ok: moduleMm >= MIN_MODULE_MM && quietZoneModules >= MIN_QUIET_ZONE && contrast >= MIN_CONTRAST,
  };
}
