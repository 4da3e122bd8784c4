// Times as people read them. Always Japan time with the zone written out: the certificate, the
// desks and the employers filing a record are in Japan, and a record printed or shown on a
// device set to another zone must still say the same time (and say which zone it is).
// A signed token can carry a time no JS Date holds (past the year 275760): Intl would throw on
// it and take the result screen down, so such a time is shown as the text it came as.
import { rfc3339 } from '../../../core/credential-view';

const ZONE = 'Asia/Tokyo';
const ZONE_LABEL = 'JST';
const JST_OFFSET_MS = 9 * 3600 * 1000;

const formatters = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }),
};

/** Japan date and time of `ms` with the zone ("2026/11/23 17:15 JST"); `asText` (or "—") when no Date can hold it. */
export function formatTime(ms: number, lang: string, asText = '—'): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return asText;
  return `${formatters[lang === 'en' ? 'en' : 'ja'].format(date)} ${ZONE_LABEL}`;
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
