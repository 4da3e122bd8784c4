// Candidate steps for the QR chain, each runnable alone on one photo (bench/qr-set-study.ts): the
// chain as it is, each of its attempts (with straightening what it locates, as the chain does),
// and candidates under evaluation. Every probe returns symbols in the photo's coordinates.
import { ATTEMPTS, type Attempt, scaled, workingCopy } from '../../reading/qr/attempts';
import { spectrumOf, wienerGaussian } from '../../reading/qr/deblur';
import { dewarp } from '../../reading/qr/dewarp';
import { localNormalize, unsharp } from '../../reading/qr/enhance';
import type { Pixels, View } from '../../reading/qr/image-ops';
import type { Point, Quad } from '../../reading/qr/qr-grid';
import { growQuad, mapQuad, quadIoU } from '../../reading/qr/quad';
import type { ReadFn, ReadOptions, ReadSymbol } from '../../reading/qr/reader';
import { boxAround, cropResized, type Lead, leadView } from '../../reading/qr/roi';
import { findQrCodes } from '../../reading/qr/strategies';
import { zxingJsRead } from './zxing-js';

/** `labels` only for the oracle probes (an upper bound: where the codes are, given). */
export type Probe = (image: Pixels, read: ReadFn, labels: Quad[]) => Promise<ReadSymbol[]>;

/** One attempt as the chain runs it, on an unmasked photo. */
async function runAttempt(image: Pixels, read: ReadFn, attempt: Attempt): Promise<ReadSymbol[]> {
  const source: View = attempt.from === 'work' ? workingCopy(image) : { pixels: image };
  const toFull = source.toSource ?? ((p: Point) => p);
  const view = attempt.prepare(source.pixels);
  const toSource = view.toSource ? (p: Point) => toFull((view.toSource as (q: Point) => Point)(p)) : toFull;
  const outcome = await read(view.pixels, attempt.options);
  const out = outcome.symbols.map((s) => ({ text: s.text, quad: mapQuad(s.quad, toSource) }));
  for (const lead of outcome.located.slice(0, 2)) {
    const flat = dewarp(view.pixels, lead);
    if (!flat) continue;
    for (const s of (await read(flat.pixels, {})).symbols)
      out.push({ text: s.text, quad: mapQuad(s.quad, (p) => toSource(flat.toSource(p))) });
  }
  return out;
}

/** Reads a view of the photo (mapped back by toSource), straightening up to two located symbols. */
async function readView(
  pixels: Pixels,
  read: ReadFn,
  options: ReadOptions,
  toSource: (p: Point) => Point,
): Promise<ReadSymbol[]> {
  const outcome = await read(pixels, options);
  const out = outcome.symbols.map((s) => ({ text: s.text, quad: mapQuad(s.quad, toSource) }));
  for (const lead of outcome.located.slice(0, 2)) {
    const flat = dewarp(pixels, lead);
    if (!flat) continue;
    for (const s of (await read(flat.pixels, {})).symbols)
      out.push({ text: s.text, quad: mapQuad(s.quad, (p) => toSource(flat.toSource(p))) });
  }
  return out;
}

/** A probe on the working copy: `prep` makes the pixels (same geometry), read with `options`. */
const onWork =
  (prep: (p: Pixels, full: Pixels) => View, options: ReadOptions = {}): Probe =>
  async (image, read) => {
    const work = workingCopy(image);
    const toFull = work.toSource ?? ((p: Point) => p);
    const view = prep(work.pixels, image);
    const toSource = view.toSource ? (p: Point) => toFull((view.toSource as (q: Point) => Point)(p)) : toFull;
    return readView(view.pixels, read, options, toSource);
  };

const norm = (div: number) => (p: Pixels) => ({
  pixels: localNormalize(p, Math.max(4, Math.round(Math.min(p.width, p.height) / div))),
});

