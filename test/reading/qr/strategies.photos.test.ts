// The QR decoder (web/features/qr-decode through the Node adapter) on the public qr-photos corpus
// (../shared/vectors/qr-photos, scored as its README says: a hit is a returned text exactly equal
// to `text` or one of `alt_texts`), plus the adapter's behaviour on non-QR and broken input.
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  decodeQrFromPixels as decodeQrFromImageData,
  decodeQrFromImageFile,
} from '../../../reading/node/qr-node';

const CORPUS = new URL('../../../../shared/vectors/qr-photos/', import.meta.url);
const REQUIRED_HITS = 195;
/** Per image. Hits take well under 100 ms; this bounds the misses' full retry chain. */
const BUDGET_MS = 1500;

interface Entry {
  image: string;
  text: string;
  alt_texts?: string[];
  kind: 'photo' | 'synthetic';
}

const folderOf = (image: string) => image.slice(0, image.lastIndexOf('/'));

describe('qr-photos corpus', () => {
  it(`reads at least ${REQUIRED_HITS} of the 201 images`, { timeout: 120_000 }, async () => {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', CORPUS), 'utf8')) as Entry[];
    const perFolder = new Map<string, { hits: number; all: number }>();
    const misses: string[] = [];
    const times: number[] = [];
    for (const entry of manifest) {
      const bytes = new Uint8Array(readFileSync(new URL(entry.image.replaceAll('#', '%23'), CORPUS)));
      const started = performance.now();
      const texts = await decodeQrFromImageFile(bytes, BUDGET_MS);
      times.push(performance.now() - started);
      const expected = [entry.text, ...(entry.alt_texts ?? [])];
      const hit = texts.some((t) => expected.includes(t));
      const folder = perFolder.get(folderOf(entry.image)) ?? { hits: 0, all: 0 };
      perFolder.set(folderOf(entry.image), { hits: folder.hits + (hit ? 1 : 0), all: folder.all + 1 });
      if (!hit)
        misses.push(`${entry.image}: ${texts.length ? `misread ${JSON.stringify(texts)}` : 'nothing found'}`);
    }
    const hits = manifest.length - misses.length;
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(0);
    console.log(
      [
        `qr-photos: ${hits}/${manifest.length} (median ${at(0.5)} ms, p95 ${at(0.95)} ms per image, incl. file decoding)`,
        ...[...perFolder].map(([folder, r]) => `  ${folder}: ${r.hits}/${r.all}`),
        ...misses.map((m) => `  miss ${m}`),
      ].join('\n'),
    );
    expect(hits).toBeGreaterThanOrEqual(REQUIRED_HITS);
  });
});

describe('Node image adapter', () => {
  it('finds nothing in a blank image, without throwing', async () => {
    const canvas = createCanvas(640, 480);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 640, 480);
    const image = ctx.getImageData(0, 0, 640, 480);
    expect(await decodeQrFromImageData({ data: image.data, width: 640, height: 480 }, 500)).toEqual([]);
    expect(await decodeQrFromImageFile(new Uint8Array(canvas.toBuffer('image/png')), 500)).toEqual([]);
    // A fully transparent image (composited onto white) and an empty one.
    expect(
      await decodeQrFromImageData({ data: new Uint8ClampedArray(64 * 64 * 4), width: 64, height: 64 }, 200),
    ).toEqual([]);
    expect(await decodeQrFromImageData({ data: new Uint8ClampedArray(0), width: 0, height: 0 }, 200)).toEqual(
      [],
    );
  });

  it('rejects garbage, truncated and oversized files with a clear error', async () => {
    const garbage = new Uint8Array(1000).map((_, i) => (i * 37 + 11) & 0xff);
    await expect(decodeQrFromImageFile(garbage)).rejects.toMatchObject({ problem: 'fileUnreadable' });
    const png = new Uint8Array(createCanvas(50, 50).toBuffer('image/png'));
    const truncated = png.slice(0, 40);
    await expect(decodeQrFromImageFile(truncated)).rejects.toMatchObject({ problem: 'fileUnreadable' });
    // A PNG header claiming 10000 × 10000 pixels: refused before any decoding.
    const huge = png.slice();
    new DataView(huge.buffer).setUint32(16, 10_000);
    new DataView(huge.buffer).setUint32(20, 10_000);
    await expect(decodeQrFromImageFile(huge)).rejects.toMatchObject({ problem: 'imageTooManyPixels' });
    await expect(decodeQrFromImageFile(new Uint8Array(21 * 1024 * 1024))).rejects.toMatchObject({
      problem: 'fileTooLarge',
    });
    await expect(
      decodeQrFromImageData({ data: new Uint8ClampedArray(4), width: 8000, height: 6000 }, 100),
    ).rejects.toThrow('image too large');
  });
});
