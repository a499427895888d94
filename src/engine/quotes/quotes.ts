// Direct quotations: one linear scan per paragraph over the quotation marks.
import type { DocContext } from '../context';
import type { Problem, Quote, Span } from '../types';
import { CUE_VERB_FORMS } from '../lexicon/verbs';

type MarkKind = 'open' | 'close' | 'either';

interface Mark extends Span {
  kind: MarkKind;
  single: boolean;
}

/** Zero-width characters and bidirectional controls: invisible, so they count as space around quotation marks. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch) || INVISIBLE.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Characters after which a mark opens a quote: start, space, opening brackets and dashes. */
const isOpenContext = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{—–\-/:]/.test(ch) || INVISIBLE.test(ch);

/** Quotation marks of one paragraph, in order; apostrophes are left out. */
function scanMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    switch (ch) {
      case '“':
      case '„':
      case '«':
        marks.push({ start: i, end: i + 1, kind: 'open', single: false });
        break;
      case '”':
      case '»':
        marks.push({ start: i, end: i + 1, kind: 'close', single: false });
        break;
      case '"':
      case '＂':
        marks.push({ start: i, end: i + 1, kind: 'either', single: false });
        break;
      case '`':
        if (text[i + 1] === '`') {
          marks.push({ start: i, end: i + 2, kind: 'open', single: false });
          i++;
        }
        break;
      case "'":
      case '‘':
      case '’': {
        if (ch === "'" && text[i + 1] === "'") {
          marks.push({ start: i, end: i + 2, kind: 'either', single: false });
          i++;
          break;
        }
        const before = i > start ? text[i - 1] : undefined;
        const after = i + 1 < end ? text[i + 1] : undefined;
        // Inside a word (don’t, Ukraine’s) it is an apostrophe; before a digit (’90s) too.
        if (isWordChar(before) && isWordChar(after)) break;
        if (isOpenContext(before) && isWordChar(after) && !/\d/.test(after!) && ch !== '’') {
          marks.push({ start: i, end: i + 1, kind: 'open', single: true });
        } else if (!isSpace(before) && !isWordChar(after) && ch !== '‘') {
          marks.push({ start: i, end: i + 1, kind: 'close', single: true });
        }
        break;
      }
    }
  }
  return marks;
}

/** A mark that reads as opening: after a space or bracket, before a non-space. */
function looksOpening(text: string, mark: Mark, paraStart: number, paraEnd: number): boolean {
  const before = mark.start > paraStart ? text[mark.start - 1] : undefined;
  const after = mark.end < paraEnd ? text[mark.end] : undefined;
  return isOpenContext(before) && !isSpace(after);
}

/** For each mark, the index of a later single closing mark, if any (one backward pass). */
function singleClosesAfter(marks: readonly Mark[]): (number | undefined)[] {
  const next = new Array<number | undefined>(marks.length);
  let later: number | undefined;
  for (let m = marks.length - 1; m >= 0; m--) {
    next[m] = later;
    if (marks[m]!.single && marks[m]!.kind === 'close') later = m;
  }
  return next;
}

export interface QuoteScan {
  quotes: Quote[];
  problems: Problem[];
}

export function findQuotes(ctx: DocContext): QuoteScan {
  const { text, paragraphs } = ctx;
  const quotes: Quote[] = [];
  const problems: Problem[] = [];
  let carriedOpen: Quote | null = null;
  paragraphs.forEach((para, index) => {
    const marks = scanMarks(text, para.start, para.end);
    // A paragraph that starts with a quotation mark continues a quote left open in the previous one.
    if (carriedOpen) {
      const first = marks[0];
      const continues = first !== undefined && first.start === para.start && !first.single && first.kind !== 'close';
      if (!continues) problems.push(unbalanced(carriedOpen, 'This quotation is never closed.'));
      carriedOpen = null;
    }
    let open: Mark | null = null;
    let singleOpen: Mark | null = null;
    const nextSingleClose = singleClosesAfter(marks);
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m]!;
      // Inside a single-quoted quote that closes later, double marks are nested: ‘We read “War and Peace” twice,’
      if (singleOpen && !open && !mark.single && nextSingleClose[m] !== undefined) continue;
      if (mark.single) {
        if (open) continue; // nested single quotes belong to the outer quote
        if (mark.kind === 'open') singleOpen ??= mark;
        else if (singleOpen) {
          pushQuote(quotes, text, singleOpen, mark, index, false);
          singleOpen = null;
        }
        continue;
      }
      if (!open) {
        if (mark.kind === 'close' && !looksOpening(text, mark, para.start, para.end)) {
          problems.push({
            start: mark.start,
            end: mark.end,
            code: 'unbalanced-quote',
            severity: 'warning',
            message: 'Closing quotation mark without an opening one.',
          });
          continue;
        }
        open = mark;
        singleOpen = null;
        continue;
      }
      // An opening curly mark while a quote is open: a misdirected closing mark when it ends a word.
      if (mark.kind === 'open' && looksOpening(text, mark, para.start, para.end)) {
        problems.push(unbalancedMark(open, 'This quotation mark is not closed before the next one opens.'));
        open = mark;
        continue;
      }
      pushQuote(quotes, text, open, mark, index, false);
      open = null;
    }
    if (open) {
      const quote = pushQuote(
        quotes,
        text,
        open,
        { start: para.end, end: para.end, kind: 'close', single: false },
        index,
        true,
      );
      if (quote) carriedOpen = quote;
    }
  });
  if (carriedOpen) problems.push(unbalanced(carriedOpen, 'This quotation is never closed.'));
  markPartial(ctx, quotes);
  return { quotes, problems };
}

