// How the verdict heading wrapped on screen, read from the rendered line boxes: the heading's
// characters with the line each is drawn on (Range.getClientRects per character), so a test can
// say where every line ended. And, written by hand (not taken from the app's phrase splitter),
// where a Japanese reader accepts a line break inside each PROFILE §6 / §6.1 reason.
import type { Locator } from '@playwright/test';

export interface Wrapped {
  text: string;
  /** Indexes i where a new line starts at text[i]. */
  breaks: number[];
  /** Index where the reason's span starts (a break there is the designed one). */
  reasonStart: number;
  overflows: boolean;
}

export function wrapped(heading: Locator): Promise<Wrapped> {
  return heading.evaluate((h1) => {
    const chars: { ch: string; top: number; inReason: boolean }[] = [];
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const inReason = !!node.parentElement?.closest('.verdict-reason');
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const rect = rects[rects.length - 1];
        chars.push({ ch: text[i] as string, top: rect ? Math.round(rect.top) : Number.NaN, inReason });
      }
    }
    const breaks: number[] = [];
    let lastTop = Number.NaN;
    chars.forEach((c, i) => {
      if (Number.isNaN(c.top) || /\s/.test(c.ch)) return;
      if (!Number.isNaN(lastTop) && c.top > lastTop + 2) breaks.push(i);
      lastTop = c.top;
    });
    return {
      text: chars.map((c) => c.ch).join(''),
      breaks,
      reasonStart: chars.findIndex((c) => c.inReason),
      overflows: h1.scrollWidth > h1.clientWidth + 1,
    };
  });
}

/** Acceptable breaks inside the Japanese reasons, marked with |. A reason not listed may not break. */
const JA_PHRASES = [
  '（二次元コードの|内容が|正しくありません）',
  '（確認ページの|URLが|正しくありません）',
  '（対応していない|署名方式です）',
  '（発行元を|確認できません）',
  '（改ざんされています）',
  '（発行元が|正しくありません）',
  '（署名用証明書の|有効期間外です）',
  '（署名用証明書が|失効しています）',
  '（発行日が|未来です）',
  '（有効期限が|切れています）',
  '（取消されています）',
  '（一時停止されています）',
  '（削除されています）',
  '（失効情報を|取得できません）',
  '（信頼リストの|有効期限が|切れています）',
  '（信頼リストを|取得できません）',
  '（端末の|時刻が|正しくありません）',
  '（PDFの|記載内容が|署名データと|一致しません）',
  '（PDFの|写真が|署名データと|一致しません）',
];

/** Where a line of this heading may end: at a space, between the word and the reason, and in
 * Japanese at the phrase boundaries above. */
export function allowedBreaks(w: Wrapped): Set<number> {
  const allowed = new Set<number>([w.reasonStart]);
  [...w.text].forEach((ch, i) => {
    if (/\s/.test(ch)) allowed.add(i + 1);
  });
  const reason = w.text.slice(w.reasonStart);
  const marked = JA_PHRASES.find((p) => p.replaceAll('|', '') === reason);
  if (marked) {
    let at = w.reasonStart;
    for (const part of marked.split('|')) {
      at += part.length;
      allowed.add(at);
    }
  }
  return allowed;
}
