// Stage 1: words (tokens joined over hyphens) with their line, capitalisation and headline marks.
import { GRAMMAR, wordSet } from '../lexicon';
import type { DocContext } from '../context';
import { SPORTS } from '../lexicon/organizations';
import { NAME_PARTICLES } from '../lexicon/people';
import type { Token } from '../text/tokens';
import {
  COMPANY_SUFFIXES,
  DATELINE_TAIL,
  DESCRIPTIVE_SUFFIXES,
  HAS_LETTER,
  HAS_LOWER,
  NUMBER_CELL,
  POSSESSIVE,
} from './gazetteer';

const CONTRACTION = /['’](?:m|ve|ll|d|re)$|n['’]t$/i;
export const ABBREVIATION =
  /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$|^(?:st|mt|ft|jr|sr|co|inc|corp|ltd|bros|dr|mr|mrs|ms|prof|gen|gov|sen|rep|col|lt|capt|sgt)$/iu;
const TITLE_CASE_FUNCTION_WORDS = wordSet(GRAMMAR.titleCaseFunctionWords);
const TITLE_CASE_SMALL_WORDS = wordSet(GRAMMAR.titleCaseSmallWords);

function isDescriptiveSuffix(part: string): boolean {
  return /^\p{Ll}/u.test(part) && (DESCRIPTIVE_SUFFIXES.has(part) || /(?:ed|ing)$/.test(part));
}

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  first: Token;
  last: Token;
  /** Index of the first token in ctx.tokens. */
  index: number;
  /** Index of the word in the document's words. */
  position: number;
  cap: boolean;
  /** Capitalisation says little here: first word of a sentence or line, or an ALL-CAPS line. */
  weak: boolean;
  capsLine: boolean;
  /** A capitalised compound that describes: "York-based", "U.S.-led" (the name before it is part of it). */
  describes: boolean;
  /** An acronym the document defines after a name, "National Alliance (AN)", wherever it stands. */
  definedAcronym: boolean;
  line: number;
  /** First word of a dateline: "HERZLIYA, Israel 1996-08-30". */
  lineInitialDateline: boolean;
  /** Lower-case words on this word's line (result tables have almost none). */
  lineLower: number;
  tags: ReadonlySet<string>;
}

