// Calendar buckets for article dates: ISO weeks ("2016-W23", Monday first) or months ("2016-06").
import type { TimeBucket } from './protocol';

const DAY_MS = 86_400_000;
const MAX_WEEKS_FOR_AUTO = 26;

function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The ISO week of a YYYY-MM-DD date, e.g. 2021-01-03 → "2020-W53". */
export function isoWeek(date: string): string {
  const t = utc(date);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(t + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function bucketOf(date: string, bucket: TimeBucket): string {
  return bucket === 'month' ? date.slice(0, 7) : isoWeek(date);
}

/** Weeks for a span of up to half a year, months beyond. */
export function autoBucket(from: string, to: string): TimeBucket {
  return (utc(to) - utc(from)) / DAY_MS / 7 <= MAX_WEEKS_FOR_AUTO ? 'week' : 'month';
}

/** Every bucket from the first date's to the last date's, gaps included, in order. */
export function bucketRange(from: string, to: string, bucket: TimeBucket): string[] {
  const out: string[] = [];
  if (from > to) return out;
  if (bucket === 'month') {
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    const last = to.slice(0, 7);
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      out.push(key);
      if (key >= last) return out;
      if (++m > 12) [y, m] = [y + 1, 1];
    }
  }
  const last = isoWeek(to);
  for (let t = utc(from); ; t += 7 * DAY_MS) {
    const key = isoWeek(new Date(t).toISOString().slice(0, 10));
    out.push(key);
    if (key >= last) return out;
  }
}
