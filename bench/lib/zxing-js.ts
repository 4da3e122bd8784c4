// zxing-js (@zxing/library) as the benches run it: zxing's own grey luminance, HybridBinarizer,
// TRY_HARDER, one inverted retry. Shared by the qr-photos page and the qr-set probes.
import {
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  InvertedLuminanceSource,
  type LuminanceSource,
  QRCodeReader,
  type Result,
  RGBLuminanceSource,
} from '@zxing/library';
import type { Pixels } from '../../reading/qr/image-ops';

/** The first symbol zxing-js reads in `image` (opaque RGBA), or null. */
export function zxingJsRead(image: Pixels): Result | null {
  const { data, width, height } = image;
  const grey = new Uint8ClampedArray(width * height);
  for (let p = 0; p < grey.length; p++) {
    const i = p * 4;
    grey[p] =
      (306 * (data[i] as number) + 601 * (data[i + 1] as number) + 117 * (data[i + 2] as number) + 0x200) >>
      10;
  }
  const hints = new Map([[DecodeHintType.TRY_HARDER, true]]);
  const source = new RGBLuminanceSource(grey, width, height);
  for (const s of [source, new InvertedLuminanceSource(source)] as LuminanceSource[]) {
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(s)), hints);
    } catch {
      // not found or not readable: try the inverted image, then give up
    }
  }
  return null;
}
