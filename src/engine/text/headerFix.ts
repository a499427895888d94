// Dates as people write them at the top of an article ("Date: 2016-07-05", "July 5, 2016", "Published 5 July
// 2016"), and the `date YYYY-MM-DD` header that replaces them.
import { isValidIsoDate } from './header';
import type { Span } from '../types';

/** How many of the first non-empty lines a plain-text article is searched for its date. */
export const DATE_LINES_SEARCHED = 3;
/** How long a line may be and still be read as a date line. */
const MAX_DATE_LINE = 200;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)[a-z]*\\.?,?\\s+)?';
/** Words that may open a date line: "Date:", "Published", "Posted on", "Updated:". */
const LEAD = '(?:(?:date[d]?|published|posted|updated|first published)\\s*:?\\s*(?:on\\s+)?)?';

interface DateShape {
  re: RegExp;
  read: (m: RegExpExecArray) => [number, number, number];
}

const monthNumber = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** The written forms, each anchored at the start of a line; year, month, day from the match. */
const SHAPES: readonly DateShape[] = [
  {
    re: new RegExp(`^${LEAD}${WEEKDAY}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])`, 'i'),
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: new RegExp(`^${LEAD}${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?![\\d])`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
  {
    re: new RegExp(`^${LEAD}${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+(\\d{4})(?![\\d])`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
];

/** A date line's rewrite: the span of the written date (with its lead words) and the header replacing it. */
export interface HeaderFix extends Span {
  /** `date YYYY-MM-DD` */
  header: string;
  date: string;
}

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The date written at the start of `line` (which starts at `offset`), or null. */
export function dateLineFix(line: string, offset = 0): HeaderFix | null {
  if (line.length > MAX_DATE_LINE) line = line.slice(0, MAX_DATE_LINE);
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  for (const shape of SHAPES) {
    const m = shape.re.exec(rest);
    if (!m) continue;
    const [year, month, day] = shape.read(m);
    if (!isValidIsoDate(year, month, day)) return null;
    const date = iso(year, month, day);
    const end = offset + indent + m[0].length;
    return { start: offset + indent, end, header: `date ${date}`, date };
  }
  return null;
}

/** The first line's date as a header rewrite (a seed file's header problem), or null when it holds none. */
export function headerFixFor(text: string): HeaderFix | null {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineEnd = text.indexOf('\n', shift);
  const line = text.slice(shift, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  return dateLineFix(line, shift);
}

/** A date in the first non-empty lines of a plain-text article (not yet a seed file), or null. */
export function articleDateLine(text: string): HeaderFix | null {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seen = 0;
  while (offset <= text.length && seen < DATE_LINES_SEARCHED) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim()) {
      const fix = dateLineFix(line, offset);
      if (fix) return fix;
      seen++;
    }
    if (end < 0) break;
    offset = end + 1;
  }
  return null;
}
