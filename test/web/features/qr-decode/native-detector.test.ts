// The platform's BarcodeDetector (absent on Linux Chromium, so the browser tests never reach it):
// used only when it reads QR codes, its texts distinct and non-empty, and any failure of it
// leaves the image to zxing-wasm.
import { afterEach, expect, it, vi } from 'vitest';

const image = { width: 10, height: 10 } as ImageData;

function fakeDetector(formats: string[] | Error, detect: () => Promise<{ rawValue: string }[]>) {
  const made: string[][] = [];
  class FakeBarcodeDetector {
    constructor(options: { formats: string[] }) {
      made.push(options.formats);
    }
    static getSupportedFormats = async () => {
      if (formats instanceof Error) throw formats;
      return formats;
    };
    detect = detect;
  }
  vi.stubGlobal('BarcodeDetector', FakeBarcodeDetector);
  return made;
}

async function fresh() {
  vi.resetModules();
  return (await import('../../../../web/features/qr-decode/native-detector')).detectNatively;
}

afterEach(() => vi.unstubAllGlobals());

it('no BarcodeDetector at all → nothing found natively', async () => {
  expect(await (await fresh())(image)).toEqual([]);
});

it('a detector that reads QR codes: its texts, distinct, without empty ones; made once, for QR only', async () => {
  const detect = vi.fn(async () => [
    { rawValue: 'https://a/' },
    { rawValue: '' },
    { rawValue: 'https://a/' },
  ]);
  const made = fakeDetector(['ean_13', 'qr_code'], detect);
  const detectNatively = await fresh();
  expect(await detectNatively(image)).toEqual(['https://a/']);
  expect(await detectNatively(image)).toEqual(['https://a/']);
  expect(made).toEqual([['qr_code']]);
  expect(detect).toHaveBeenCalledTimes(2);
});

it('a detector without QR support, one whose format query fails, one whose detect fails → []', async () => {
  const detect = vi.fn(async () => [{ rawValue: 'x' }]);
  fakeDetector(['ean_13'], detect);
  expect(await (await fresh())(image)).toEqual([]);
  expect(detect).not.toHaveBeenCalled();
  fakeDetector(new Error('NotSupportedError'), detect);
  expect(await (await fresh())(image)).toEqual([]);
  fakeDetector(['qr_code'], async () => Promise.reject(new Error('image is detached')));
  expect(await (await fresh())(image)).toEqual([]);
});
