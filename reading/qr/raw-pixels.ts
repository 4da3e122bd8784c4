// Raw pixel buffers (grey, RGB, RGBA) as the RGBA the QR decoder reads: pdf.js's image objects
// (the CLI's and the app's PDF readers) and camera frames (the app's decoder worker).
import type { Pixels } from './image-ops';

/** R, G, B, A in memory is 0xAABBGGRR as a 32-bit word on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Tightly packed 1-, 3- or 4-channel pixels as RGBA, for the decoder; null for any other layout.
 * pdf.js's raw image data comes so (a 1-bit mask gives null: the rendered page covers it), and so
 * does a camera frame's luma plane (grey is all the decoder looks at). One 32-bit write per
 * pixel: a 20-page 200 dpi scan is 77 MP, and a write per channel cost the CLI half a second.
 */
export function rawImageToRgba(
  data: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): Pixels | null {
  const n = width * height;
  const channels = data.length / n;
  if (channels === 4) return { data: new Uint8ClampedArray(data), width, height };
  if (channels !== 3 && channels !== 1) return null;
  const rgba = new Uint8ClampedArray(n * 4);
  if (!LITTLE_ENDIAN) {
    for (let i = 0, j = 0; i < n; i++, j += channels) {
      const grey = channels === 1;
      rgba[4 * i] = data[j] as number;
      rgba[4 * i + 1] = data[grey ? j : j + 1] as number;
      rgba[4 * i + 2] = data[grey ? j : j + 2] as number;
      rgba[4 * i + 3] = 255;
    }
  } else if (channels === 3) {
    const out = new Uint32Array(rgba.buffer);
    for (let i = 0, j = 0; i < n; i++, j += 3)
      out[i] =
        0xff000000 | ((data[j + 2] as number) << 16) | ((data[j + 1] as number) << 8) | (data[j] as number);
  } else {
    const out = new Uint32Array(rgba.buffer);
    for (let i = 0; i < n; i++) out[i] = 0xff000000 | ((data[i] as number) * 0x010101);
  }
  return { data: rgba, width, height };
}