/** One channel (0 R, 1 G, 2 B, 3 min, 4 max) of the full photo, shrunk like the working copy. */
function channel(full: Pixels, work: Pixels, c: number): View {
  const k = Math.round(full.width / work.width);
  const w = Math.floor(full.width / k);
  const h = Math.floor(full.height / k);
  const out = new Uint8ClampedArray(w * h * 4);
  const d = full.data;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = 0; dy < k; dy++)
        for (let dx = 0; dx < k; dx++) {
          const i = ((y * k + dy) * full.width + x * k + dx) * 4;
          const r = d[i] as number;
          const g = d[i + 1] as number;
          const b = d[i + 2] as number;
          s += c < 3 ? (d[i + c] as number) : c === 3 ? Math.min(r, g, b) : Math.max(r, g, b);
        }
      const o = (y * w + x) * 4;
      out[o] = out[o + 1] = out[o + 2] = s / (k * k);
      out[o + 3] = 255;
    }
  return {
    pixels: { data: out, width: w, height: h },
    toSource: (q) => ({ x: (q.x * w * k) / work.width / k, y: (q.y * h * k) / work.height / k }),
  };
}

/** zxing-js (bench/lib/zxing-js.ts); corners from its points. */
function zxingJs(image: Pixels): ReadSymbol[] {
  const r = zxingJsRead(image);
  if (!r) return [];
  const pts = r.getResultPoints().map((q) => ({ x: q.getX(), y: q.getY() }));
  // bottomLeft, topLeft, topRight finder centres: a quad through them (enough to overlap the label).
  const [bl, tl, tr] = pts as [Point, Point, Point];
  const br = { x: tr.x + bl.x - tl.x, y: tr.y + bl.y - tl.y };
  return [{ text: r.getText(), quad: { topLeft: tl, topRight: tr, bottomRight: br, bottomLeft: bl } }];
}

type Prep = (p: Pixels) => Pixels;
const VARIANTS: Record<string, [Prep, ReadOptions]> = {
  plain: [(p) => p, {}],
  norm: [(p) => localNormalize(p, Math.max(3, Math.round(Math.min(p.width, p.height) / 20))), {}],
  denoise: [(p) => p, { tryDenoise: true }],
  fast: [(p) => p, { tryHarder: false }],
  unsharp: [(p) => unsharp(p, 2, 1.5), {}],
  gh: [(p) => p, { binarizer: 'GlobalHistogram' }],
  zjs: [(p) => p, {}],
};

/** Oracle: each label's box (grown 1.5×) resampled so its longer side is `side` px, then `variant`. */
const oracle =
  (side: number, variant: string): Probe =>
  async (image, read, labels) => {
    const [prep, options] = VARIANTS[variant] as [Prep, ReadOptions];
    const out: ReadSymbol[] = [];
    for (const label of labels) {
      const r = boxAround(label, 1.5, image.width, image.height);
      if (!r) continue;
      const k = side / Math.max(r.width, r.height);
      const view = cropResized(
        image,
        r,
        Math.max(1, Math.round(r.width * k)),
        Math.max(1, Math.round(r.height * k)),
      );
      if (variant === 'zjs')
        out.push(
          ...zxingJs(view.pixels).map((x) => ({ text: x.text, quad: mapQuad(x.quad, view.toSource) })),
        );
      else out.push(...(await readView(prep(view.pixels), read, options, view.toSource)));
    }
    return out;
  };

