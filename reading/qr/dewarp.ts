// Straightening a QR code printed on something bent or creased (a T-shirt, a folded card).
// zxing-cpp finds such a symbol but samples it through a single perspective transform, and the
// bend moves many module centres by half a module: a checksum error. Here the sampling grid gets
// a coarse mesh of corrections, fitted so that the fixed patterns land on their known colours and
// every other module centre lands clearly on dark or light (not on an edge). The symbol is then
// redrawn flat, with a clean quiet zone, for zxing to read again; when that fails, the rendering
// with its fixed patterns repainted as they must be is read once more (a stained finder, timing or
// alignment pattern misleads zxing's own sampling of an otherwise readable symbol: measured on
// BoofCV's `damaged` photos, odd half 42.9 → 52.4 %).
import { boxMean, type Field, greyRegion, levelRange, sample } from './grey-field';
import type { Pixels, View } from './image-ops';
import { fitMesh, Mesh } from './mesh-fit';
import { fixedModules, type Point, type Quad } from './qr-grid';

/** A symbol zxing located but could not read. */
export interface Located {
  quad: Quad;
  /** Modules per side (17 + 4 × version). */
  size: number;
}

const MARGIN = 4;

/** The symbol resampled flat at `scale` pixels per module, inside a white 4-module quiet zone. */
function render(mesh: Mesh, size: number, g: Field, scale: number): Pixels {
  const margin = MARGIN;
  const side = (size + 2 * margin) * scale;
  const out = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    const v = (y + 0.5) / scale - margin;
    if (v < 0 || v > size) continue;
    for (let x = 0; x < side; x++) {
      const u = (x + 0.5) / scale - margin;
      if (u < 0 || u > size) continue;
      const p = mesh.map(u / size, v / size);
      const value = sample(g, p.x, p.y);
      const o = (y * side + x) * 4;
      out[o] = value;
      out[o + 1] = value;
      out[o + 2] = value;
    }
  }
  return { data: out, width: side, height: side };
}

/**
 * The fixed patterns (finders, separators, timing, alignment) painted over the flat rendering as
 * they must be, at the symbol's own dark and light levels (the 10th and 90th percentiles of its
 * module centres, so that zxing's local thresholds around them stay as they were). A finder
 * washed out by glare or hidden by a stain then no longer stops zxing from locating the symbol;
 * its error correction still has to restore the data modules on its own.
 */
function repaintFixed(out: Pixels, mesh: Mesh, size: number, g: Field, scale: number): void {
  const centres: number[] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const p = mesh.map((c + 0.5) / size, (r + 0.5) / size);
      centres.push(sample(g, p.x, p.y));
    }
  }
  centres.sort((a, b) => a - b);
  const dark = centres[Math.floor(centres.length * 0.1)] ?? 0;
  const light = centres[Math.floor(centres.length * 0.9)] ?? 255;
  const fixed = fixedModules(size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const f = fixed[r * size + c];
      if (!f) continue;
      const value = f > 0 ? dark : light;
      for (let y = (r + MARGIN) * scale; y < (r + MARGIN + 1) * scale; y++) {
        for (let x = (c + MARGIN) * scale; x < (c + MARGIN + 1) * scale; x++) {
          const o = (y * out.width + x) * 4;
          out.data[o] = value;
          out.data[o + 1] = value;
          out.data[o + 2] = value;
        }
      }
    }
  }
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export interface DewarpOptions {
  /** The time (on `clock`, performance.now by default) after which fitting stops early (the mesh found so far is used). */
  deadline?: number;
  clock?: () => number;
}

/**
 * The located symbol, straightened and redrawn with a quiet zone; null when it is too small,
 * implausible or outside the image. Works on the symbol's surroundings only, shrunk when the
 * modules are large, so the cost depends on the symbol's version, not on the photo's size.
 */
export function dewarp(
  src: Pixels,
  { quad, size }: Located,
  { deadline, clock }: DewarpOptions = {},
): (Required<View> & { repainted: () => Pixels }) | null {
  const corners = [quad.topLeft, quad.topRight, quad.bottomRight, quad.bottomLeft];
  if (!corners.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) return null;
  const side = (dist(quad.topLeft, quad.topRight) + dist(quad.topLeft, quad.bottomLeft)) / 2;
  const moduleSize = side / size;
  if (moduleSize < 1.5 || size < 21 || size > 177 || !Number.isInteger((size - 17) / 4)) return null;
  const pad = 3 * moduleSize;
  const x0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p.x)) - pad));
  const y0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p.y)) - pad));
  const x1 = Math.min(src.width, Math.ceil(Math.max(...corners.map((p) => p.x)) + pad));
  const y1 = Math.min(src.height, Math.ceil(Math.max(...corners.map((p) => p.y)) + pad));
  if (x1 - x0 < 21 || y1 - y0 < 21) return null;
  // Around 5 pixels per module is plenty to place the grid; more only costs time.
  const factor = Math.max(1, Math.floor(moduleSize / 5));
  const g = greyRegion(src, x0, y0, x1 - x0, y1 - y0, factor);
  const local = (p: Point): Point => ({ x: (p.x - x0) / factor, y: (p.y - y0) / factor });
  const fieldQuad: Quad = {
    topLeft: local(quad.topLeft),
    topRight: local(quad.topRight),
    bottomRight: local(quad.bottomRight),
    bottomLeft: local(quad.bottomLeft),
  };
  const m = moduleSize / factor;
  // Blur by about a quarter module (none for tiny modules, which it would wash out).
  const blurred = boxMean(g, Math.round(m / 4));
  const mean = boxMean(g, Math.max(2, Math.round(m * 2.5)));
  // Mesh cells of about 6×6 modules: fine enough for a crease, coarse enough to stay rigid.
  const mesh = new Mesh(fieldQuad, Math.max(2, Math.round(size / 6)));
  const contrast = Math.max(16, levelRange(blurred));
  fitMesh(mesh, {
    size,
    blurred,
    mean,
    moduleSize: m,
    contrast,
    deadline: deadline ?? Number.POSITIVE_INFINITY,
    ...(clock ? { clock } : {}),
  });
  const scale = Math.max(3, Math.min(6, Math.round(m)));
  // A point of the flat rendering back in `src`: through the fitted mesh, then the region's crop.
  const toSource = (p: Point): Point => {
    const f = mesh.map((p.x / scale - MARGIN) / size, (p.y / scale - MARGIN) / size);
    return { x: x0 + f.x * factor, y: y0 + f.y * factor };
  };
  const pixels = render(mesh, size, g, scale);
  const repainted = () => {
    const copy = { ...pixels, data: new Uint8ClampedArray(pixels.data) };
    repaintFixed(copy, mesh, size, g, scale);
    return copy;
  };
  return { pixels, toSource, repainted };
}