export function buildWords(ctx: DocContext): Word[] {
  const { tokens, text } = ctx;
  const words: Word[] = [];
  let line = 0;
  let lineStart = true;
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const newLine = hasLineBreak(text, prevEnd, first.start);
    if (newLine) {
      line++;
      lineStart = true;
    }
    let j = i;
    // "ex-Milan", "anti-NATO": the name starts after the lower-case prefix.
    if (
      joinedByHyphen(tokens, i) &&
      /^\p{Ll}+$/u.test(first.text) &&
      !NAME_PARTICLES.has(first.text) &&
      /^\p{Lu}/u.test(tokens[i + 1]!.text)
    ) {
      prevEnd = first.end;
      lineStart = false;
      continue;
    }
    while (joinedByHyphen(tokens, j)) j++;
    const last = tokens[j]!;
    const end = last.end + (keepsPeriod(last, tokens[j + 1]) ? 1 : 0);
    const wordText = text.slice(first.start, end);
    const prevToken = tokens[i - 1];
    const afterInitial =
      prevToken !== undefined && ABBREVIATION.test(prevToken.text) && /^\.\s+$/.test(prevToken.post) && !newLine;
    const sentenceStart =
      !afterInitial &&
      (!prevToken ||
        prevToken.sentence !== first.sentence ||
        /[.!?:"“”]\s*$/.test(prevToken.post) ||
        /^["“‘]/.test(first.pre));
    const tags = j === i ? first.tags : new Set([...first.tags, ...last.tags]);
    const describes = describesRatherThanNames(wordText);
    words.push({
      start: first.start,
      end,
      text: wordText,
      lower: wordText.toLowerCase(),
      first,
      last,
      index: i,
      position: words.length,
      cap:
        !describes &&
        isCapitalisedWord(wordText, j > i && NAME_PARTICLES.has(first.text) && /^\p{Lu}/u.test(tokens[i + 1]!.text)),
      describes,
      definedAcronym: false,
      lineLower: 0,
      lineInitialDateline: lineStart && /^\p{Lu}+$/u.test(first.text) && DATELINE_TAIL.test(text.slice(end, end + 40)),
      weak: lineStart || sentenceStart || afterLineDate(words, line),
      capsLine: false,
      line,
      tags,
    });
    lineStart = false;
    prevEnd = last.end;
    i = j;
  }
  markCapsLines(words);
  markTitleCaseSentences(words);
  markDefinedAcronyms(words);
  return words;
}

/** Whether text[from, to) holds a line break (the gap between two tokens: a few characters). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Token k and the next are one word joined by a hyphen ("ex-Milan", "U.S.-led"). */
function joinedByHyphen(tokens: readonly Token[], k: number): boolean {
  return (
    k + 1 < tokens.length &&
    /^\.?-$/.test(tokens[k]!.post) &&
    tokens[k + 1]!.pre === '' &&
    tokens[k + 1]!.start === tokens[k]!.end + tokens[k]!.post.length
  );
}

/** Longest item of a list of names ("Walter Little", "Joost van der Westhuizen"). */
const MAX_LIST_ITEM_WORDS = 4;

/** "Tries: Sean Fitzpatrick, Walter Little, Justin Marshall.": three or more short comma-separated items, not a headline. */
function isNameList(words: Word[], from: number, to: number): boolean {
  const items: number[] = [0];
  for (let k = from; k < to; k++) {
    // "…, Running For Congress": a headline's function words
    if (items.length > 1 && TITLE_CASE_FUNCTION_WORDS.has(words[k]!.lower)) return false;
    items[items.length - 1]!++;
    if (words[k]!.last.post.includes(',') && k + 1 < to) items.push(0);
  }
  return items.length >= 3 && items.slice(1).every((n) => n <= MAX_LIST_ITEM_WORDS);
}

/** "U.S.", "J.", "Corp." keep their period, unless it also ends the line or the sentence. */
function keepsPeriod(last: Token, nextToken: Token | undefined): boolean {
  const sentenceFinal = /^\.\s*\n/.test(last.post) || (!nextToken && last.post.trim() === '.');
  // "Corp." ending a sentence gives its period to the sentence
  // ("Norwest Corp., Ohio-based …": a comma after the period shows it is the abbreviation's)
  const suffixAtEnd =
    COMPANY_SUFFIXES.has(last.text.toLowerCase()) &&
    /^\.(?![,;:)])/.test(last.post) &&
    (!nextToken || /^\p{Lu}/u.test(nextToken.text) || nextToken.pre.trim() !== '');
  return last.post.startsWith('.') && ABBREVIATION.test(last.text) && !sentenceFinal && !suffixAtEnd;
}

/** "Bergamo-based", "U.S.-led", "York-based": a capitalised compound that describes rather than names. */
function describesRatherThanNames(wordText: string): boolean {
  return (
    /^\p{Lu}/u.test(wordText) &&
    wordText.includes('-') &&
    isDescriptiveSuffix(wordText.slice(wordText.lastIndexOf('-') + 1))
  );
}

/**
 * A capital letter that may start a name ("de-Gaulle"-style particles before a capital count too). Styled letters
 * outside the BMP (mathematical bold) are decoration; party and state tags ("D-N.Y.", "R-La.") and contractions are not names.
 */
function isCapitalisedWord(wordText: string, particleBeforeCapital: boolean): boolean {
  return (
    !/^[DRI]-\p{Lu}/u.test(wordText) &&
    (/^\p{Lu}/u.test(wordText) || particleBeforeCapital) &&
    wordText.charCodeAt(0) < 0xd800 &&
    !CONTRACTION.test(wordText)
  );
}

/** "National Alliance (AN)": the acronym names the party even where it spells a common word ("AN leader"). */
function markDefinedAcronyms(words: Word[]): void {
  const defined = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!;
    if (
      /^\p{Lu}{2,6}$/u.test(w.text) &&
      w.first.pre.includes('(') &&
      w.last.post.startsWith(')') &&
      prev.cap &&
      !prev.capsLine &&
      prev.line === w.line
    )
      defined.add(w.text);
  }
  if (!defined.size) return;
  for (const w of words) if (!w.capsLine && defined.has(w.text.replace(POSSESSIVE, ''))) w.definedAcronym = true;
}

/** Lines without lower-case words are headlines or tables: capitalisation means nothing there. */
function markCapsLines(words: Word[]): void {
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && words[i]!.line === words[from]!.line) continue;
    let upper = 0;
    let lower = 0;
    for (let k = from; k < i; k++) {
      const t = words[k]!.text;
      if (!HAS_LETTER.test(t)) continue;
      if (HAS_LOWER.test(t)) lower++;
      else if (t.length > 1) upper++;
    }
    if (upper >= 2 && lower <= upper / 4) for (let k = from; k < i; k++) words[k]!.capsLine = true;
    let lowerInitial = 0;
    for (let k = from; k < i; k++) if (/^\p{Ll}/u.test(words[k]!.text)) lowerInitial++;
    for (let k = from; k < i; k++) words[k]!.lineLower = lowerInitial;
    from = i;
  }
}

