// Quadrilateral geometry (reading/qr/quad.ts): the overlap measures that tell a new symbol from
// one already read, and that match read symbols with labelled ones in bench/qr-set.ts.
import { describe, expect, it } from 'vitest';
import {
  convexHull,
  growQuad,
  mapQuad,
  overlapOfSmaller,
  polygonArea,
  quadIoU,
  quadOf,
} from '../../../reading/qr/quad';
import { square } from './shapes';

describe('quadIoU', () => {
  it('is 1 for the same quad, whatever the corner order or winding', () => {
    const a = square(10, 20, 50);
    const reversed = quadOf([a.topLeft, a.bottomLeft, a.bottomRight, a.topRight]);
    const rotated = quadOf([a.bottomRight, a.bottomLeft, a.topLeft, a.topRight]);
    expect(quadIoU(a, a)).toBeCloseTo(1, 10);
    expect(quadIoU(a, reversed)).toBeCloseTo(1, 10);
    expect(quadIoU(a, rotated)).toBeCloseTo(1, 10);
  });

  it('is 0 for quads apart or only touching', () => {
    expect(quadIoU(square(0, 0, 10), square(20, 0, 10))).toBe(0);
    expect(quadIoU(square(0, 0, 10), square(10, 0, 10))).toBeCloseTo(0, 10);
  });

  it('measures a partial overlap: half of each square shared is 1/3', () => {
    expect(quadIoU(square(0, 0, 10), square(5, 0, 10))).toBeCloseTo(50 / 150, 10);
  });

  it('handles a turned quad (a diamond inside a square)', () => {
    const diamond = quadOf([
      { x: 5, y: 0 },
      { x: 10, y: 5 },
      { x: 5, y: 10 },
      { x: 0, y: 5 },
    ]);
    expect(quadIoU(square(0, 0, 10), diamond)).toBeCloseTo(50 / 100, 10);
  });

  it('is 0 for a degenerate quad', () => {
    const line = quadOf([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 20, y: 0 },
      { x: 5, y: 0 },
    ]);
    expect(quadIoU(line, square(0, -5, 10))).toBe(0);
  });
});

describe('overlapOfSmaller', () => {
  it('is 1 for a small quad inside a large one, while their IoU is small', () => {
    const big = square(0, 0, 100);
    const inner = square(40, 40, 20);
    expect(overlapOfSmaller(big, inner)).toBeCloseTo(1, 10);
    expect(overlapOfSmaller(inner, big)).toBeCloseTo(1, 10);
    expect(quadIoU(big, inner)).toBeCloseTo(0.04, 10);
  });

  it('is 0 for quads apart', () => {
    expect(overlapOfSmaller(square(0, 0, 10), square(30, 30, 10))).toBe(0);
  });
});

describe('helpers', () => {
  it('convexHull drops the inner point and polygonArea measures the hull', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 5, y: 3 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ]);
    expect(hull).toHaveLength(4);
    expect(polygonArea(hull)).toBeCloseTo(100, 10);
  });

  it('growQuad scales about the centre; mapQuad moves every corner', () => {
    const g = growQuad(square(0, 0, 10), 1.2);
    expect(g.topLeft).toEqual({ x: -1, y: -1 });
    expect(g.bottomRight.x).toBeCloseTo(11, 10);
    const moved = mapQuad(square(0, 0, 10), (p) => ({ x: p.x + 5, y: p.y * 2 }));
    expect(moved.bottomRight).toEqual({ x: 15, y: 20 });
  });
});
