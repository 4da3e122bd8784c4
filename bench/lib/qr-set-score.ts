// Scoring a decoder on the labelled QR set: a labelled code counts as read only when a decoded
// symbol's text came back AND its quadrilateral overlaps the label (IoU > 0). Symbols and labels
// are paired one to one (best overlap first), so an image can never score more than its labels,
// and a text read twice, or read somewhere no code is labelled, earns nothing.
import type { Quad } from '../../reading/qr/qr-grid';
import { quadIoU } from '../../reading/qr/quad';

export interface ReadSymbol {
  text: string;
  quad: Quad;
}

/** How many labels are matched by a distinct read symbol overlapping them. */
export function matchLabels(labels: Quad[], read: ReadSymbol[]): number {
  return matchedLabels(labels, read).length;
}

/** Which labels (their indices) are matched by a distinct read symbol, paired as in matchLabels. */
export function matchedLabels(labels: Quad[], read: ReadSymbol[]): number[] {
  const pairs: { label: number; symbol: number; iou: number }[] = [];
  labels.forEach((label, l) => {
    read.forEach((s, k) => {
      const iou = quadIoU(label, s.quad);
      if (iou > 0) pairs.push({ label: l, symbol: k, iou });
    });
  });
  pairs.sort((a, b) => b.iou - a.iou);
  const usedLabels = new Set<number>();
  const usedSymbols = new Set<number>();
  for (const p of pairs) {
    if (usedLabels.has(p.label) || usedSymbols.has(p.symbol)) continue;
    usedLabels.add(p.label);
    usedSymbols.add(p.symbol);
  }
  return [...usedLabels].sort((a, b) => a - b);
}
