// The geometry a QR decoder knows before reading any data: where a symbol's corners map into the
// image, and which modules are fixed (finder, timing and alignment patterns). Used by dewarp.ts.

export interface Point {
  x: number;
  y: number;
}

/** A symbol's outer corners in the image, as zxing reports them. */
export interface Quad {
  topLeft: Point;
  topRight: Point;
  bottomRight: Point;
  bottomLeft: Point;
}

/** Perspective map from the unit square onto the quad (Heckbert's square-to-quad). */
export function squareToQuad(q: Quad): (u: number, v: number) => Point {
  const { x: x0, y: y0 } = q.topLeft;
  const { x: x1, y: y1 } = q.topRight;
  const { x: x2, y: y2 } = q.bottomRight;
  const { x: x3, y: y3 } = q.bottomLeft;
  const dx3 = x0 - x1 + x2 - x3;
  const dy3 = y0 - y1 + y2 - y3;
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const den = dx1 * dy2 - dx2 * dy1;
  const a13 = den === 0 ? 0 : (dx3 * dy2 - dx2 * dy3) / den;
  const a23 = den === 0 ? 0 : (dx1 * dy3 - dx3 * dy1) / den;
  const a11 = x1 - x0 + a13 * x1;
  const a21 = x3 - x0 + a23 * x3;
  const a12 = y1 - y0 + a13 * y1;
  const a22 = y3 - y0 + a23 * y3;
  return (u, v) => {
    const w = a13 * u + a23 * v + 1;
    return { x: (a11 * u + a21 * v + x0) / w, y: (a12 * u + a22 * v + y0) / w };
  };
}

/** Alignment pattern centre coordinates of a QR Model 2 version (ISO/IEC 18004 Annex E). */
function alignmentCentres(version: number): number[] {
  if (version < 2) return [];
  const count = Math.floor(version / 7) + 2;
  const last = 4 * version + 10;
  const step = version === 32 ? 26 : Math.ceil((last - 6) / (count - 1) / 2) * 2;
  const centres = [6];
  for (let i = count - 2; i >= 0; i--) centres.push(last - i * step);
  return centres;
}

/**
 * The fixed modules of a QR Model 2 symbol of `size` modules a side, row-major:
 * 1 = dark, -1 = light, 0 = data or format information (unknown before reading).
 */
export function fixedModules(size: number): Int8Array {
  const map = new Int8Array(size * size);
  const set = (row: number, col: number, dark: boolean) => {
    if (row >= 0 && col >= 0 && row < size && col < size) map[row * size + col] = dark ? 1 : -1;
  };
  for (let i = 8; i < size - 8; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  const version = (size - 17) / 4;
  const centres = alignmentCentres(version);
  for (const r of centres) {
    for (const c of centres) {
      const nearFinder = (r < 10 && c < 10) || (r < 10 && c > size - 10) || (r > size - 10 && c < 10);
      if (nearFinder) continue;
      for (let dr = -2; dr <= 2; dr++) {
        for (let dc = -2; dc <= 2; dc++) set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
      }
    }
  }
  // Finders with their light separators, drawn last so they win over everything else.
  for (const [top, left] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ] as const) {
    for (let dr = -1; dr <= 7; dr++) {
      for (let dc = -1; dc <= 7; dc++) {
        const ring = Math.max(Math.abs(dr - 3), Math.abs(dc - 3));
        set(top + dr, left + dc, ring !== 2 && ring !== 4);
      }
    }
  }
  set(size - 8, 8, true);
  return map;
}
