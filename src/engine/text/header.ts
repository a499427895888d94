// The `date YYYY-MM-DD` header that opens a seed file's first line.
import type { Header, Problem } from '../types';

/** How many characters of the first line a missing-header warning underlines at most. */
const MISSING_HEADER_SPAN = 200;

export interface HeaderResult {
  header: Header;
  /** Offset where the article body starts (after the header, or 0). */
  bodyStart: number;
  problems: Problem[];
}

const WELL_FORMED = /^([ \t]*)(date[ \t]+(\d{4})-(\d{2})-(\d{2}))(?=\s|$)/;
const DATE_LIKE = /^([ \t]*)(date\b(?:[ \t]+[\d][^\s]*)?)/i;

export function isValidIsoDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function parseHeader(text: string, expectHeader: boolean, today: string = todayIso()): HeaderResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - source.length;
  const problems: Problem[] = [];
  const m = WELL_FORMED.exec(source);
  if (m) {
    const start = shift + m[1]!.length;
    const end = start + m[2]!.length;
    const [year, month, day] = [Number(m[3]), Number(m[4]), Number(m[5])];
    const iso = `${m[3]}-${m[4]}-${m[5]}`;
    const span = { start, end };
    if (!isValidIsoDate(year, month, day)) {
      problems.push({
        ...span,
        code: 'impossible-date',
        severity: 'error',
        message: `The header date ${iso} does not exist in the calendar.`,
      });
      return { header: { span }, bodyStart: end, problems };
    }
    if (iso > today) {
      problems.push({
        ...span,
        code: 'future-date',
        severity: 'warning',
        message: `The header date ${iso} is in the future.`,
      });
    }
    return { header: { date: iso, span }, bodyStart: end, problems };
  }
  const loose = DATE_LIKE.exec(source);
  if (loose) {
    const start = shift + loose[1]!.length;
    const end = start + loose[2]!.length;
    problems.push({
      start,
      end,
      code: 'malformed-header',
      severity: 'error',
      message: `The header should read "date YYYY-MM-DD"; found "${loose[2]!.slice(0, 40)}".`,
    });
    return { header: { span: { start, end } }, bodyStart: end, problems };
  }
  if (expectHeader) {
    const lineEnd = source.indexOf('\n');
    let length = Math.min(lineEnd < 0 ? source.length : lineEnd, MISSING_HEADER_SPAN);
    // Never end between the two halves of a surrogate pair (an emoji at the cut).
    if (/[\uD800-\uDBFF]/.test(source.charAt(length - 1))) length--;
    const end = shift + length;
    problems.push({
      start: shift,
      end: Math.max(end, shift),
      code: 'missing-header',
      severity: 'warning',
      message: 'A seed file starts with a "date YYYY-MM-DD" header; relative dates cannot be resolved without it.',
    });
  }
  return { header: {}, bodyStart: 0, problems };
}