/** Leads (located, unread symbols) and reads of the chain's first attempts, per photo. */
const leadCache = new WeakMap<Pixels, { leads: Lead[]; hints: Lead[]; symbols: ReadSymbol[] }>();
async function leadsOf(image: Pixels, read: ReadFn) {
  const cached = leadCache.get(image);
  if (cached) return cached;
  const symbols: ReadSymbol[] = [];
  const leads: Lead[] = [];
  const hints: Lead[] = [];
  for (const name of ['plain', 'normalize', 'denoise']) {
    const attempt = ATTEMPTS.find((a) => a.name === name) as Attempt;
    const source: View = attempt.from === 'work' ? workingCopy(image) : { pixels: image };
    const toFull = source.toSource ?? ((p: Point) => p);
    const view = attempt.prepare(source.pixels);
    const toSource = view.toSource ? (p: Point) => toFull((view.toSource as (q: Point) => Point)(p)) : toFull;
    const outcome = await read(view.pixels, attempt.options);
    symbols.push(...outcome.symbols.map((x) => ({ text: x.text, quad: mapQuad(x.quad, toSource) })));
    for (const l of outcome.located) {
      const quad = mapQuad(l.quad, toSource);
      if (symbols.some((x) => quadIoU(x.quad, quad) > 0)) continue;
      if (leads.some((x) => quadIoU(x.quad, quad) > 0.5)) continue;
      leads.push({ quad, size: l.size });
    }
    for (const h of outcome.hints ?? []) {
      const quad = mapQuad(h.quad, toSource);
      const grown = growQuad(quad, 4.5);
      if (hints.some((x) => quadIoU(growQuad(x.quad, 4.5), grown) > 0.3)) continue;
      hints.push({ quad, size: h.size });
    }
  }
  const unread = (l: Lead) => !symbols.some((x) => quadIoU(x.quad, l.quad) > 0);
  const result = {
    leads: leads.filter(unread),
    hints: hints.filter((h) => unread(h) && !leads.some((l) => quadIoU(l.quad, h.quad) > 0)),
    symbols,
  };
  leadCache.set(image, result);
  return result;
}

const ROI_VARIANTS: Record<string, (p: Pixels, m: number) => [Pixels, ReadOptions]> = {
  plain: (p) => [p, {}],
  norm: (p, m) => [localNormalize(p, Math.max(3, Math.round(2 * m))), {}],
  denoise: (p) => [p, { tryDenoise: true }],
  fast: (p) => [p, { tryHarder: false }],
  gh: (p) => [p, { binarizer: 'GlobalHistogram' }],
  unsharp: (p, m) => [unsharp(p, Math.max(1, Math.round(m / 2)), 1.5), {}],
  norm1: (p, m) => [localNormalize(p, Math.max(2, Math.round(m))), {}],
  norm1d: (p, m) => [localNormalize(p, Math.max(2, Math.round(m))), { tryDenoise: true }],
  norm2d: (p, m) => [localNormalize(p, Math.max(3, Math.round(2 * m))), { tryDenoise: true }],
  db45d: (p, m) => [wienerGaussian(spectrumOf(p), 0.45 * m, 0.015), { tryDenoise: true }],
  db30: (p, m) => [wienerGaussian(spectrumOf(p), 0.3 * m, 0.015), {}],
  db45: (p, m) => [wienerGaussian(spectrumOf(p), 0.45 * m, 0.015), {}],
  db60: (p, m) => [wienerGaussian(spectrumOf(p), 0.6 * m, 0.02), {}],
};

const roi =
  (pxPerModule: number, variant: string, fromHints = false): Probe =>
  async (image, read) => {
    const { leads, hints } = await leadsOf(image, read);
    const out: ReadSymbol[] = [];
    for (const lead of (fromHints ? hints : leads).slice(0, fromHints ? 4 : 6)) {
      const view = leadView(image, lead, { pxPerModule, margin: fromHints ? 4.5 : 1.5 });
      if (!view) continue;
      if (variant === 'zjs') {
        out.push(
          ...zxingJs(view.pixels).map((x) => ({ text: x.text, quad: mapQuad(x.quad, view.toSource) })),
        );
        continue;
      }
      const [pixels, options] = (ROI_VARIANTS[variant] as (p: Pixels, m: number) => [Pixels, ReadOptions])(
        view.pixels,
        view.moduleSize,
      );
      out.push(...(await readView(pixels, read, options, view.toSource)));
    }
    return out;
  };

const ORDERS: Record<string, string[]> = {
  'no-quiet-zone': ATTEMPTS.filter((a) => a.name !== 'quiet-zone').map((a) => a.name),
};

/** The attempts with `normalize` run only when nothing was read first (not after a hit). */
const NORMALIZE_ONLY_ON_MISS = ATTEMPTS.map((a) => (a.name === 'normalize' ? { ...a, afterHit: false } : a));

