// Stage 4, context: where a candidate stands (the words around it, the kind of line) and the cues read there.
import { GRAMMAR, wordSet } from '../lexicon';
import type { DocContext } from '../context';
import { ORG_CONTEXT_NOUNS } from '../lexicon/organizations';
import { ORGANIZATION_KINDS } from '../lexicon/organizations';
import { ROLE_NOUNS } from '../lexicon/people';
import { PLACE_NOUNS } from '../lexicon/places';
import { DATELINE_TAIL, MATCH_SEPARATORS, NUMBER_CELL, POSSESSIVE, isDemonym, placeKind } from './gazetteer';
import type { Candidate } from './candidates';
import { wordAfter, wordBefore, type Word } from './words';

/** Where a candidate stands: the words around it and what kind of line it is on. */
export interface Setting {
  before: Word | undefined;
  after: Word | undefined;
  beforeLower: string;
  afterLower: string;
  dateline: boolean;
  tableRow: boolean;
  place: ReturnType<typeof placeKind>;
  /** The word before the name is the first of its line. */
  beforeOpensLine: boolean;
  beforeBefore: Word | undefined;
}

export function settingOf(ctx: DocContext, c: Candidate, words: Word[], sports: boolean): Setting {
  const firstW = c.words[0]!;
  const lastW = c.words[c.words.length - 1]!;
  const before = wordBefore(words, firstW);
  const after = wordAfter(words, lastW);
  const dateline = (!before || before.line !== firstW.line) && isDateline(ctx, c);
  // a team in a results table: "Pohang 3 Ulsan 2", "NEW YORK 74 59 .556"
  const rowStart =
    (!before || before.line !== firstW.line || NUMBER_CELL.test(before.text) || MATCH_SEPARATORS.has(before.lower)) &&
    !firstW.first.pre.includes('(') &&
    !inParentheses(ctx, c);
  const tableRow =
    !dateline &&
    sports &&
    rowStart &&
    after !== undefined &&
    after.line === lastW.line &&
    /^\(?\d/.test(after.text) &&
    lastW.lineLower <= 2;
  const beforeBefore = before && wordBefore(words, before);
  const beforeOpensLine = !!before && (!beforeBefore || beforeBefore.line !== before.line);
  return {
    before,
    after,
    beforeLower: before?.lower ?? '',
    afterLower: after?.lower ?? '',
    dateline,
    tableRow,
    place: placeKind(c.text.toLowerCase()),
    beforeOpensLine,
    beforeBefore,
  };
}

/** A line that can only list teams: a score line "Hapoel Holon 2 Bnei Sakhnin 1" or a league-table row. */
export function teamLine(ctx: DocContext, c: Candidate): boolean {
  const from = ctx.text.lastIndexOf('\n', c.start);
  if (from < c.start - 200) return false;
  let to = ctx.text.indexOf('\n', c.end);
  if (to < 0) to = ctx.text.length;
  if (to - from > 200) return false;
  // scorers in parentheses say nothing about the row's shape: "Celtic 1 (Hay 83) Rangers 2 (Dodds 4,"
  const line = ctx.text.slice(from + 1, to).replace(/\([^)]*\)?/g, ' ');
  if (/^\s*\p{L}[^\d\n]*?\s\d+\s+\p{L}[^\d\n]*?\s\d+\s*(?:\(.*\))?\.?\s*$/u.test(line)) return true;
  const numbers = ctx.text.slice(c.end, to).match(/(?:^|\s)\d+(?=\s|$)/g);
  return (numbers?.length ?? 0) >= 6;
}

/** A line-initial name followed by the story's date: "LONDON 1996-08-30", "TEMPE, Ariz.\n1996-12-06". */
function isDateline(ctx: DocContext, c: Candidate): boolean {
  return DATELINE_TAIL.test(ctx.text.slice(c.end, c.end + 40));
}

/** "MILWAUKEE, Wisconsin 1996-08-29": a place after the dateline's first name and a comma. */
export function isDatelineRegion(ctx: DocContext, c: Candidate, s: Setting): boolean {
  const before = s.before;
  if (!before || before.line !== c.words[0]!.line || !/,\s*$/.test(before.last.post) || !s.place || !s.beforeOpensLine)
    return false;
  return /^\s+\d{4}-\d\d-\d\d/.test(ctx.text.slice(c.end, c.end + 20));
}

