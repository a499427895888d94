// Calendar arithmetic for date mentions: periods, units and shifts of UTC dates, ISO strings.
import type { DateMention } from './types';

/** Counts written as words ("two weeks ago", "a couple of days"). */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'a couple of': 2,
  couple: 2,
  few: 3,
  'a few': 3,
  several: 3,
};

export function period(lower: string, ref: Date): Pick<DateMention, 'range'> {
  const unit = unitOf(lower);
  const which = lower.split(/\s+/)[0]!;
  const offset =
    which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  const [from, to] = calendarUnit(ref, unit, offset);
  if (which === 'earlier') return { range: { start: iso(from), end: iso(ref) } };
  if (which === 'later') return { range: { start: iso(ref), end: iso(to) } };
  return { range: { start: iso(from), end: iso(to) } };
}

/** The calendar week (Monday–Sunday), weekend, month, quarter, year or decade `offset` units from `ref`. */
export function calendarUnit(ref: Date, unit: string, offset: number): [Date, Date] {
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth();
  switch (unit) {
    case 'day':
      return [addDays(ref, offset), addDays(ref, offset)];
    case 'week':
    case 'fortnight': {
      const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * offset);
      return [monday, addDays(monday, 6)];
    }
    case 'weekend': {
      const saturday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 5 + 7 * offset);
      return [saturday, addDays(saturday, 1)];
    }
    case 'month':
      return [new Date(Date.UTC(y, mo + offset, 1)), new Date(Date.UTC(y, mo + offset + 1, 0))];
    case 'quarter': {
      const q = Math.floor(mo / 3) + offset;
      return [new Date(Date.UTC(y, q * 3, 1)), new Date(Date.UTC(y, q * 3 + 3, 0))];
    }
    case 'decade': {
      const d = Math.floor(y / 10) * 10 + 10 * offset;
      return [new Date(Date.UTC(d, 0, 1)), new Date(Date.UTC(d + 9, 11, 31))];
    }
    default:
      return [new Date(Date.UTC(y + offset, 0, 1)), new Date(Date.UTC(y + offset, 11, 31))];
  }
}

export function countOf(m: RegExpExecArray, group: number): number | undefined {
  for (let g = group; g < m.length; g++) {
    const v = m[g]?.toLowerCase();
    if (v === undefined) continue;
    if (/^\d+$/.test(v)) return Number(v);
    if (v in NUMBER_WORDS) return NUMBER_WORDS[v];
  }
  return undefined;
}

export function unitOf(lower: string): string {
  return /\b(day|weekend|week|fortnight|month|quarter|year|decade)s?\b/.exec(lower)?.[1] ?? 'day';
}

export function shift(ref: Date, unit: string, n: number): Date {
  switch (unit) {
    case 'week':
    case 'weekend':
      return addDays(ref, 7 * n);
    case 'fortnight':
      return addDays(ref, 14 * n);
    case 'month':
      return new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + n, ref.getUTCDate()));
    case 'quarter':
      return new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + 3 * n, ref.getUTCDate()));
    case 'year':
      return new Date(Date.UTC(ref.getUTCFullYear() + n, ref.getUTCMonth(), ref.getUTCDate()));
    case 'decade':
      return new Date(Date.UTC(ref.getUTCFullYear() + 10 * n, ref.getUTCMonth(), ref.getUTCDate()));
    default:
      return addDays(ref, n);
  }
}

export function parseIso(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
