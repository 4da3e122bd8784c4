// Straightening a located symbol (reading/qr/dewarp.ts), on synthetic pages read by the real
// zxing-wasm: the flat rendering of a bent code reads where the photo does not, and the
// rendering with its fixed patterns repainted reads a code whose finder pattern a glare washed
// out, which neither the photo nor the plain rendering can.
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeQrFromPixels } from '../../../reading/node/qr-node';
import { dewarp } from '../../../reading/qr/dewarp';
import type { Pixels } from '../../../reading/qr/image-ops';
import { fixedModules } from '../../../reading/qr/qr-grid';
import { zxingReader } from '../../../reading/qr/zxing-read';
import { Page } from './draw-qr';
import { white } from './shapes';

const TEXT = 'https://dqcv.nqs.go.jp/w/?c=0123456789abcdef';
const read = zxingReader(readBarcodes);
const texts = async (p: Pixels) => (await read(p, {})).symbols.map((s) => s.text);

beforeAll(async () => {
  await decodeQrFromPixels(white(1, 1), 1); // loads the wasm
});

/** A code on a page with the centre of its top-right finder washed to the paper's colour. */
function washedFinder() {
  const page = new Page(520, 520);
  const px = 8;
  const placed = page.place(TEXT, 260, 260, px, 0, 'H');
  const size = Math.round((placed.quad.topRight.x - placed.quad.topLeft.x) / px);
  // The finder's 3×3 centre and the ring around it: what is left is no 1:1:3:1:1 pattern.
  page.ctx.fillStyle = '#fff';
  page.ctx.fillRect(placed.quad.topRight.x - 6 * px, placed.quad.topRight.y + px, 5 * px, 5 * px);
  return { page: page.pixels(), quad: placed.quad, size, px };
}

describe('dewarp', () => {
  it('renders a located symbol flat, its corners mapping back onto the photo', async () => {
    const page = new Page(400, 400);
    const placed = page.place(TEXT, 200, 200, 6, 20);
    const { topLeft: a, topRight: b } = placed.quad;
    const size = Math.round(Math.hypot(b.x - a.x, b.y - a.y) / 6);
    const flat = dewarp(page.pixels(), { quad: placed.quad, size });
    expect(flat).not.toBeNull();
    if (!flat) return;
    expect(await texts(flat.pixels)).toEqual([TEXT]);
    // The flat symbol's top-left corner (after the 4-module margin) lands on the placed one.
    const scale = flat.pixels.width / (size + 8);
    const corner = flat.toSource({ x: 4 * scale, y: 4 * scale });
    expect(Math.hypot(corner.x - placed.quad.topLeft.x, corner.y - placed.quad.topLeft.y)).toBeLessThan(6);
  });

  it('repaints the fixed patterns: a code with a washed-out finder reads only then', async () => {
    const { page, quad, size } = washedFinder();
    expect(await texts(page)).toEqual([]);
    const flat = dewarp(page, { quad, size });
    expect(flat).not.toBeNull();
    if (!flat) return;
    expect(await texts(flat.pixels)).toEqual([]);
    const repainted = flat.repainted();
    expect(await texts(repainted)).toEqual([TEXT]);
    // The plain rendering is left as it was (the chain reads it first).
    expect(await texts(flat.pixels)).toEqual([]);
  });

  it('paints every fixed module dark or light as the layout says, and nothing else', () => {
    const { page, quad, size } = washedFinder();
    const flat = dewarp(page, { quad, size });
    if (!flat) throw new Error('no rendering');
    const repainted = flat.repainted();
    const scale = repainted.width / (size + 8);
    const at = (p: Pixels, r: number, c: number) =>
      p.data[(Math.floor((r + 4.5) * scale) * p.width + Math.floor((c + 4.5) * scale)) * 4] as number;
    const fixed = fixedModules(size);
    let dark = 0;
    let light = 0;
    let changedData = 0;
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        const f = fixed[r * size + c];
        if (f === 1) dark = Math.max(dark, at(repainted, r, c));
        else if (f === -1) light = Math.max(light, 255 - at(repainted, r, c));
        else if (at(repainted, r, c) !== at(flat.pixels, r, c)) changedData++;
      }
    }
    expect(dark).toBeLessThan(80); // every fixed dark module is dark…
    expect(light).toBeLessThan(80); // …every fixed light one light
    expect(changedData).toBe(0); // and the data modules are as sampled
  });
});
