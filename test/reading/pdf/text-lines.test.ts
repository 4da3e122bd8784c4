// Lines rebuilt from text runs by position (reading/pdf/text-lines.ts): whatever order and
// splitting a generator used, the document check reads what a person reads.
import { describe, expect, it } from 'vitest';
import { linesOf, printedText, type TextRun } from '../../../reading/pdf/text-lines';

const run = (text: string, x: number, y: number, size = 12): TextRun => ({
  text,
  x,
  y,
  width: size * [...text].length,
  height: size,
});
const texts = (runs: TextRun[]) => linesOf(runs).map((l) => printedText(l.chars));

describe('linesOf', () => {
  it('groups runs by baseline (sizes may differ) and reads them left to right, top to bottom', () => {
    const runs = [
      run('花子', 200, 700, 16),
      run('生年月日', 56, 672),
      run('氏名', 56, 702, 10.5),
      run('山田', 156, 700, 16),
    ];
    expect(texts(runs)).toEqual(['氏名 山田 花子', '生年月日']);
  });

  it('splits a run into characters with estimated positions', () => {
    const [line] = linesOf([{ text: '氏名:AB', x: 100, y: 700, width: 42, height: 12 }]);
    expect(line?.chars.map((c) => [c.printed, c.normal, Math.round(c.x)])).toEqual([
      ['氏', '氏', 100],
      ['名', '名', 112],
      [':', ':', 124],
      ['A', 'A', 130],
      ['B', 'B', 136],
    ]);
  });

  it('keeps each character’s NFKC form, white space as ""', () => {
    const [line] = linesOf([run('①氏　名㍻', 0, 0)]);
    expect(line?.chars.map((c) => c.normal)).toEqual(['1', '氏', '', '名', '平成']);
    expect(line?.chars.map((c) => c.boundary)).toEqual([true, false, false, true, false]);
  });

  it('reads text drawn twice at almost the same place (overprinted bold) once', () => {
    expect(texts([run('氏名', 56, 700), run('氏名', 56.2, 700.1)])).toEqual(['氏名']);
    expect(texts([run('氏名', 56, 700), run('氏名', 156, 700)])).toEqual(['氏名 氏名']);
  });

  it('ignores runs of white space only', () => {
    expect(texts([run('山田', 156, 700), run(' ', 180, 700), run('花子', 200, 700)])).toEqual(['山田 花子']);
    expect(linesOf([run('  ', 0, 0)])).toEqual([]);
  });
});

describe('printedText', () => {
  it('keeps white space as printed, one for a run of it, none at the ends', () => {
    expect(texts([run(' 山田　　花子 ', 0, 0)])).toEqual(['山田　花子']);
    expect(texts([run('山田', 0, 0), run('花子', 24, 0)])).toEqual(['山田花子']);
  });
});
