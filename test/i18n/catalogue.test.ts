// Every catalogue is complete and says every reason: PROFILE §6/§6.1 headlines exactly in ja/en
// (word + reason on their own lines give the exact text back), a meaning and two next steps for
// every reason code in every language, the issuing body filled in, no placeholder left.
import { describe, expect, it } from 'vitest';
import { headline, REASON_CODES, type Verdict } from '../../core/reasons';
import { adviceFor, headlineParts, loadCatalogue, verdictHeadline } from '../../i18n/catalogue';
import { LANGS } from '../../i18n/langs';

const VERDICTS: Verdict[] = ['valid', 'invalid', 'indeterminate'];

describe('catalogues', () => {
  it('give PROFILE’s exact ja and en headlines, split into the word and the reason', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = await loadCatalogue(lang);
      for (const verdict of VERDICTS)
        for (const code of REASON_CODES) {
          const parts = headlineParts(verdict, [code], t);
          expect(parts.word + (parts.reason ?? ''), `${lang} ${verdict} ${code}`).toBe(
            headline(verdict, [code], lang),
          );
          expect(verdictHeadline(verdict, [code], t)).toBe(headline(verdict, [code], lang));
        }
    }
  });

  for (const { code } of LANGS) {
    it(`${code}: every reason has a text, a meaning and both next steps, the body named`, async () => {
      const t = await loadCatalogue(code);
      const keys = Object.keys(await loadCatalogue('ja')).sort();
      expect(Object.keys(t).sort()).toEqual(keys);
      for (const reason of REASON_CODES) {
        expect(t.reason[reason].trim()).not.toBe('');
        const a = adviceFor(reason, t, '厚生労働大臣');
        for (const text of [a.meaning, a.employer, a.holder]) {
          expect(text.trim(), `${code} ${reason}`).not.toBe('');
          expect(text).not.toContain('{body}');
        }
        if (t.advice[reason].employer.includes('{body}')) expect(a.employer).toContain('厚生労働大臣');
      }
      for (const verdict of VERDICTS) expect(t.verdictWord[verdict].trim()).not.toBe('');
    });
  }

  it('translates the headlines in the other languages (not English left in place)', async () => {
    const en = await loadCatalogue('en');
    for (const { code } of LANGS.filter((l) => l.code !== 'en' && l.code !== 'ja')) {
      const t = await loadCatalogue(code);
      expect(t.verdictWord.invalid, code).not.toBe(en.verdictWord.invalid);
      expect(t.reason.REVOKED, code).not.toBe(en.reason.REVOKED);
      expect(t.advice.REVOKED.employer, code).not.toBe(en.advice.REVOKED.employer);
    }
  });

  it('names the issuing body in the employer’s next step for a revoked certificate', async () => {
    const ja = await loadCatalogue('ja');
    expect(adviceFor('REVOKED', ja, '厚生労働大臣').employer).toBe(
      'この資格は現在有効ではありません。採用・業務の判断に使わず、交付機関（厚生労働大臣）に確認してください。',
    );
  });
});
