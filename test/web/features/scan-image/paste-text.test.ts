// Fix: a URL pasted from an e-mail — in <…>, 「…」, （…）, with a trailing 。 or surrounding
// spaces — gave MALFORMED_URL. The field cleans the outside before verifying; never the inside.
import { describe, expect, it } from 'vitest';
import { cleanPastedUrl, looksLikeUrl } from '../../../../web/features/scan-image/paste-text';

const URL_TEXT = 'https://dqcv.nqs.go.jp/w/?c=0oRDoQEmoQRIAAAA';

describe('cleanPastedUrl', () => {
  it.each([
    [URL_TEXT],
    [`  ${URL_TEXT}\n`],
    [`\u3000${URL_TEXT}\u3000`],
    [`<${URL_TEXT}>`],
    [`＜${URL_TEXT}＞`],
    [`「${URL_TEXT}」`],
    [`『${URL_TEXT}』`],
    [`（${URL_TEXT}）`],
    [`(${URL_TEXT})`],
    [`${URL_TEXT}。`],
    [`${URL_TEXT}、`],
    [`${URL_TEXT}.`],
    [`「${URL_TEXT}」。`],
    [` <${URL_TEXT}> `],
  ])('%j → the URL', (pasted) => {
    expect(cleanPastedUrl(pasted)).toBe(URL_TEXT);
  });

  it('removes one pair only, and of the inside only whitespace', () => {
    expect(cleanPastedUrl(`((${URL_TEXT}))`)).toBe(`(${URL_TEXT})`);
    expect(cleanPastedUrl(`${URL_TEXT})`)).toBe(`${URL_TEXT})`);
    expect(cleanPastedUrl('https://x/w/?c=a。b')).toBe('https://x/w/?c=a。b');
    // A long URL wrapped over lines by a mail client or PDF viewer (pasted as spaces or breaks):
    // a certificate URL never holds whitespace.
    expect(cleanPastedUrl(`${URL_TEXT.slice(0, 20)}\n${URL_TEXT.slice(20, 35)} ${URL_TEXT.slice(35)}`)).toBe(
      URL_TEXT,
    );
    expect(cleanPastedUrl('山田 花子')).toBe('山田 花子');
  });

  it.each([[`${URL_TEXT}！`], [`${URL_TEXT}」`], [`${URL_TEXT}?`], [`「${URL_TEXT}」！`]])(
    '%j (a sentence or a lone closing bracket after it) → the URL',
    (pasted) => {
      expect(cleanPastedUrl(pasted)).toBe(URL_TEXT);
    },
  );

  it('leaves nothing of a blank paste', () => {
    expect(cleanPastedUrl(' \n\u3000')).toBe('');
    expect(cleanPastedUrl('<>')).toBe('');
  });

  it('tells a URL from other text', () => {
    expect(looksLikeUrl(URL_TEXT)).toBe(true);
    expect(looksLikeUrl('HTTP://x')).toBe(true);
    expect(looksLikeUrl('dqcv.nqs.go.jp/w/?c=AAAA')).toBe(false);
    expect(looksLikeUrl('山田 花子')).toBe(false);
  });

  it('strips a long run of trailing dots, and hands text far longer than any URL on untouched', () => {
    const url = 'https://dqcv.example.jp/w/?c=0oRYIq';
    expect(cleanPastedUrl(`${url}${'.'.repeat(10_000)}`)).toBe(url);
    const huge = `${url}${'.'.repeat(100_000)}x`;
    expect(cleanPastedUrl(huge)).toBe(huge);
  });
});
