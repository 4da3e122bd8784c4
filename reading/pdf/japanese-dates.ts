// Reading a date as a Japanese certificate prints it, for the document check (PROFILE §6.1):
// `1990-04-01`, `1990/04/01`, `1990/4/1`, `1990年4月1日`, `1990.4.1` (month and day with or without
// a leading zero in every form) and the era form (`平成2年4月1日`, `平成二年四月一日`, `H2.4.1`,
// 元年 = 1). The text comes in after NFKC with white space removed, so full-width digits, `．`,
// `／` and the era ligatures (㍻ → 平成, ㋿ → 令和) are already plain.
//
// An era runs from its first day (§6.1): 昭和64年1月7日 is 1989-01-07, 平成元年1月8日 is
// 1989-01-08, and 平成元年1月7日 is no date at all (before 平成 began), so it never matches.
// §6.1 gives no last day: 平成31年5月1日 reads as 2019-05-01 (such dates were printed by
// systems not yet updated; they name one day unambiguously).

interface Era {
  names: readonly string[];
  /** The era's first day, ISO. */
  first: string;
}

/** PROFILE §6.1: 明治 M 1868-01-25, 大正 T 1912-07-30, 昭和 S 1926-12-25, 平成 H 1989-01-08, 令和 R 2019-05-01. */
const ERAS: readonly Era[] = [
  { names: ['明治', 'M'], first: '1868-01-25' },
  { names: ['大正', 'T'], first: '1912-07-30' },
  { names: ['昭和', 'S'], first: '1926-12-25' },
  { names: ['平成', 'H'], first: '1989-01-08' },
  { names: ['令和', 'R'], first: '2019-05-01' },
];

const KANJI_DIGITS = '〇一二三四五六七八九';
/** A number as printed: arabic digits, kanji digits (一九九〇) or kanji with units (三十一). */
const NUMBER = `[0-9〇零一二三四五六七八九十百千]+`;
const ERA_NAME = `明治|大正|昭和|平成|令和|[MTSHRmtshr]`;

const GREGORIAN_SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const GREGORIAN_KANJI = new RegExp(`^(${NUMBER})年(${NUMBER})月(${NUMBER})日$`);
const ERA_KANJI = new RegExp(`^(${ERA_NAME})(${NUMBER}|元)年(${NUMBER})月(${NUMBER})日$`);
const ERA_SEPARATED = new RegExp(`^(${ERA_NAME})(\\d{1,2}|元)([./])(\\d{1,2})\\3(\\d{1,2})$`);

/** 三十一 → 31, 一九九〇 → 1990, 千九百九十 → 1990, 12 → 12; null when not a number. */
export function numberOf(text: string): number | null {
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  const digits = text.replaceAll('零', '〇');
  if ([...digits].every((c) => KANJI_DIGITS.includes(c)))
    return Number([...digits].map((c) => KANJI_DIGITS.indexOf(c)).join(''));
  const m =
    /^(?:([一二三四五六七八九])?千)?(?:([一二三四五六七八九])?百)?(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(
      text,
    );
  if (!m) return null;
  const unit = (digit: string | undefined, present: boolean) =>
    present ? (digit ? KANJI_DIGITS.indexOf(digit) : 1) : 0;
  return (
    unit(m[1], text.includes('千')) * 1000 +
    unit(m[2], text.includes('百')) * 100 +
    unit(m[3], text.includes('十')) * 10 +
    (m[4] ? KANJI_DIGITS.indexOf(m[4]) : 0)
  );
}

/** A valid Gregorian date as ISO `YYYY-MM-DD`, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function eraDate(eraName: string, yearText: string, month: number | null, day: number | null): string | null {
  const era = ERAS.find((e) => e.names.includes(eraName.toUpperCase()) || e.names.includes(eraName));
  const eraYear = yearText === '元' ? 1 : numberOf(yearText);
  if (!era || eraYear === null || eraYear < 1 || month === null || day === null) return null;
  const date = isoDate(Number(era.first.slice(0, 4)) + eraYear - 1, month, day);
  // An era runs from its first day: a date before it is not that era (PROFILE §6.1).
  return date !== null && date >= era.first ? date : null;
}

/**
 * The day a printed date names, as ISO `YYYY-MM-DD`, or null when the text is not a date in one
 * of the forms of PROFILE §6.1. `text` is NFKC with white space removed.
 */
export function printedDate(text: string): string | null {
  let m = GREGORIAN_SEPARATED.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = ERA_SEPARATED.exec(text);
  if (m) return eraDate(m[1] as string, m[2] as string, Number(m[4]), Number(m[5]));
  m = ERA_KANJI.exec(text);
  if (m) return eraDate(m[1] as string, m[2] as string, numberOf(m[3] as string), numberOf(m[4] as string));
  m = GREGORIAN_KANJI.exec(text);
  if (m) {
    const year = numberOf(m[1] as string);
    const month = numberOf(m[2] as string);
    const day = numberOf(m[3] as string);
    // A year written out is a Gregorian one only with four digits' worth (an era needs its name).
    if (year === null || year < 1000 || month === null || day === null) return null;
    return isoDate(year, month, day);
  }
  return null;
}