/** A result line's venue "Leicester: …", "London (The Oval): …", or the town after a ground "(at Edgbaston, Birmingham)". */
export function isVenue(ctx: DocContext, c: Candidate, s: Setting): boolean {
  const lineInitial = !s.before || s.before.line !== c.words[0]!.line;
  if (lineInitial && /^(?:\s*\([^)\n]{1,40}\))?:/.test(ctx.text.slice(c.end, c.end + 44))) return true;
  const before = s.before;
  if (!before || !/,\s*$/.test(before.last.post) || !/^\s*(?:[)\]]|$)/.test(ctx.text.slice(c.end, c.end + 3)))
    return false;
  const ground = ctx.text.slice(Math.max(0, before.start - 40), before.start);
  return /\b(?:at|in)\s+(?:\p{Lu}[\p{L}'.-]*\s+){0,3}$/u.test(ground);
}

/** How far after a name an appositive is looked for. */
export const APPOSITIVE_WINDOW = 60;
/** ", one of the largest banks", ", the state-owned company", ", a brokerage": lower-case words after a determiner. */
const APPOSITIVE = /^,\s+(?:a|an|the|one of the)\s+((?:[\p{Ll}\d-]+\s*){1,4})/u;
const APPOSITIVE_STOP = wordSet(GRAMMAR.appositiveStops);

/** ", chairman of …", ", the general secretary of …", ", a senior economist at …": the appositive gives a role. */
const ROLE_APPOSITIVE = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:of|at|with|for)\b/u;

export function appositiveNamesRole(following: string): boolean {
  const m = ROLE_APPOSITIVE.exec(following);
  return !!m && ROLE_NOUNS.has(m[1]!);
}

/** The appositive after a name calls it a kind of organization (before any "of", "in", "who"). */
export function appositiveNamesOrganization(following: string): boolean {
  const m = APPOSITIVE.exec(following);
  if (!m) return false;
  for (const word of m[1]!.trim().split(/\s+/)) {
    if (APPOSITIVE_STOP.has(word)) return false;
    if (ORGANIZATION_KINDS.has(word) || (word.endsWith('s') && ORGANIZATION_KINDS.has(word.slice(0, -1)))) return true;
  }
  return false;
}

/** Longest line looked at around a name (a bounded window keeps the scan linear on one-line texts). */
const SHORT_LINE = 300;

/** The line around a name when it is short, else undefined. */
function shortLineAround(ctx: DocContext, c: Candidate): string | undefined {
  const from = Math.max(0, c.start - SHORT_LINE);
  const before = ctx.text.slice(from, c.start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return undefined;
  const after = ctx.text.slice(c.end, c.end + SHORT_LINE);
  const end = after.indexOf('\n');
  if (end < 0 && c.end + SHORT_LINE < ctx.text.length) return undefined;
  return before.slice(nl + 1) + c.text + (end < 0 ? after : after.slice(0, end));
}

/** "-- Luli Popescu, Bucharest Newsroom 40-1 3120264": the name opening a "--" signature line. */
export function isSignature(ctx: DocContext, c: Candidate): boolean {
  return (
    /(?:^|\n)\s*--\s*$/.test(ctx.text.slice(Math.max(0, c.start - 8), c.start)) &&
    /^,\s*\p{Lu}[\p{L} .]*\b(?:newsroom|bureau|desk)\b/iu.test(ctx.text.slice(c.end, c.end + 60))
  );
}

/** A line of comma-separated names without numbers: "Given, Breen, Staunton, Irwin, McAteer". */
export function isLineupCell(ctx: DocContext, c: Candidate): boolean {
  const text = shortLineAround(ctx, c);
  if (text === undefined || /\d/.test(text)) return false;
  const line = { text };
  const items = line.text
    .replace(/^[^:]*:\s*/, '')
    .replace(/\.\s*$/, '')
    .split(/,\s*|\s+and\s+/);
  return items.length >= 4 && items.every((item) => /^\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)?$/u.test(item.trim()));
}

