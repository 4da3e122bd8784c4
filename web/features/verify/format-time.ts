// Times as people read them. A signed token can carry a time no JS Date holds (past the year
// 275760): Intl would throw on it and take the result screen down, so such a time is shown as
// the text it came as.
import { rfc3339 } from '../../../core/credential-view';

/** Local date and time of `ms`; `asText` (or "—") when no Date can hold it. */
export function formatTime(ms: number, lang: string, asText = '—'): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return asText;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** A token's time in seconds (`iat`, `exp`), local where a Date holds it. */
export function formatTokenTime(seconds: number, lang: string): string {
  return formatTime(seconds * 1000, lang, rfc3339(seconds));
}

/** An RFC 3339 time from a result (`statusCheckedAt`), local where a Date holds it. */
export function formatResultTime(text: string, lang: string): string {
  return formatTime(Date.parse(text), lang, text);
}