/** Headlines in Title Case ("Trump Was 'Mocking' Clinton Camp") say as little as capitals do. */
function markTitleCaseSentences(words: Word[]): void {
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (
      i < words.length &&
      words[i]!.first.sentence === words[from]!.first.sentence &&
      words[i]!.line === words[from]!.line
    )
      continue;
    let capitalised = 0;
    let lowerOther = 0;
    let capitalisedFunction = 0;
    for (let k = from; k < i; k++) {
      const w = words[k]!;
      if (!HAS_LETTER.test(w.text) || w.capsLine) continue;
      if (CONTRACTION.test(w.text) && /^\p{Lu}/u.test(w.text)) {
        capitalisedFunction++;
        continue;
      }
      if (w.cap) {
        capitalised++;
        // "Poll Gives Hillary Clinton A Double-Digit Lead": a capitalised verb marks a headline too
        const verb =
          w.tags.has('PresentTense') &&
          /\p{Ll}s$/u.test(w.text) &&
          !w.tags.has('ProperNoun') &&
          !w.tags.has('Person') &&
          !w.tags.has('Noun');
        if (k > from && (TITLE_CASE_FUNCTION_WORDS.has(w.lower) || verb)) capitalisedFunction++;
      } else if (!TITLE_CASE_SMALL_WORDS.has(w.lower)) lowerOther++;
    }
    let numbers = 0;
    for (let k = from; k < i; k++) if (/^\(?[\d.,:/-]+\)?$/.test(words[k]!.text)) numbers++;
    if (capitalised >= 4 && lowerOther === 0 && capitalisedFunction > 0 && numbers < 2 && !isNameList(words, from, i))
      for (let k = from; k < i; k++) words[k]!.capsLine = true;
    from = i;
  }
}

export function isSportsText(ctx: DocContext, words: Word[]): boolean {
  // A sport named in the headline ("SOCCER - ...", "NFL AMERICAN FOOTBALL-STANDINGS")
  const firstLine = words[0]?.line;
  const headline = words.filter((w) => w.line === firstLine).map((w) => w.lower.replace(/[^a-z ]/g, ' '));
  const head = ` ${headline.join(' ')} `;
  if ([...SPORTS].some((s) => head.includes(` ${s} `))) return true;
  // or result tables: several lines of a name followed by scores
  let rows = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (
      w.cap &&
      next.line === w.line &&
      NUMBER_CELL.test(next.text) &&
      (i === 0 || words[i - 1]!.line !== w.line || words[i - 1]!.cap)
    )
      rows++;
  }
  void ctx;
  return rows >= 4;
}

export function wordBefore(words: Word[], w: Word): Word | undefined {
  return words[w.position - 1];
}

export function wordAfter(words: Word[], w: Word): Word | undefined {
  return words[w.position + 1];
}

export function joinLower(ws: Word[]): string {
  return ws
    .map((w) => w.lower)
    .join(' ')
    .replace(POSSESSIVE, '');
}

export function breaksAfter(prev: Word, next: Word): boolean {
  if (next.line !== prev.line) return true;
  if (POSSESSIVE.test(prev.text)) return true;
  const post = prev.last.post;
  if (/[,;:()[\]"“”!?–—/]|\s-\s|--/.test(post)) return true;
  if (post.includes('.') && (!ABBREVIATION.test(prev.last.text) || prev.end === prev.last.end)) return true;
  return /["“‘(]/.test(next.first.pre);
}

const MONTHS = wordSet(GRAMMAR.months);
const DATE_PREPOSITIONS = wordSet(GRAMMAR.datePrepositions);

/** "in May", "May 13", "May-August": a month word used as a date, not a name. */
export function isMonthAsDate(w: Word, prev: Word | undefined, next: Word | undefined): boolean {
  const dash = w.lower.indexOf('-');
  if (!MONTHS.has(dash < 0 ? w.lower : w.lower.slice(0, dash))) return false;
  if (w.lower.includes('-') || (next !== undefined && next.line === w.line && /^\d/.test(next.text))) return true;
  // "in May", and "In May," opening a sentence
  return prev !== undefined && prev.line === w.line && (!prev.cap || prev.weak) && DATE_PREPOSITIONS.has(prev.lower);
}

/** "May 13 Arrive in London": the first word after a line's date opens the line as much as a sentence start does. */
function afterLineDate(words: readonly Word[], line: number): boolean {
  let k = words.length - 1;
  let numbers = 0;
  let months = 0;
  for (; k >= 0 && words[k]!.line === line && words.length - k <= 6; k--) {
    const w = words[k]!;
    if (/^\d[\d.,:/-]*$/.test(w.text)) numbers++;
    else if (MONTHS.has(w.lower)) months++;
    else return false;
  }
  return numbers > 0 && months > 0 && (k < 0 || words[k]!.line !== line);
}
