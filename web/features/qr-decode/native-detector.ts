// The platform's BarcodeDetector (Shape Detection API), where it reads QR codes: Android,
// ChromeOS and macOS Chromium have one; Linux Chromium and Firefox do not. It is tried first;
// whatever it does not find goes to zxing-wasm.

interface NativeDetector {
  detect(image: ImageBitmap | ImageData | VideoFrame): Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats?(): Promise<string[]>;
}

let native: Promise<NativeDetector | null> | undefined;

/** The platform's QR detector, or null (absent, or present without QR support). Asked once. */
function nativeDetector(): Promise<NativeDetector | null> {
  native ??= (async () => {
    const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
    if (!Detector) return null;
    try {
      const formats = (await Detector.getSupportedFormats?.()) ?? [];
      return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return native;
}

/** The QR texts the platform's detector finds (distinct, none empty); [] when it has none. */
export async function detectNatively(image: ImageBitmap | ImageData | VideoFrame): Promise<string[]> {
  const detector = await nativeDetector();
  if (!detector) return [];
  const found = await detector.detect(image).catch(() => []);
  return [...new Set(found.map((f) => f.rawValue).filter((t) => t !== ''))];
}
