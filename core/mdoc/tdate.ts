// tdate of PROFILE §8: #6.0(tstr) in the form YYYY-MM-DDThh:mm:ssZ (UTC, no fraction of seconds),
// read into seconds by arithmetic (no Date: the text is compared and shown as it is).

import type { CborValue } from '../cbor/decode';
import { Tagged } from '../cbor/decode';
import { TAG_TDATE } from './cbor';

export interface Tdate {
  /** The text as received (shown in results). */
  text: string;
  seconds: number;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A tdate value, or null when it is not one (another tag, another form, an impossible date or time). */
export function readTdate(value: CborValue | undefined): Tdate | null {
  if (!(value instanceof Tagged) || value.tag !== TAG_TDATE || typeof value.value !== 'string') return null;
  const m = FORM.exec(value.value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (monthDays === undefined || day < 1 || day > monthDays || hour > 23 || minute > 59 || second > 59)
    return null;
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return { text: value.value, seconds };
}
