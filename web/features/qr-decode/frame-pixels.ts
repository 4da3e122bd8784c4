// A camera frame's pixels for the decoder. Drawing a VideoFrame on a canvas and reading it back
// converts YUV to RGB and costs 45–260 ms a 1280×720 frame in Chromium without a GPU (measured
// with bench/camera-verdict.ts): more than the decoding. The decoder only looks at luminance, and
// the Y plane of a YUV frame is exactly that, so it is copied out (VideoFrame.copyTo: 7–46 ms on
// the same loaded 2-core machine, a frame's YUV bytes without conversion) and spread to grey
// RGBA. Frames in RGB layouts, or whose pixels cannot be copied (format null: a GPU texture), are
// drawn as before.
import type { Pixels } from '../../../reading/qr/image-ops';
import { rawImageToRgba } from '../../../reading/qr/raw-pixels';

/** Layouts whose first plane is 8-bit luma (WebCodecs VideoPixelFormat). */
const Y_FIRST = new Set(['I420', 'I420A', 'I422', 'I422A', 'I444', 'I444A', 'NV12']);

/** The frame's luma as grey RGBA, or null when its layout has no 8-bit Y plane to copy. */
export async function frameLuma(frame: VideoFrame): Promise<Pixels | null> {
  const rect = frame.visibleRect;
  if (!frame.format || !Y_FIRST.has(frame.format) || !rect) return null;
  const width = rect.width;
  const height = rect.height;
  if (width < 1 || height < 1) return null;
  const buffer = new Uint8Array(frame.allocationSize({ rect }));
  // The default layout packs the planes tightly in order: Y first, `width` bytes a row.
  const layout = await frame.copyTo(buffer, { rect });
  const y = layout[0];
  if (!y || y.stride !== width) return null;
  return rawImageToRgba(buffer.subarray(y.offset, y.offset + width * height), width, height);
}
