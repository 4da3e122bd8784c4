// Where a Japanese line may break. Japanese has no spaces, and a browser breaks it between any
// two characters: 「取消さ／れています」. The verdict's reason is shown with `word-break: keep-all`
// and a <wbr> at each phrase (文節) boundary found here, so a line ends only between phrases.
// The rule is the one a reader uses for UI texts like these: a phrase ends after its particles
// and okurigana, i.e. where a hiragana run is followed by a kanji, katakana or Latin word, and
// after a closing bracket or a comma. Spaces (やさしい日本語 is written with them) are breaks too.

const HIRAGANA = /\p{Script=Hiragana}/u;
const WORD_START = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9０-９Ａ-Ｚａ-ｚ（「『]/u;
const AFTER_BREAK = /[、。）」』・,]/u;

/** The text cut into phrases; joined, they give the text back exactly. */
export function phrases(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const boundary =
      prev !== undefined &&
      ((HIRAGANA.test(prev) && WORD_START.test(ch)) ||
        AFTER_BREAK.test(prev) ||
        (ch === '（' && current !== '') ||
        /\s/u.test(prev));
    if (boundary && current !== '') {
      out.push(current);
      current = '';
    }
    current += ch;
  });
  if (current !== '') out.push(current);
  return out;
}
