// Cross-checking a PDF's visible text with the signed data: the certificate prints each item as
// "label … value" on one row (issuer/pdf/README-layout.md). A value that differs from the signed
// one means the visible text was edited while the QR was left intact. The signed data is what
// the verifier shows; this only adds a warning naming the items.
import type { CredentialView } from '../../core/types';

/** A text run with its position (PDF user space: y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type CheckedItem = '氏名' | '生年月日' | '登録番号' | '資格名称' | '交付機関';
/** In the order of the card's items (①②③④⑦), the order a warning names them in. */
export const CHECKED_ITEMS: readonly CheckedItem[] = ['資格名称', '氏名', '生年月日', '登録番号', '交付機関'];
/** Every label the layout uses: a value ends where the next label's row begins. */
const ALL_LABELS = new Set([
  '氏名',
  '氏名（カナ）',
  '生年月日',
  '資格名称',
  '登録番号',
  '登録日',
  '交付日',
  '発行日',
  '交付機関',
]);

/** Line spacing of the layout, in font sizes (issuer/pdf/table.ts). */
const LINE_STEP = 1.45;

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** The value printed for each checked label, when the label is present. */
export function visibleItems(runs: TextRun[]): Partial<Record<CheckedItem, string>> {
  const labels = runs.filter((r) => ALL_LABELS.has(r.text.trim())).sort((a, b) => b.y - a.y);
  const out: Partial<Record<CheckedItem, string>> = {};
  labels.forEach((label, i) => {
    const name = label.text.trim() as CheckedItem;
    if (!CHECKED_ITEMS.includes(name) || out[name] !== undefined) return;
    const top = label.y + label.height;
    const next = labels.slice(i + 1).find((l) => l.y < label.y - label.height * 0.5);
    const floor = next ? next.y + next.height * 0.5 : Number.NEGATIVE_INFINITY;
    const candidates = runs
      .filter((r) => r !== label && !ALL_LABELS.has(r.text.trim()) && r.x >= label.x + label.width - 0.5)
      .filter((r) => r.y <= top && r.y > floor && r.x < label.x + 400)
      .sort((a, b) => b.y - a.y || a.x - b.x);
    // A value wraps onto as many lines as it needs (a 64-character name takes five), each line
    // 1.45 × its size below the last: it goes on while no gap exceeds two lines and stops at the
    // next row (README-layout.md, "Reading it back").
    const lines: string[] = [];
    let lastY = label.y;
    for (const r of candidates) {
      if (lastY - r.y > 2 * LINE_STEP * Math.max(r.height, label.height)) break;
      lines.push(r.text);
      lastY = r.y;
    }
    const value = lines.join('');
    if (value.trim() !== '') out[name] = value;
  });
  return out;
}

/** What each checked item must read, as the layout prints it. */
export function expectedItems(credential: CredentialView): Record<CheckedItem, string> {
  const d = credential.dqc;
  return {
    氏名: d['3'],
    生年月日: d['4'].replaceAll('-', '/'),
    登録番号: `第${d['5']}号`,
    資格名称: d['2'],
    交付機関: d['7'],
  };
}

/** The items whose visible value differs from the signed one (whitespace ignored). */
export function mismatches(runs: TextRun[], credential: CredentialView): CheckedItem[] {
  const visible = visibleItems(runs);
  const expected = expectedItems(credential);
  return CHECKED_ITEMS.filter((item) => {
    const seen = visible[item];
    return seen !== undefined && squash(seen) !== squash(expected[item]);
  });
}
