// What an image's data may inflate to (ISO 32000-1 §8.9.5): its rows of width × components ×
// bits, a predictor byte per row, and a margin. The work budget stops inflating an image's
// stream there: past it is data pdf.js would inflate for nothing (a 100 × 100 image whose data
// inflated to 1 GiB cost 27 s and 2.6 GB).
import type { ObjectTable } from './pdf-objects';
import { isDict, type PdfDict, type PdfValue } from './pdf-syntax';

/** Components per colour space (§8.6); 4 when it cannot be told (an upper bound). */
function components(cs: PdfValue | undefined, table: ObjectTable): number {
  const v = table.resolve(cs);
  const family = Array.isArray(v) ? table.resolve(v[0]) : v;
  switch (family) {
    case 'DeviceGray':
    case 'G':
    case 'CalGray':
    case 'Indexed':
    case 'I':
    case 'Separation':
      return 1;
    case 'DeviceRGB':
    case 'RGB':
    case 'CalRGB':
    case 'Lab':
      return 3;
    case 'ICCBased': {
      const profile = Array.isArray(v) ? table.get(v[1])?.value : undefined;
      const n = isDict(profile) ? Number(table.resolve(profile.get('N'))) : 0;
      return n >= 1 && n <= 4 ? n : 4;
    }
    case 'DeviceN': {
      const names = Array.isArray(v) ? table.resolve(v[1]) : undefined;
      return Array.isArray(names) ? Math.max(1, names.length) : 4;
    }
    default:
      return 4;
  }
}

/**
 * What an image's data needs: rows of width × components × bits (plus a predictor byte per
 * row), with a margin. Anything past that is data pdf.js would inflate for nothing.
 */
export function imageLimit(dict: PdfDict, table: ObjectTable): number {
  const width = Number(table.resolve(dict.get('Width') ?? dict.get('W'))) || 0;
  const height = Number(table.resolve(dict.get('Height') ?? dict.get('H'))) || 0;
  const mask = table.resolve(dict.get('ImageMask') ?? dict.get('IM')) === true;
  const bits = mask ? 1 : Number(table.resolve(dict.get('BitsPerComponent') ?? dict.get('BPC'))) || 8;
  const comps = mask ? 1 : components(dict.get('ColorSpace') ?? dict.get('CS'), table);
  const need = (Math.ceil((width * comps * Math.min(bits, 16)) / 8) + 1) * height;
  return need + Math.ceil(need / 16) + 65_536;
}
