// Every date form PROFILE §6.1 lists, the era boundaries it fixes (an era runs from its first day),
// kanji numerals and 元年, as the document check reads them (after NFKC, white space removed).
import { describe, expect, it } from 'vitest';
import { squash } from '../../../reading/pdf/document-check';
import { numberOf, printedDate } from '../../../reading/pdf/japanese-dates';

const read = (printed: string) => printedDate(squash(printed));

describe('printedDate: the Gregorian forms, with and without leading zeros', () => {
  it.each([
    '1990-04-01',
    '1990-4-1',
    '1990/04/01',
    '1990/4/1',
    '1990/4/01',
    '1990年4月1日',
    '1990年04月01日',
    '1990.4.1',
    '1990.04.01',
    '1990 年 4 月 1 日',
    '１９９０年４月１日',
    '１９９０／０４／０１',
    '１９９０．４．１',
  ])('%s is 1990-04-01', (printed) => {
    expect(read(printed)).toBe('1990-04-01');
  });

  it.each([
    ['1990/04-01', 'mixed separators'],
    ['1990-13-01', 'no 13th month'],
    ['1990/2/30', 'no 30 February'],
    ['1900/2/29', '1900 is no leap year'],
    ['90/4/1', 'a two-digit year'],
    ['1990年4月1日生', 'anything after the date'],
    ['1990/4', 'no day'],
    ['2年4月1日', 'an era year without its era'],
  ])('%s is no date (%s)', (printed) => {
    expect(read(printed)).toBeNull();
  });

  it('knows leap years', () => {
    expect(read('2000/2/29')).toBe('2000-02-29');
    expect(read('平成12年2月29日')).toBe('2000-02-29');
    expect(read('平成13年2月29日')).toBeNull();
  });
});

describe('printedDate: the Japanese era form', () => {
  it.each([
    '平成2年4月1日',
    '平成02年04月01日',
    '平成 2 年 4 月 1 日',
    '平成二年四月一日',
    '平成２年４月１日',
    'H2.4.1',
    'H02.04.01',
    'Ｈ２．４．１',
    '㍻2年4月1日',
  ])('%s is 1990-04-01', (printed) => {
    expect(read(printed)).toBe('1990-04-01');
  });

  it.each([
    ['昭和64年1月7日', '1989-01-07'],
    ['S64.1.7', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['平成1年1月8日', '1989-01-08'],
    ['H1.1.8', '1989-01-08'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成三十一年四月三十日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和元年五月一日', '2019-05-01'],
    ['R1.5.1', '2019-05-01'],
    ['㋿元年5月1日', '2019-05-01'],
    ['明治元年1月25日', '1868-01-25'],
    ['M1.1.25', '1868-01-25'],
    ['明治45年7月29日', '1912-07-29'],
    ['大正元年7月30日', '1912-07-30'],
    ['T1.7.30', '1912-07-30'],
    ['大正15年12月24日', '1926-12-24'],
    ['昭和元年12月25日', '1926-12-25'],
    ['S1.12.25', '1926-12-25'],
    ['昭和六十年十一月二十三日', '1985-11-23'],
    ['平成十年十月十日', '1998-10-10'],
    ['令和7年12月31日', '2025-12-31'],
  ])('%s is %s (each era from its first day)', (printed, iso) => {
    expect(read(printed)).toBe(iso);
  });

  it.each([
    '平成元年1月7日',
    'H1.1.7',
    '令和元年4月30日',
    'R1.4.30',
    '昭和元年12月24日',
    '大正元年7月29日',
    '明治元年1月24日',
    '平成0年4月1日',
  ])('%s is no date: before the era began', (printed) => {
    expect(read(printed)).toBeNull();
  });

  it('takes the era letters M, T, S, H, R (and lower case) and nothing else', () => {
    expect(['M', 'T', 'S', 'H', 'R'].map((e) => read(`${e}50.1.1`))).toEqual([
      '1917-01-01',
      '1961-01-01',
      '1975-01-01',
      '2038-01-01',
      '2068-01-01',
    ]);
    expect(read('h2.4.1')).toBe('1990-04-01');
    expect(read('K2.4.1')).toBeNull();
    expect(read('X2.4.1')).toBeNull();
  });
});

describe('numberOf: kanji numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十一', 31],
    ['六十四', 64],
    ['一〇', 10],
    ['一九九〇', 1990],
    ['千九百九十', 1990],
    ['二千十九', 2019],
    ['12', 12],
  ])('%s = %i', (text, n) => {
    expect(numberOf(text)).toBe(n);
  });

  it('refuses what is not one number', () => {
    for (const text of ['', '二三十', '十十', '百千', '2十']) expect(numberOf(text), text).toBeNull();
  });
});
