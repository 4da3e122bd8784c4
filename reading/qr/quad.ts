// Plane geometry of the quadrilaterals a QR symbol occupies in an image: area, overlap (IoU),
// growing a quad by a margin. The decoding chain uses it to tell a symbol it already read from a
// new one (several codes in one photo, or one PDF page with several certificates), and the
// qr-set bench to match a read symbol with a labelled one.
import type { Point, Quad } from './qr-grid';

export const corners = (q: Quad): Point[] => [q.topLeft, q.topRight, q.bottomRight, q.bottomLeft];

export const quadOf = (p: Point[]): Quad => ({
  topLeft: p[0] ?? { x: 0, y: 0 },
  topRight: p[1] ?? { x: 0, y: 0 },
  bottomRight: p[2] ?? { x: 0, y: 0 },
  bottomLeft: p[3] ?? { x: 0, y: 0 },
});

/** Signed area (shoelace): positive when the points turn counter-clockwise in y-up axes. */
function signedArea(poly: Point[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i] as Point;
    const b = poly[(i + 1) % poly.length] as Point;
    s += a.x * b.y - b.x * a.y;
  }
  return s / 2;
}

export const polygonArea = (poly: Point[]): number => Math.abs(signedArea(poly));

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Convex hull (monotone chain), counter-clockwise in the sense of signedArea > 0. */
export function convexHull(points: Point[]): Point[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const lower: Point[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower.at(-2) as Point, lower.at(-1) as Point, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Point[] = [];
  for (const q of p.reverse()) {
    while (upper.length >= 2 && cross(upper.at(-2) as Point, upper.at(-1) as Point, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Sutherland–Hodgman: `subject` clipped by the convex, counter-clockwise polygon `clip`. */
function clipConvex(subject: Point[], clip: Point[]): Point[] {
  let out = subject;
  for (let i = 0; i < clip.length && out.length > 0; i++) {
    const a = clip[i] as Point;
    const b = clip[(i + 1) % clip.length] as Point;
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j] as Point;
      const q = input[(j + 1) % input.length] as Point;
      const pIn = cross(a, b, p) >= 0;
      const qIn = cross(a, b, q) >= 0;
      if (pIn) out.push(p);
      if (pIn !== qIn) {
        const t = cross(a, b, p) / (cross(a, b, p) - cross(a, b, q));
        out.push({ x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y) });
      }
    }
  }
  return out;
}

/**
 * Intersection over union of two quadrilaterals (each taken as its convex hull, so the corner
 * order and winding do not matter): 0 when they do not overlap, 1 when they coincide.
 */
export function quadIoU(a: Quad, b: Quad): number {
  const ha = convexHull(corners(a));
  const hb = convexHull(corners(b));
  const areaA = polygonArea(ha);
  const areaB = polygonArea(hb);
  if (areaA <= 0 || areaB <= 0) return 0;
  const inter = polygonArea(clipConvex(ha, hb));
  const union = areaA + areaB - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * The share of the smaller quad that lies inside the larger one: 1 when one holds the other.
 * Two real symbols never overlap, so a large share means the same symbol, or a spurious one
 * found among a real symbol's modules.
 */
export function overlapOfSmaller(a: Quad, b: Quad): number {
  const ha = convexHull(corners(a));
  const hb = convexHull(corners(b));
  const smaller = Math.min(polygonArea(ha), polygonArea(hb));
  if (ha.length < 3 || hb.length < 3 || smaller <= 0) return 0;
  return polygonArea(clipConvex(ha, hb)) / smaller;
}

/** The quad grown about its centre by `factor` (1.2 = 20 % wider and taller). */
export function growQuad(q: Quad, factor: number): Quad {
  const c = corners(q);
  const cx = c.reduce((s, p) => s + p.x, 0) / 4;
  const cy = c.reduce((s, p) => s + p.y, 0) / 4;
  return quadOf(c.map((p) => ({ x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor })));
}

/** Every corner mapped through `f` (a crop's offset, a scale, a dewarp's mesh). */
export const mapQuad = (q: Quad, f: (p: Point) => Point): Quad => quadOf(corners(q).map(f));

/** True when all four corners are finite numbers (zxing reports NaN-free quads, fakes may not). */
export const isFiniteQuad = (q: Quad): boolean => corners(q).every((p) => Number.isFinite(p.x + p.y));
