// A URL pasted from an e-mail or a chat often comes wrapped: surrounded by spaces or line breaks,
// in <…>, 「…」 or （…）, or followed by the sentence's 。 This is the app's input handling — what
// a person meant to paste — and happens before verify(); the core's URL rules (PROFILE §2: no
// trimming) stay strict for the URL itself. Only the outside is touched, and whitespace inside.

/** Opening bracket → its closing one. Only one pair is removed. */
const PAIRS: Readonly<Record<string, string>> = {
  '<': '>',
  '＜': '＞',
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
};

/** Sentence punctuation or a lone closing bracket after the URL. None of it can end a
 * certificate URL (base64 has none). */
const TRAILING = new Set('。、.，．!！?？>＞」』）');
/**
 * Far more than any certificate URL, however wrapped (the core refuses over 2,331 bytes anyway):
 * longer text is handed on as it is. A 100,000-character paste froze the page for 7 s in a
 * regular expression of quadratic cost (found in review).
 */
const MAX_CLEANED = 16_384;

export function cleanPastedUrl(text: string): string {
  if (text.length > MAX_CLEANED) return text;
  // trim() also removes the ideographic space (U+3000) and line breaks.
  let s = text.trim();
  const first = s[0];
  const close = first ? PAIRS[first] : undefined;
  if (close) {
    const end = s.lastIndexOf(close);
    if (end > 0) s = s.slice(1, end);
  }
  s = s.trim();
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1] as string)) end--;
  s = s.slice(0, end).trim();
  // A mail client or PDF viewer wraps a long URL over lines (pasted as spaces); a certificate URL
  // never holds whitespace, so inside a URL it is removed.
  return looksLikeUrl(s) ? s.replace(/\s+/gu, '') : s;
}

/** Whether the cleaned text is worth verifying as a URL at all (else the field says so). */
export const looksLikeUrl = (text: string): boolean => /^https?:\/\//i.test(text);
