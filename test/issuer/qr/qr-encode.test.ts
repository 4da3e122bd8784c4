// Our QR encoder against qrcode-generator, module for module (tables, Reed–Solomon, placement,
// masks, format and version information), and read back by zxing with the mask it chose.
import fc from 'fast-check';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../../issuer/qr/qr-encode';
import { penalty } from '../../../issuer/qr/qr-penalty';
import { dataCodewords, type EcLevel } from '../../../issuer/qr/qr-tables';
import { decodeQrFromPixels } from '../../../reading/node/qr-node';

function reference(bytes: Uint8Array, level: EcLevel): Uint8Array {
  const qr = qrcode(0, level);
  qr.addData(String.fromCharCode(...bytes), 'Byte'); // one char per byte: byte mode as is
  qr.make();
  const size = qr.getModuleCount();
  const out = new Uint8Array(size * size);
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) out[r * size + c] = qr.isDark(r, c) ? 1 : 0;
  return out;
}

const levels: EcLevel[] = ['L', 'M', 'Q', 'H'];
const sameAsSomeMask = (bytes: Uint8Array, level: EcLevel) => {
  const want = reference(bytes, level);
  return [0, 1, 2, 3, 4, 5, 6, 7].some((mask) => {
    const mine = encodeQr(bytes, level, mask).modules;
    return mine.length === want.length && mine.every((v, i) => v === want[i]);
  });
};

describe('QR encoder', () => {
  it.each(levels)('matches qrcode-generator for every version at level %s', (level) => {
    // The largest content of each of the 40 versions (ISO/IEC 18004 §7.4: mode, count, data).
    for (let version = 1; version <= 40; version++) {
      const n = Math.floor((dataCodewords(version, level) * 8 - 4 - (version < 10 ? 8 : 16)) / 8);
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + version) & 0xff);
      expect(encodeQr(bytes, level).version).toBe(version);
      expect(sameAsSomeMask(bytes, level), `version ${version}`).toBe(true);
    }
  });

  it('matches qrcode-generator on random contents', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 700 }),
        fc.constantFrom(...levels),
        (bytes, level) => sameAsSomeMask(bytes, level),
      ),
      { numRuns: 60 },
    );
  });

  it('is read back by zxing with the mask it chose', async () => {
    for (const text of ['https://dqcv.example.jp/w/?c=0oRYIqMBJgRI', 'x'.repeat(1200), '日本語の資格者証']) {
      const qr = encodeQr(new TextEncoder().encode(text), 'M');
      const scale = 4;
      const side = (qr.size + 8) * scale;
      const data = new Uint8ClampedArray(side * side * 4).fill(255);
      for (let y = 0; y < side; y++) {
        for (let x = 0; x < side; x++) {
          const r = Math.floor(y / scale) - 4;
          const c = Math.floor(x / scale) - 4;
          if (r >= 0 && c >= 0 && r < qr.size && c < qr.size && qr.modules[r * qr.size + c])
            data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
      expect(await decodeQrFromPixels({ data, width: side, height: side }, 1000)).toEqual([text]);
    }
  });

  it('chooses the mask with the lowest penalty of the finished symbol (first on ties)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 400 }),
        fc.constantFrom(...levels),
        (bytes, level) => {
          const scores = [0, 1, 2, 3, 4, 5, 6, 7].map((m) => {
            const qr = encodeQr(bytes, level, m);
            return penalty(qr.modules, qr.size);
          });
          expect(encodeQr(bytes, level).mask).toBe(scores.indexOf(Math.min(...scores)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses content beyond version 40', () => {
    expect(() => encodeQr(new Uint8Array(2332), 'M')).toThrow(RangeError);
    expect(encodeQr(new Uint8Array(2331), 'M').version).toBe(40);
  });
});
