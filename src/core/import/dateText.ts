// Calendar dates written in text or metadata values ("June 24, 2020", "24. Juni 2020", "2020-06-24T23:30-05:00"…).
import { monthNamePattern, monthNumber } from './monthNames';

export interface TextDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Where the date starts in the text. */
  index: number;
  /** The text that was read as the date. */
  text: string;
}

export interface DateReadingOptions {
  /** Read an ambiguous `03/04/2020` as 3 April (true) or March 4 (false, the US order). Default: day first. */
  dayFirst?: boolean;
}

const YEAR = '((?:19|20)\\d\\d)';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

let patterns: { ymd: RegExp; numeric: RegExp; monthFirst: RegExp; dayFirst: RegExp } | undefined;

function datePatterns(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  // A month may be given twice ("نيسان / أبريل", "avril / April"): the first name counts.
  const month = `(${monthNamePattern()})\\.?(?:\\s*/\\s*(?:${monthNamePattern()}))?`;
  patterns = {
    ymd: new RegExp(
      `${NOT_LETTER_BEFORE}${YEAR}\\s?(?:[-/.]|年|년)\\s?(\\d{1,2})\\s?(?:[-/.]|月|월)\\s?(\\d{1,2})(?!\\d)`,
      'gu',
    ),
    numeric: new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})[./-](\\d{1,2})[./-]${YEAR}(?!\\d)`, 'gu'),
    monthFirst: new RegExp(`${NOT_LETTER_BEFORE}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'giu'),
    dayFirst: new RegExp(
      `${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+|of\\s+)?${month}${NOT_LETTER_AFTER},?\\s*(?:de\\s+|del\\s+)?${YEAR}(?!\\d)`,
      'giu',
    ),
  };
  return patterns;
}

/** Every date written in `text`, in reading order. */
export function findDatesInText(text: string, options: DateReadingOptions = {}): TextDate[] {
  const { ymd, numeric, monthFirst, dayFirst } = datePatterns();
  const found: TextDate[] = [];
  const add = (match: RegExpExecArray, year: string, month: number | undefined, day: string): void => {
    const date = isoDate(Number(year), month ?? 0, Number(day));
    if (date && !found.some((f) => f.index === match.index)) found.push({ date, index: match.index, text: match[0] });
  };
  for (const m of text.matchAll(ymd)) add(m, m[1] as string, Number(m[2]), m[3] as string);
  for (const m of text.matchAll(monthFirst)) add(m, m[3] as string, monthNumber(m[1] as string), m[2] as string);
  for (const m of text.matchAll(dayFirst)) add(m, m[3] as string, monthNumber(m[2] as string), m[1] as string);
  for (const m of text.matchAll(numeric)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const dayFirstOrder = a > 12 || (b <= 12 && options.dayFirst !== false);
    add(m, m[3] as string, dayFirstOrder ? b : a, String(dayFirstOrder ? a : b));
  }
  return found.sort((x, y) => x.index - y.index);
}

/**
 * The calendar date of a metadata value, as written in the page's own time zone: `2020-06-24T23:30:00-05:00` is
 * 2020-06-24. Also Unix timestamps (read in UTC, having no zone) and dates in words.
 */
export function parseDateValue(value: string, options: DateReadingOptions = {}): string | undefined {
  const text = value.trim();
  const iso = /^((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:$|[T\s_]|[+-]\d\d:?\d\d$|Z)/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{9,13}$/.test(text)) {
    const ms = text.length > 10 ? Number(text) : Number(text) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return findDatesInText(text.slice(0, 200), options)[0]?.date;
}

/** `YYYY-MM-DD` for a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A short line that is a date and little else ("Published: Wednesday, June 24, 2020 10:02"). */
export function isDateLine(line: string, accept: (date: string) => boolean = () => true): boolean {
  if (line.length > 80) return false;
  const found = findDatesInText(line)[0];
  if (!found || !accept(found.date)) return false;
  const rest = line
    .replace(found.text, '')
    .replace(/\b(published|updated|posted|on|at|am|pm|[a-z]{3,9}day)\b|[\d:,.|()-]/gi, '');
  return rest.trim().length <= 12;
}
