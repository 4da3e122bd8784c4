// Japanese line breaks only between phrases: the phrases give the text back, and no word a reader
// keeps whole (取消され…, 一時停止, 署名用証明書, 有効期限, …) is ever split.
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../core/reasons';
import { phrases } from '../../i18n/phrases';

const WHOLE = [
  '取消されています',
  '一時停止されています',
  '削除されています',
  '改ざんされています',
  '署名用証明書',
  '有効期限',
  '失効しています',
  '正しくありません',
  '確認できません',
  '二次元コード',
  '署名データ',
  '一致しません',
];

describe('phrases', () => {
  it('give every reason back exactly and split none of the words kept whole', () => {
    for (const { ja } of Object.values(REASONS)) {
      const text = `（${ja}）`;
      const parts = phrases(text);
      expect(parts.join('')).toBe(text);
      let at = 0;
      const cuts = parts.slice(0, -1).map((p) => (at += p.length));
      for (const word of WHOLE) {
        const start = text.indexOf(word);
        if (start < 0) continue;
        expect(
          cuts.filter((c) => c > start && c < start + word.length),
          `${text}: ${word}`,
        ).toEqual([]);
      }
    }
  });

  it('breaks after a particle before the next word, and at spaces', () => {
    expect(phrases('署名用証明書が失効しています')).toEqual(['署名用証明書が', '失効しています']);
    expect(phrases('しかくが とりけされました')).toEqual(['しかくが ', 'とりけされました']);
  });
});
