// Times as people read them. Always Japan time with the zone written out: the certificate, the
// desks and the employers filing a record are in Japan, and a record printed or shown on a
// device set to another zone must still say the same time (and say which zone it is).
// A signed token can carry a time no JS Date holds (past the year 275760): Intl would throw on
// it and take the result screen down, so such a time is shown as the text it came as.
import { rfc3339 } from '../../../core/credential-view';

import { type AppLang, isAppLang, langInfo } from '../../../i18n/langs';

const ZONE = 'Asia/Tokyo';
const ZONE_LABEL = 'JST';
const JST_OFFSET_MS = 9 * 3600 * 1000;

/**
 * One date style per language: Japanese (and やさしい日本語) as the certificate prints them
 * (2026/11/23), every other language with the month as a word (23 Nov 2026), so a day and a month
 * are never confused. Latin digits everywhere, as on the certificate itself.
 */
function dateOptions(lang: AppLang): Intl.DateTimeFormatOptions {
  const japanese = lang === 'ja' || lang === 'ja-x-easy';
  return japanese
    ? { year: 'numeric', month: '2-digit', day: '2-digit', numberingSystem: 'latn' }
    : { year: 'numeric', month: 'short', day: 'numeric', numberingSystem: 'latn' };
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, withTime: boolean, zone: string): Intl.DateTimeFormat {
  const code: AppLang = isAppLang(lang) ? lang : 'ja';
  const key = `${code}|${withTime}|${zone}`;
  let f = cache.get(key);
  if (!f) {
    // A browser whose Intl lacks the language's data (Debian's Chromium has no my or ne) would
    // fall back to its own locale, often Japanese: English dates instead, in the same style.
    const wanted = langInfo(code).locale;
    const locale = Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 ? wanted : 'en-GB';
    f = new Intl.DateTimeFormat(locale, {
      ...dateOptions(code),
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone: zone,
    });
    cache.set(key, f);
  }
  return f;
}

/** Japan date and time of `ms` with the zone ("2026/11/23 17:15 JST"); `asText` (or "—") when no Date can hold it. */
export function formatTime(ms: number, lang: string, asText = '—'): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return asText;
  return `${formatter(lang, true, ZONE).format(date)} ${ZONE_LABEL}`;
}

/** A calendar date of the certificate (YYYY-MM-DD: a birth date, a registration date) in the
 * language's date style; the text as it came when it is not such a date. */
export function formatDate(ymd: string, lang: string): string {
  const date = new Date(`${ymd}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd) || Number.isNaN(date.getTime())) return ymd;
  return formatter(lang, false, 'UTC').format(date);
}

/** The Japan date (no time) of a token's time in seconds: 発行日. */
export function formatTokenDate(seconds: number, lang: string): string {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return rfc3339(seconds).replace(/T.*/, '');
  return formatter(lang, false, ZONE).format(date);
}

/** A token's time in seconds (`iat`, `exp`), in Japan time where a Date holds it. */
export function formatTokenTime(seconds: number, lang: string): string {
  return formatTime(seconds * 1000, lang, rfc3339(seconds));
}

/** An RFC 3339 time from a result (`statusCheckedAt`), in Japan time where a Date holds it. */
export function formatResultTime(text: string, lang: string): string {
  return formatTime(Date.parse(text), lang, text);
}

/**
 * Japan date ("2026/11/23") and time ("17:15:05") for spreadsheet columns: plain arithmetic, so
 * the file is the same whatever the device's zone or ICU version.
 */
export function japanDateAndTime(ms: number): [string, string] {
  const d = new Date(ms + JST_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return ['', ''];
  const two = (n: number) => String(n).padStart(2, '0');
  return [
    `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}`,
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`,
  ];
}
