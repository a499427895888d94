// Date mentions: relative ones ("on Wednesday", "last week", "two days ago") resolved against the
// article date, absolute ones ("March 7, 2023", "Sept. 11") read from the forms the patterns match.
import type { DocContext } from './context';
import type { DateMention, Span } from './types';
import { period, countOf, unitOf, shift, parseIso, addDays, iso, pad } from './calendar';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNIT = '(day|week|weekend|fortnight|month|quarter|year|decade)';
const COUNT = `(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a couple of|a few|several|few)`;
const WEEKDAY = '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

type Kind = 'weekday' | 'deictic' | 'period' | 'span' | 'ago' | 'absolute';
interface Pattern {
  kind: Kind;
  re: RegExp;
}

// Longer forms first; overlapping later matches are dropped.
const PATTERNS: Pattern[] = [
  {
    kind: 'span',
    re: new RegExp(
      `\\b(?:over|in|during|for|within)\\s+the\\s+(last|past|next|coming|previous|recent)\\s+(?:${COUNT}\\s+)?${UNIT}s?\\b`,
      'gi',
    ),
  },
  { kind: 'span', re: new RegExp(`\\b(?:the\\s+)?(last|past|next|coming|previous)\\s+${COUNT}\\s+${UNIT}s\\b`, 'gi') },
  { kind: 'span', re: new RegExp(`\\b(?:in\\s+)?(recent)\\s+${UNIT}s\\b`, 'gi') },
  { kind: 'ago', re: new RegExp(`\\b${COUNT}\\s+${UNIT}s?\\s+(ago|earlier|before|later)\\b`, 'gi') },
  {
    kind: 'absolute',
    re: new RegExp(
      `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?\\b|\\b${MONTH}\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
      'g',
    ),
  },
  {
    kind: 'weekday',
    re: new RegExp(
      `\\b(?:(last|next|this|on|early|late|previous|coming)\\s+)?${WEEKDAY}(?:\\s+(night|morning|afternoon|evening))?\\b`,
      'gi',
    ),
  },
  { kind: 'period', re: new RegExp(`\\b(earlier|later)\\s+this\\s+${UNIT}\\b`, 'gi') },
  { kind: 'period', re: new RegExp(`\\b(last|next|this|past|previous|coming)\\s+${UNIT}\\b`, 'gi') },
  {
    kind: 'deictic',
    re: /\b(yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b/gi,
  },
];

/** How many characters before a weekday are searched for a future cue ("will meet … on Monday"). */
const FUTURE_CUE_WINDOW = 200;
const FUTURE_CUE = /\b(will|'ll|shall|is to|are to|scheduled|due|upcoming|plans? to|set to|expected to)\b/i;

/** Throws on a bug; analyze() reports it as an `engine-error` and goes on. */
export function findDates(ctx: DocContext, referenceDate: string | undefined): DateMention[] {
  return scan(ctx, referenceDate);
}

function scan(ctx: DocContext, referenceDate: string | undefined): DateMention[] {
  const { text } = ctx;
  const ref = referenceDate ? parseIso(referenceDate) : undefined;
  const body = text.slice(ctx.bodyStart);
  const found: DateMention[] = [];
  let taken: Span[] = [];
  for (const { kind, re } of PATTERNS) {
    // One pattern's matches come in text order and never overlap each other, so the spans taken by
    // earlier patterns are checked with one pointer moving forward (a sorted sweep), then merged in.
    const accepted: Span[] = [];
    let next = 0;
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = ctx.bodyStart + m.index;
      const end = start + m[0].length;
      while (next < taken.length && taken[next]!.end <= start) next++;
      if (next < taken.length && taken[next]!.start < end) continue;
      if (kind === 'weekday' && !/^[A-Z]/.test(weekdayWord(m[0]))) continue;
      const mention = resolve(kind, m, { start, end }, ctx, ref);
      if (!mention) continue;
      accepted.push({ start, end });
      found.push(mention);
    }
    taken = mergeSorted(taken, accepted);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Two lists of spans sorted by start, merged into one sorted list. */
function mergeSorted(a: Span[], b: Span[]): Span[] {
  if (!b.length) return a;
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Start of the sentence holding `offset` (binary search over the sorted sentences), at most `FUTURE_CUE_WINDOW` back. */
function cueWindowStart(ctx: DocContext, offset: number): number {
  const { sentences } = ctx;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const sentenceStart = lo > 0 ? sentences[lo - 1]!.start : ctx.bodyStart;
  return Math.max(sentenceStart, offset - FUTURE_CUE_WINDOW);
}

function weekdayWord(s: string): string {
  return /(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/i.exec(s)?.[0] ?? '';
}

function resolve(
  kind: Kind,
  m: RegExpExecArray,
  { start, end }: Span,
  ctx: DocContext,
  ref: Date | undefined,
): DateMention | undefined {
  // the "on" of "on Wednesday" and the "over"/"in" of a span are not part of the date
  let s = start;
  let matched = m[0];
  const lead = /^(?:on|over|in|during|for|within)\s+/i.exec(matched);
  if (lead) {
    s += lead[0].length;
    matched = matched.slice(lead[0].length);
  }
  const mention: DateMention = { start: s, end, text: matched, relative: kind !== 'absolute' };
  if (kind === 'absolute') return absolute(mention, ref);
  if (!ref) return mention;
  const lower = matched.toLowerCase();
  switch (kind) {
    case 'deictic': {
      const offset = lower === 'yesterday' || lower === 'last night' ? -1 : lower === 'tomorrow' ? 1 : 0;
      mention.date = iso(addDays(ref, offset));
      break;
    }
    case 'weekday': {
      const target = WEEKDAYS.indexOf(weekdayWord(matched).toLowerCase());
      const modifier = (m[1] ?? '').toLowerCase();
      const future =
        modifier === 'next' ||
        modifier === 'coming' ||
        (modifier !== 'last' && FUTURE_CUE.test(ctx.text.slice(cueWindowStart(ctx, start), start)));
      const today = ref.getUTCDay();
      let diff: number;
      if (future) diff = (target - today + 7) % 7 || (modifier === 'next' ? 7 : 0);
      else diff = -((today - target + 7) % 7 || (modifier === 'last' || modifier === 'previous' ? 7 : 0));
      mention.date = iso(addDays(ref, diff));
      break;
    }
    case 'period':
      Object.assign(mention, period(lower, ref));
      break;
    case 'span': {
      const direction = /next|coming/.test(lower) ? 1 : -1;
      const count = countOf(m, 2) ?? (/s\b/.test(lower) ? 2 : 1);
      const unit = unitOf(lower);
      const other = shift(ref, unit, count * direction);
      mention.range =
        direction < 0 ? { start: iso(other), end: iso(ref) } : { start: iso(addDays(ref, 1)), end: iso(other) };
      break;
    }
    case 'ago': {
      const count = countOf(m, 1) ?? 1;
      const direction = /ago|earlier|before/.test(lower) ? -1 : 1;
      mention.date = iso(shift(ref, unitOf(lower), count * direction));
      break;
    }
  }
  return mention;
}

/** Resolves an absolute mention ("March 7, 2023", "7 March", "Sept. 11", "March 7-9", "March 2023", ISO). */
function absolute(mention: DateMention, ref: Date | undefined): DateMention {
  const parts = absoluteParts(mention.text);
  if (!parts) return mention;
  const { month, endDay } = parts;
  // "September 97": a number past any day after the month is a two-digit year.
  const twoDigitYear =
    parts.day !== undefined && parts.day > 31 && parts.monthFirst && parts.year === undefined && endDay === undefined;
  const day = twoDigitYear ? undefined : parts.day;
  if (day === undefined) {
    const year = twoDigitYear ? fullYear(parts.day!) : parts.year!;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    mention.range = { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}` };
    return mention;
  }
  const year = parts.year ?? (ref ? yearClosestTo(ref, month, day) : undefined);
  if (year === undefined || !isCalendarDay(year, month, day)) return mention;
  mention.date = `${year}-${pad(month)}-${pad(day)}`;
  if (endDay !== undefined && endDay > day && isCalendarDay(year, month, endDay))
    mention.range = { start: mention.date, end: `${year}-${pad(month)}-${pad(endDay)}` };
  return mention;
}

