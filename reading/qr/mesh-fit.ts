// The sampling grid of a bent QR symbol: a perspective map plus a coarse mesh of pixel offsets,
// fitted by hill climbing so that the fixed patterns land on their known colours and every other
// module centre lands clearly on dark or light rather than on an edge between modules.
import { type Field, sample } from './grey-field';
import { fixedModules, type Point, type Quad, squareToQuad } from './qr-grid';

/** A perspective map plus a bilinear mesh of pixel offsets over K×K cells of the symbol. */
export class Mesh {
  readonly dx: Float64Array;
  readonly dy: Float64Array;
  readonly base: (u: number, v: number) => Point;
  constructor(
    quad: Quad,
    readonly k: number,
  ) {
    this.base = squareToQuad(quad);
    this.dx = new Float64Array((k + 1) * (k + 1));
    this.dy = new Float64Array((k + 1) * (k + 1));
  }

  /** The top-left node of the cell holding (u, v), and the bilinear weights of its 4 nodes. */
  cell(u: number, v: number): { node: number; w: [number, number, number, number] } {
    const { k } = this;
    const cx = Math.min(k - 1, Math.max(0, Math.floor(u * k)));
    const cy = Math.min(k - 1, Math.max(0, Math.floor(v * k)));
    const fx = u * k - cx;
    const fy = v * k - cy;
    return { node: cy * (k + 1) + cx, w: [(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy] };
  }

  /** Image position of (u, v) in [0, 1]² symbol coordinates. */
  map(u: number, v: number): Point {
    const p = this.base(u, v);
    const { node: n, w } = this.cell(u, v);
    const m = n + this.k + 1;
    const { dx, dy } = this;
    p.x +=
      w[0] * (dx[n] as number) +
      w[1] * (dx[n + 1] as number) +
      w[2] * (dx[m] as number) +
      w[3] * (dx[m + 1] as number);
    p.y +=
      w[0] * (dy[n] as number) +
      w[1] * (dy[n + 1] as number) +
      w[2] * (dy[m] as number) +
      w[3] * (dy[m + 1] as number);
    return p;
  }
}

/** Module centres, precomputed: perspective position, cell and weights never change while fitting. */
interface Modules {
  baseX: Float64Array;
  baseY: Float64Array;
  /** The 4 nodes of each module's cell, and their weights. */
  nodes: Int32Array;
  weights: Float64Array;
  /** Modules grouped by node: moving a node changes only these. */
  byNode: number[][];
}

function modules(mesh: Mesh, size: number): Modules {
  const count = size * size;
  const out: Modules = {
    baseX: new Float64Array(count),
    baseY: new Float64Array(count),
    nodes: new Int32Array(count * 4),
    weights: new Float64Array(count * 4),
    byNode: Array.from({ length: mesh.dx.length }, () => []),
  };
  const row = mesh.k + 1;
  for (let m = 0; m < count; m++) {
    const u = ((m % size) + 0.5) / size;
    const v = (Math.floor(m / size) + 0.5) / size;
    const p = mesh.base(u, v);
    out.baseX[m] = p.x;
    out.baseY[m] = p.y;
    const { node, w } = mesh.cell(u, v);
    [node, node + 1, node + row, node + row + 1].forEach((n, i) => {
      out.nodes[m * 4 + i] = n;
      out.weights[m * 4 + i] = w[i] as number;
      out.byNode[n]?.push(m);
    });
  }
  return out;
}

export interface FitInput {
  size: number;
  /** Slightly blurred grey levels: a module centre reads its module, an edge reads in between. */
  blurred: Field;
  /** Local mean grey level: the dark/light threshold. */
  mean: Field;
  moduleSize: number;
  /** Grey-level range, to make the score independent of exposure. */
  contrast: number;
  /** The time (on `clock`, performance.now by default) after which fitting stops (the mesh found so far stays). */
  deadline: number;
  clock?: () => number;
}

const STEPS = [0.5, 0.25, 0.12];
const MAX_PASSES = 6;

export function fitMesh(
  mesh: Mesh,
  { size, blurred, mean, moduleSize, contrast, deadline, clock = () => performance.now() }: FitInput,
): void {
  const fixed = fixedModules(size);
  const mods = modules(mesh, size);
  const { dx, dy } = mesh;
  const score = (m: number): number => {
    let x = mods.baseX[m] as number;
    let y = mods.baseY[m] as number;
    for (let i = m * 4; i < m * 4 + 4; i++) {
      const n = mods.nodes[i] as number;
      x += (mods.weights[i] as number) * (dx[n] as number);
      y += (mods.weights[i] as number) * (dy[n] as number);
    }
    const darkness = (sample(mean, x, y) - sample(blurred, x, y)) / contrast;
    const known = fixed[m] as number;
    return known === 0 ? Math.abs(darkness) : 2 * known * darkness;
  };
  // Bending costs: neighbouring nodes should move alike, which keeps the grid from folding or
  // sliding a whole module over data that looks the same either way.
  const stiffness = 3 / (moduleSize * moduleSize);
  const row = mesh.k + 1;
  const bend = (n: number): number => {
    let cost = 0;
    const x = n % row;
    for (const o of [x > 0 ? n - 1 : -1, x < row - 1 ? n + 1 : -1, n - row, n + row]) {
      if (o < 0 || o >= dx.length) continue;
      cost += ((dx[n] as number) - (dx[o] as number)) ** 2 + ((dy[n] as number) - (dy[o] as number)) ** 2;
    }
    return cost * stiffness;
  };
  const local = (n: number): number => {
    let s = -bend(n);
    for (const m of mods.byNode[n] as number[]) s += score(m);
    return s;
  };
  // Coordinate descent: each node tries a step either way along x, then along y.
  const tryAxis = (n: number, axis: Float64Array, d: number): boolean => {
    const start = axis[n] as number;
    let best = local(n);
    let bestValue = start;
    for (const value of [start + d, start - d]) {
      axis[n] = value;
      const s = local(n);
      if (s > best + 1e-6) {
        best = s;
        bestValue = value;
      }
    }
    axis[n] = bestValue;
    return bestValue !== start;
  };
  for (const step of STEPS) {
    const d = step * moduleSize;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (clock() > deadline) return;
      let moved = false;
      for (let n = 0; n < dx.length; n++) {
        if (tryAxis(n, dx, d)) moved = true;
        if (tryAxis(n, dy, d)) moved = true;
      }
      if (!moved) break;
    }
  }
}
