// The image the app's QR decoder reads once when the camera opens (web/features/qr-decode): a
// certificate-sized code in a camera-sized frame, so that zxing's wasm is compiled along the
// paths a real code takes before the first frame needs them (scripts/gen-warm-up-code.ts says
// why). Drawn here from one bit per module, so the decoder's chunk carries ~1.5 KB, not an image.
import { decodeBase64Strict } from '../../core/bytes';
import type { Pixels } from './image-ops';
import { WARM_UP_CODE_BASE64, WARM_UP_CODE_SIZE } from './warm-up-code';

export { WARM_UP_CODE_TEXT } from './warm-up-text';

const FRAME = { width: 640, height: 480 };
const PIXELS_PER_MODULE = 4;
const QUIET_ZONE = 4;
const GREY = 0x80;

/** The warm-up code, 4 pixels a module with its quiet zone, centred in a grey 640 × 480 frame. */
export function warmUpImage(): Pixels {
  const bits = decodeBase64Strict(WARM_UP_CODE_BASE64) ?? new Uint8Array(0);
  const { width, height } = FRAME;
  const data = new Uint8ClampedArray(width * height * 4).fill(GREY);
  const side = (WARM_UP_CODE_SIZE + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
  const left = (width - side) >> 1;
  const top = (height - side) >> 1;
  for (let y = 0; y < side; y++) {
    const row = Math.floor(y / PIXELS_PER_MODULE) - QUIET_ZONE;
    for (let x = 0; x < side; x++) {
      const col = Math.floor(x / PIXELS_PER_MODULE) - QUIET_ZONE;
      const inside = row >= 0 && col >= 0 && row < WARM_UP_CODE_SIZE && col < WARM_UP_CODE_SIZE;
      const bit = row * WARM_UP_CODE_SIZE + col;
      const dark = inside && ((bits[bit >> 3] as number) & (0x80 >> (bit & 7))) !== 0;
      data.fill(dark ? 0 : 255, 4 * ((top + y) * width + left + x), 4 * ((top + y) * width + left + x) + 3);
    }
  }
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width, height };
}