function unbalanced(quote: Quote, message: string): Problem {
  return {
    start: quote.start,
    end: Math.min(quote.end, quote.start + 1),
    code: 'unbalanced-quote',
    severity: 'warning',
    message,
  };
}

function unbalancedMark(mark: Mark, message: string): Problem {
  return { start: mark.start, end: mark.end, code: 'unbalanced-quote', severity: 'warning', message };
}

function pushQuote(
  quotes: Quote[],
  text: string,
  open: Mark,
  close: Mark,
  paragraph: number,
  unclosed: boolean,
): Quote | null {
  let innerStart = open.end;
  let innerEnd = close.start;
  while (innerStart < innerEnd && isSpace(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
  if (innerEnd <= innerStart) return null;
  const quote: Quote = {
    start: open.start,
    end: unclosed ? innerEnd : close.end,
    text: text.slice(innerStart, innerEnd),
    inner: { start: innerStart, end: innerEnd },
    partial: false,
    unclosed,
    paragraph,
    speaker: null,
  };
  quotes.push(quote);
  return quote;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * A quote is partial when it is a short fragment embedded in running text: it neither starts a
 * sentence nor is set off by a colon or comma, and its inner text is not a complete sentence.
 */
function markPartial(ctx: DocContext, quotes: Quote[]): void {
  const { text, paragraphs } = ctx;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const para = paragraphs[q.paragraph]!;
    const words = countWords(q.text);
    const before = precedingVisible(text, q.start, para.start);
    const startsSentence = before === '.' || before === '?' || before === '!';
    // "“Refoulement” (forcible return) is forbidden", "‘SNL’ has fun with …": a short name opening a sentence that goes on.
    if (
      (q.start === para.start || startsSentence) &&
      words <= 4 &&
      !/[.!?,:;—–-]$/.test(q.text) &&
      /^[ \t]*[(\p{Ll}]/u.test(text.slice(q.end, q.end + 3))
    ) {
      q.partial = true;
      continue;
    }
    if (q.start === para.start || spokenRightBefore(text, q.start, para.start)) continue;
    const setOff =
      startsSentence || before === ':' || before === ',' || before === '' || before === '—' || before === '-';
    const sentenceLike = SENTENCE_END.test(q.text) || /[,:;—-]$/.test(q.text);
    const capitalised = /^[\p{Lu}\d]/u.test(q.text);
    if (words <= 8 && !startsSentence && isTitleCase(q.text)) q.partial = true;
    else if (setOff && (capitalised || words >= 4)) continue;
    else if (sentenceLike && capitalised && words >= 4) continue;
    else if (words >= 10) continue;
    else q.partial = true;
  }
}

/** Naming verbs, whose quoted object is usually a label rather than words spoken: "what he called “a disgrace”". */
const NAMING_VERBS = new Set(['call']);

/** The quote is the object of a speech verb right before it: chanting “…”, wrote, “…”, a sign that read “…”. */
function spokenRightBefore(text: string, pos: number, paraStart: number): boolean {
  const word = /([\p{L}]+)[ \t]*,?[ \t]*$/u.exec(text.slice(Math.max(paraStart, pos - 40), pos))?.[1]?.toLowerCase();
  const verb = word && CUE_VERB_FORMS.get(word);
  return !!verb && verb.kind === 'speech' && !NAMING_VERBS.has(verb.lemma) && !verb.particles;
}

/** A title such as “Man of the World” or “Bloodline”: every longer word capitalised. */
function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return long.length > 1 && long.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0] ?? '');
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = !isSpace(s[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** The last non-space character before `pos` in the paragraph ('' at paragraph start). */
function precedingVisible(text: string, pos: number, paraStart: number): string {
  for (let i = pos - 1; i >= paraStart; i--) if (!isSpace(text[i])) return text[i]!;
  return '';
}