const MONTH_WORD = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const ABSOLUTE_FORMS: {
  re: RegExp;
  month: number;
  day?: number;
  endDay?: number;
  year?: number;
  monthFirst?: boolean;
}[] = [
  {
    re: new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})${ORDINAL}(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?$`),
    month: 1,
    day: 2,
    endDay: 3,
    year: 4,
    monthFirst: true,
  },
  { re: new RegExp(`^(\\d{1,2})${ORDINAL}\\s+${MONTH_WORD}(?:,?\\s+(\\d{4}))?$`), day: 1, month: 2, year: 3 },
  { re: new RegExp(`^${MONTH_WORD}\\s+(\\d{4})$`), month: 1, year: 2 },
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, year: 1, month: 2, day: 3 },
];
const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month, day, range end day and year written in an absolute mention, or undefined when it is not a date. */
function absoluteParts(
  text: string,
): { month: number; day?: number; endDay?: number; year?: number; monthFirst: boolean } | undefined {
  for (const form of ABSOLUTE_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const monthText = m[form.month]!;
    const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTH_NUMBERS[monthText.slice(0, 3).toLowerCase()];
    const num = (group: number | undefined): number | undefined =>
      group !== undefined && m[group] !== undefined ? Number(m[group]) : undefined;
    if (!month || month > 12) return undefined;
    return {
      month,
      day: num(form.day),
      endDay: num(form.endDay),
      year: num(form.year),
      monthFirst: form.monthFirst ?? false,
    };
  }
  return undefined;
}

/** The year that puts month/day nearest to `ref` ("Sept. 11" written in March 2023 → 2022). */
function yearClosestTo(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  let best = y;
  for (const year of [y - 1, y + 1]) {
    if (
      Math.abs(Date.UTC(year, month - 1, day) - ref.getTime()) <
      Math.abs(Date.UTC(best, month - 1, day) - ref.getTime())
    )
      best = year;
  }
  return best;
}

/** "97" → 1997, "12" → 2012. */
function fullYear(twoDigits: number): number {
  return twoDigits >= 50 ? 1900 + twoDigits : 2000 + twoDigits;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
