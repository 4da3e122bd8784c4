// The chain's regions of interest, kept across its attempts (strategies.ts): symbols zxing
// located but could not read ("leads"), and finder patterns it could not assemble into a code
// ("hints", reported as failed Micro QR or rMQR candidates), both in the photo's coordinates.
// After each attempt the new ones get a closer look (roi-attempts.ts) on a crop of the photo;
// a region is dropped once a symbol read covers it.
import type { Located } from './dewarp';
import type { Pixels } from './image-ops';
import type { Point, Quad } from './qr-grid';
import { corners, growQuad, mapQuad, overlapOfSmaller, quadIoU } from './quad';
import type { ReadFn, ReadOutcome, ReadSymbol } from './reader';
import { leadView } from './roi';
import { HINT_ATTEMPTS, HINT_MARGIN, LEAD_ATTEMPTS, LEAD_MARGIN } from './roi-attempts';

/** Regions looked at after one attempt (the rest wait for the next attempt). */
const PER_ROUND = 8;

interface Region extends Located {
  tried: boolean;
  settled: boolean;
}

export type Take = (found: ReadSymbol[], strategy: string, toSource: (p: Point) => Point) => void;

/** What a closer look needs from the chain (strategies.ts). */
export interface SearchContext {
  /** The photo, the symbols read so far masked or not. */
  photo: Pixels;
  read: ReadFn;
  take: Take;
  hits: ReadSymbol[];
  overBudget: () => boolean;
  /** Runs one step, reporting its time (the bench's per-step figures). */
  timed: <T>(step: string, run: () => Promise<T>) => Promise<T>;
}

const covers = (read: Quad, q: Quad) => quadIoU(growQuad(read, 1.1), q) > 0;

/**
 * A quad that can be a symbol seen in a photo: its corners turn one way all round (convex, not
 * self-intersecting) and no side is more than three times another. zxing sometimes reports a
 * "located" symbol whose corners cross over the photo or join finder patterns of two codes;
 * such a quad points nowhere useful, and would hide the real ones near it.
 */
export function isPlausibleQuad(q: Quad): boolean {
  const p = corners(q);
  let sign = 0;
  const sides: number[] = [];
  for (let i = 0; i < 4; i++) {
    const a = p[i] as Point;
    const b = p[(i + 1) % 4] as Point;
    const c = p[(i + 2) % 4] as Point;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) return false;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
    sides.push(Math.hypot(b.x - a.x, b.y - a.y));
  }
  return Math.max(...sides) <= 3 * Math.min(...sides);
}

/** The same region seen again (by another attempt): mostly the same place. */
const same = (a: Quad, b: Quad) => quadIoU(a, b) > 0.5;

export class Regions {
  private readonly leads: Region[] = [];
  private readonly hints: Region[] = [];

  /** A located symbol is still unread. */
  hasLeads(): boolean {
    return this.leads.some((l) => !l.settled);
  }

  /** Symbols just read: the regions they cover are done with. */
  settle(read: Quad[]): void {
    for (const r of [...this.leads, ...this.hints])
      if (!r.settled && read.some((q) => covers(q, r.quad))) r.settled = true;
  }

  /**
   * Takes note of an attempt's located symbols and hints (mapped into the photo by `toSource`);
   * returns its located symbols that no read symbol covers, in the attempt's own coordinates
   * (for straightening).
   */
  note(outcome: ReadOutcome, toSource: (p: Point) => Point, hits: ReadSymbol[]): Located[] {
    const pending: Located[] = [];
    for (const l of outcome.located) {
      const quad = mapQuad(l.quad, toSource);
      if (!isPlausibleQuad(quad) || hits.some((h) => covers(h.quad, quad))) continue;
      pending.push(l);
      if (!this.leads.some((k) => !k.settled && same(k.quad, quad)))
        this.leads.push({ quad, size: l.size, tried: false, settled: false });
    }
    for (const h of outcome.hints ?? []) {
      const quad = mapQuad(h.quad, toSource);
      if (!isPlausibleQuad(quad) || hits.some((s) => covers(s.quad, quad))) continue;
      // A lead around it gets the closer look already.
      if (this.leads.some((l) => overlapOfSmaller(l.quad, quad) > 0.8)) continue;
      const reach = growQuad(quad, HINT_MARGIN);
      if (this.hints.some((k) => quadIoU(growQuad(k.quad, HINT_MARGIN), reach) > 0.3)) continue;
      this.hints.push({ quad, size: h.size, tried: false, settled: false });
    }
    return pending;
  }

  /**
   * The closer look at regions not tried yet, on `photo` (the photo, symbols read masked): leads
   * first, then hints. A symbol located in a crop (around a hint, say) becomes a lead of its own,
   * with its real size, and is looked at in the same call.
   */
  async search({ photo, read, take, hits, overBudget, timed }: SearchContext): Promise<void> {
    for (let done = 0; done < PER_ROUND; done++) {
      const lead = this.leads.find((r) => !r.tried && !r.settled);
      const region = lead ?? this.hints.find((r) => !r.tried && !r.settled);
      if (!region) return;
      region.tried = true;
      const [attempts, margin] = lead ? [LEAD_ATTEMPTS, LEAD_MARGIN] : [HINT_ATTEMPTS, HINT_MARGIN];
      const crops = new Map<number, ReturnType<typeof leadView>>();
      for (const attempt of attempts) {
        if (region.settled) break;
        if (overBudget()) return;
        const looked = await timed(attempt.name, async () => {
          if (!crops.has(attempt.pxPerModule))
            crops.set(
              attempt.pxPerModule,
              leadView(photo, region, { pxPerModule: attempt.pxPerModule, margin }),
            );
          const crop = crops.get(attempt.pxPerModule);
          if (!crop) return null;
          return {
            crop,
            outcome: await read(attempt.prepare(crop.pixels, crop.moduleSize), attempt.options),
          };
        });
        if (!looked) break;
        take(looked.outcome.symbols, attempt.name, looked.crop.toSource);
        this.note({ symbols: [], located: looked.outcome.located }, looked.crop.toSource, hits);
      }
    }
  }
}