/** The name stands inside an open parenthesis of its line: "Celtic 1 (Hay 83, Dodds 90)". */
export function inParentheses(ctx: DocContext, c: Candidate): boolean {
  const from = Math.max(0, c.start - SHORT_LINE);
  const before = ctx.text.slice(from, c.start);
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  return lineBefore.lastIndexOf('(') > lineBefore.lastIndexOf(')');
}

/** "Luis Figo (Barcelona)", "Vitor Baia (Barcelona, Spain)": a name in parentheses right after a person's name. */
export function isClubAfterPlayer(ctx: DocContext, c: Candidate, s: Setting): boolean {
  if (!c.words[0]!.first.pre.includes('(') || !/^\s*[),]/.test(ctx.text.slice(c.end, c.end + 3))) return false;
  const before = s.before;
  return (
    !!before &&
    before.cap &&
    before.line === c.words[0]!.line &&
    !NUMBER_CELL.test(before.text) &&
    !isDemonym(c.text.toLowerCase())
  );
}

/** The name after a comma continues a list ("Essex, Derbyshire and Surrey") rather than placing the one before. */
export function isListItem(ctx: DocContext, w: Word): boolean {
  return /^\s*(?:,|and\b|or\b)/.test(ctx.text.slice(w.end, w.end + 5));
}

/** "an analyst at Credit Suisse", "strategist with Rinaco Plus": a role noun, then "at"/"with", then the name. */
export function isEmployerAfterRole(s: Setting): boolean {
  if (!s.before || (s.beforeLower !== 'at' && s.beforeLower !== 'with')) return false;
  const role = s.beforeBefore;
  return !!role && !role.cap && role.line === s.before.line && ROLE_NOUNS.has(role.lower.replace(/[,]$/, ''));
}

/** A lower-case place noun right after the name, right before it, or before "of" it ("the town of X"), with no punctuation between. */
export function isBesidePlaceNoun(c: Candidate, s: Setting): boolean {
  const lowerWord = (w: Word | undefined): boolean => !!w && !w.cap;
  const tight = (w: Word): boolean => w.last.post.trim() === '';
  if (lowerWord(s.after) && PLACE_NOUNS.has(s.afterLower) && tight(c.words[c.words.length - 1]!)) return true;
  if (lowerWord(s.before) && PLACE_NOUNS.has(s.beforeLower) && tight(s.before!)) return true;
  return (
    s.beforeLower === 'of' &&
    lowerWord(s.beforeBefore) &&
    PLACE_NOUNS.has(s.beforeBefore!.lower) &&
    tight(s.beforeBefore!)
  );
}

/** The name stands right before a lower-case noun, with nothing between: "the Yakoma tribe", "a Mercedes car". */
export function qualifiesAnyNoun(c: Candidate, s: Setting): boolean {
  const a = s.after;
  const last = c.words[c.words.length - 1]!;
  if (!a || a.cap || a.line !== last.line || last.last.post.trim() !== '' || POSSESSIVE.test(last.text)) return false;
  const t = a.tags;
  if (ORGANIZATION_KINDS.has(a.lower) || ORG_CONTEXT_NOUNS.has(a.lower)) return false;
  return (
    t.has('Noun') &&
    !t.has('Verb') &&
    !t.has('Pronoun') &&
    !t.has('Determiner') &&
    !t.has('Preposition') &&
    !t.has('Adverb') &&
    !t.has('Value')
  );
}

/** Determiners that open a noun phrase the name only qualifies: "the Volgograd side", "both Rome teams". */
const QUALIFIER_DETERMINERS = wordSet(GRAMMAR.qualifierDeterminers);

/** After a determiner, the name stands before a lower-case noun with nothing between: "the Volgograd side", "all Chicago starters". */
export function qualifiesNoun(c: Candidate, s: Setting): boolean {
  const a = s.after;
  if (
    !s.before ||
    (s.before.cap && !s.before.weak) ||
    !QUALIFIER_DETERMINERS.has(s.beforeLower) ||
    ROLE_NOUNS.has(s.afterLower)
  )
    return false;
  return (
    !!a &&
    !a.cap &&
    a.tags.has('Noun') &&
    !a.tags.has('Verb') &&
    !a.tags.has('Pronoun') &&
    c.words[c.words.length - 1]!.last.post.trim() === '' &&
    !POSSESSIVE.test(c.words[c.words.length - 1]!.text)
  );
}
