// A URL pasted from an e-mail or a chat often comes wrapped: surrounded by spaces or line breaks,
// in <…>, 「…」 or （…）, or followed by the sentence's 。 This is the app's input handling — what
// a person meant to paste — and happens before verify(); the core's URL rules (PROFILE §2: no
// trimming) stay strict for the URL itself. Only the outside is touched, never the inside.

/** Opening bracket → its closing one. Only one pair is removed. */
const PAIRS: Readonly<Record<string, string>> = {
  '<': '>',
  '＜': '＞',
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
};

/** Sentence punctuation after the URL. None of it can end a certificate URL (base64 has none). */
const TRAILING = /[。、.，．]+$/u;

export function cleanPastedUrl(text: string): string {
  // trim() also removes the ideographic space (U+3000) and line breaks.
  let s = text.trim().replace(TRAILING, '').trim();
  const first = s[0];
  const close = first ? PAIRS[first] : undefined;
  if (close && s.length >= 2 && s.endsWith(close)) s = s.slice(1, -1).trim();
  return s.replace(TRAILING, '').trim();
}

/** Whether the cleaned text is worth verifying as a URL at all (else the field says so). */
export const looksLikeUrl = (text: string): boolean => /^https?:\/\//i.test(text);