/** This process's CPU time in ms (the budget's clock on a shared machine). */
export const cpuClock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export const STUDY_PROBES: Record<string, Probe> = {
  'chain:free': (image, read) => findQrCodes(image, { budgetMs: 60_000, read }),
  'chain:cpu3s': (image, read) => findQrCodes(image, { budgetMs: 3000, read, clock: cpuClock }),
  'chain:cpu1.5s': (image, read) => findQrCodes(image, { budgetMs: 1500, read, clock: cpuClock }),
  'chain:normalize-on-miss': (image, read) =>
    findQrCodes(image, { budgetMs: 3000, read, clock: cpuClock, attempts: NORMALIZE_ONLY_ON_MISS }),
  // Orders of the whole-image attempts (names from attempts.ts), without a budget.
  ...Object.fromEntries(
    Object.entries(ORDERS).map(([name, order]) => [
      `order:${name}`,
      (image: Pixels, read: ReadFn) =>
        findQrCodes(image, {
          budgetMs: 60_000,
          read,
          attempts: order.map((n) => ATTEMPTS.find((a) => a.name === n) as Attempt),
        }),
    ]),
  ),
  'roi:leads': async (image, read) => (await leadsOf(image, read)).symbols,
  ...Object.fromEntries(
    [4, 6, 9].flatMap((m) => Object.keys(ROI_VARIANTS).map((v) => [`roi:${m}:${v}`, roi(m, v)])),
  ),
  ...Object.fromEntries(
    [4, 6].flatMap((m) => Object.keys(ROI_VARIANTS).map((v) => [`hint:${m}:${v}`, roi(m, v, true)])),
  ),
  ...Object.fromEntries([4, 6, 9].map((m) => [`roi:${m}:zjs`, roi(m, 'zjs')])),
  ...Object.fromEntries([4, 6].map((m) => [`hint:${m}:zjs`, roi(m, 'zjs', true)])),
  ...Object.fromEntries(
    [256, 400, 640].flatMap((side) => Object.keys(VARIANTS).map((v) => [`o:${side}:${v}`, oracle(side, v)])),
  ),
  'w:zjs': async (image) => {
    const work = workingCopy(image);
    return zxingJs(work.pixels).map((x) => ({
      text: x.text,
      quad: mapQuad(x.quad, work.toSource ?? ((p) => p)),
    }));
  },
  'w:norm25': onWork(norm(25)),
  'w:norm100': onWork(norm(100)),
  'w:norm-fast': onWork(norm(50), { tryHarder: false }),
  'w:norm-denoise': onWork(norm(50), { tryDenoise: true }),
  'w:half': onWork((p) => scaled(p, 0.5)),
  'w:half-norm': onWork((p) => {
    const v = scaled(p, 0.5);
    return { pixels: norm(50)(v.pixels).pixels, toSource: v.toSource };
  }),
  'w:double': onWork((p) =>
    p.width * p.height < 1_500_000
      ? scaled(p, 2)
      : { pixels: { data: new Uint8ClampedArray(4).fill(255), width: 1, height: 1 } },
  ),
  'w:unsharp1': onWork((p) => ({ pixels: unsharp(p, 1, 1.5) })),
  'w:unsharp4': onWork((p) => ({ pixels: unsharp(p, 4, 2) })),
  'w:unsharp2-fast': onWork((p) => ({ pixels: unsharp(p, 2, 1.5) }), { tryHarder: false }),
  'w:red': onWork((p, f) => channel(f, p, 0)),
  'w:green': onWork((p, f) => channel(f, p, 1)),
  'w:blue': onWork((p, f) => channel(f, p, 2)),
  'w:minch': onWork((p, f) => channel(f, p, 3)),
  'w:maxch': onWork((p, f) => channel(f, p, 4)),
  'w:denoise-fast': onWork((p) => ({ pixels: p }), { tryDenoise: true, tryHarder: false }),
  'w:gh-fast': onWork((p) => ({ pixels: p }), { binarizer: 'GlobalHistogram', tryHarder: false }),
  'chain-3s': (image, read) => findQrCodes(image, { budgetMs: 3000, read }),
  'chain-free': (image, read) => findQrCodes(image, { budgetMs: 60_000, read }),
  ...Object.fromEntries(
    ATTEMPTS.map((a) => [`a:${a.name}`, (image: Pixels, read: ReadFn) => runAttempt(image, read, a)]),
  ),
};
