// The record's texts (i18n/records/, the `record` member of every catalogue): every language has
// every key (the type checker refuses a language without one — the @ts-expect-error below fails
// `tsc` the day it stops refusing), no text is empty, the texts that take a value show it, and
// each language is translated: no text left in English, やさしい日本語 not a copy of Japanese.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../i18n/catalogue';
import { LANGS } from '../../i18n/langs';
import { type RecordTexts, recordJa } from '../../i18n/records/ja';

const { saveRecord: _dropped, ...missingOne } = recordJa;
// @ts-expect-error a language without one of the record's keys is not a RecordTexts
const incomplete: RecordTexts = missingOne;

const textsOf = (r: RecordTexts): [string, string][] =>
  Object.entries(r).map(([key, value]) => [
    key,
    typeof value === 'function' ? (value as (x: never) => string)('「X-7」' as never) : value,
  ]);

describe('the record texts of every catalogue', () => {
  it('the type checker’s example above really lacks a key', () => {
    expect(Object.keys(incomplete)).not.toContain('saveRecord');
    expect(Object.keys(incomplete)).toHaveLength(Object.keys(recordJa).length - 1);
  });

  for (const { code } of LANGS) {
    it(`${code}: every key, no empty text, the value shown where one is given`, async () => {
      const r = (await loadCatalogue(code)).record;
      expect(Object.keys(r).sort()).toEqual(Object.keys(recordJa).sort());
      for (const [key, text] of textsOf(r)) expect(text.trim(), `${code} ${key}`).not.toBe('');
      expect(r.savedFolder('事業所の記録')).toContain('事業所の記録');
      expect(r.deskFolder('記録2026')).toContain('記録2026');
      expect(r.tooLong(200)).toContain('200');
    });
  }

  it('is translated: no text of another language is the English one, やさしい日本語 is not Japanese', async () => {
    const en = new Map(textsOf((await loadCatalogue('en')).record));
    const ja = new Map(textsOf(recordJa));
    for (const { code } of LANGS.filter((l) => l.code !== 'en')) {
      const r = textsOf((await loadCatalogue(code)).record);
      for (const [key, text] of r) expect(text, `${code} ${key}`).not.toBe(en.get(key));
      if (code === 'ja-x-easy')
        for (const [key, text] of r) expect(text, `${code} ${key}`).not.toBe(ja.get(key));
    }
  });

  it('names the items a wallet record keeps wherever it is chosen or made (PROFILE §8.9)', () => {
    for (const item of ['資格名称', '氏名', '登録番号', '交付機関'])
      for (const key of ['walletChoiceNote', 'walletFormIntro', 'walletAskAgain'] as const)
        expect(recordJa[key], `${key} ${item}`).toContain(item);
  });
});
