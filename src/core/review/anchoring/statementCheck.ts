// Whether a near match says the same thing as the annotated text. A fuzzy match may absorb typos,
// spacing, punctuation, quotation-mark style, reflowed lines and grammatical words ("the", "was"); a
// changed number, name, negation or content word makes it a different statement, whatever its context.
// A typo is one edit (a transposition counts as one) that keeps the first letter and makes no real word.
import { MEANING_NEUTRAL_WORDS, MODAL_VERBS, NEGATIONS } from '../../../engine/lexicon/statements';

type TokenKind = 'number' | 'negation' | 'modal' | 'name' | 'word';
interface Token {
  /** Lower-cased, with ’ written as '. */
  word: string;
  kind: TokenKind;
  /** A grammatical word ("the", "was"): may be added, dropped or swapped for another. */
  neutral: boolean;
}

/** Words (letters, digits, inner apostrophes); "40,000" is two tokens, so a changed digit group shows. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** A content word may differ by this many edits (a typo) when at least TYPO_MIN_LENGTH letters long. */
const TYPO_MIN_LENGTH = 5;
const TYPO_EDITS = 1;
/** Longer words may take one more edit. */
const LONG_WORD = 10;
/** A word this short may take one edit only when the misspelt form occurs nowhere else in the article. */
const SHORT_TYPO_LENGTH = 4;
/** A name may take one edit from this length, when no other name of the article is within NAME_CLEARANCE edits. */
const NAME_TYPO_LENGTH = 6;
const NAME_CLEARANCE = 2;

/** How many times a lower-cased word occurs in the whole article (for "a real word of the article"). */
export type WordCount = (word: string) => number;
/** The article's names (capitalised words, lower-cased, each once). */
export type ArticleNames = () => readonly string[];

function kindOf(raw: string, word: string): TokenKind {
  if (/\p{N}/u.test(word)) return 'number';
  if (NEGATIONS.has(word) || /n't$/.test(word)) return 'negation';
  if (MODAL_VERBS.has(word)) return 'modal';
  return /^\p{Lu}/u.test(raw) ? 'name' : 'word';
}

/** Every word of a text, the grammatical ones marked neutral. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const [raw] of text.matchAll(WORD)) {
    const word = raw.toLowerCase().replace(/’/g, "'");
    out.push({ word, kind: kindOf(raw, word), neutral: MEANING_NEUTRAL_WORDS.has(word) });
  }
  return out;
}

/** The tokens that carry the statement: every word but the grammatical ones. */
export const significantTokens = (text: string): Token[] => tokens(text).filter((t) => !t.neutral);

/** Optimal-string-alignment distance of a and b (a transposition is one edit), or max + 1 beyond max. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [new Array<number>(b.length + 1).fill(0).map((_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
}

/**
 * A misspelling of the same word: close in spelling, long enough, not a plural of it, and not two real words
 * of the article (the annotated one found anywhere in it, the new one somewhere besides this place).
 */
function isTypo(annotated: string, found: string, count: WordCount): boolean {
  const shorter = Math.min(annotated.length, found.length);
  if (shorter < SHORT_TYPO_LENGTH || isInflection(annotated, found)) return false;
  if (shorter < TYPO_MIN_LENGTH) return isRareOneEditTypo(annotated, found, count);
  const allowed = shorter >= LONG_WORD ? TYPO_EDITS + 1 : TYPO_EDITS;
  if (typoDistance(annotated, found, allowed) > allowed) return false;
  return !(count(annotated) >= 1 && count(found) >= 2);
}

/** "job"/"jobs", "tax"/"taxes": a different word, never a typo. */
function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/** One edit past the first letter, and the new form occurs only here (so it is no word the article uses). */
function isRareOneEditTypo(annotated: string, found: string, count: WordCount): boolean {
  return annotated[0] === found[0] && typoDistance(annotated, found, 1) <= 1 && count(found) <= 1;
}

/**
 * A misspelt name: both forms long enough, one edit past the first letter, the new form only here, and no
 * other name of the article within NAME_CLEARANCE edits of either (so it cannot be a look-alike person).
 */
function isNameTypo(annotated: string, found: string, count: WordCount, names: ArticleNames): boolean {
  if (Math.min(annotated.length, found.length) < NAME_TYPO_LENGTH || isInflection(annotated, found)) return false;
  if (!isRareOneEditTypo(annotated, found, count)) return false;
  return !names().some(
    (n) =>
      n !== annotated &&
      n !== found &&
      (typoDistance(n, annotated, NAME_CLEARANCE) <= NAME_CLEARANCE ||
        typoDistance(n, found, NAME_CLEARANCE) <= NAME_CLEARANCE),
  );
}

/** Whether y may stand where x stood: the same word, or a typo of it (numbers, negations: only the same). */
function compatible(x: Token, y: Token, count: WordCount, names: ArticleNames): boolean {
  if (x.word === y.word) return true;
  if (x.neutral || y.neutral || x.kind !== y.kind) return false;
  if (x.kind === 'name') return isNameTypo(x.word, y.word, count, names);
  return x.kind === 'word' && isTypo(x.word, y.word, count);
}

/**
 * Whether b is a rewording of a, aligned word by word, with grammatical words only dropped from a
 * (`drop`) or only added in b: both at once would swap one for another ("that" for "with").
 */
function aligns(
  a: readonly Token[],
  b: readonly Token[],
  count: WordCount,
  names: ArticleNames,
  drop: boolean,
): boolean {
  // reach[j]: a[0, i) and b[0, j) align (one row of the alignment table at a time).
  let reach = new Uint8Array(b.length + 1);
  reach[0] = 1;
  for (let j = 1; j <= b.length && !drop && b[j - 1]!.neutral; j++) reach[j] = 1;
  for (let i = 1; i <= a.length; i++) {
    const next = new Uint8Array(b.length + 1);
    const x = a[i - 1]!;
    const skipX = drop && x.neutral;
    next[0] = reach[0]! && skipX ? 1 : 0;
    for (let j = 1; j <= b.length; j++) {
      const y = b[j - 1]!;
      next[j] =
        (reach[j - 1] && compatible(x, y, count, names)) || (reach[j] && skipX) || (next[j - 1] && !drop && y.neutral)
          ? 1
          : 0;
    }
    reach = next;
  }
  return reach[b.length] === 1;
}

const sequence = (tokens: readonly Token[], kind: TokenKind) =>
  tokens
    .filter((t) => t.kind === kind && !t.neutral)
    .map((t) => t.word)
    .join(' ');

const REASONS: Record<TokenKind, string> = {
  number: 'a number differs',
  negation: 'a negation differs',
  modal: 'a modal verb differs',
  name: 'a name differs',
  word: 'a word differs',
};

/**
 * Why `found` is a different statement from `annotated`, or undefined when it says the same thing.
 * `count` tells how often a word occurs in the article (whether it is a real word of it); `names` lists its names.
 */
export function statementChange(
  annotated: string,
  found: string,
  count: WordCount,
  names: ArticleNames = () => [],
): string | undefined {
  const a = tokens(annotated);
  const b = tokens(found);
  for (const kind of ['number', 'negation', 'modal'] as const)
    if (sequence(a, kind) !== sequence(b, kind)) return REASONS[kind];
  if (aligns(a, b, count, names, true) || aligns(a, b, count, names, false)) return undefined;
  if (sequence(a, 'name') !== sequence(b, 'name')) return REASONS.name;
  const significant = (list: readonly Token[]) => list.filter((t) => !t.neutral).length;
  return significant(a) === significant(b) ? REASONS.word : 'words were added or removed';
}

/**
 * A negation right next to a match counts as part of it ("had" found in "had not"): the word before and the
 * word after the match must be negations alike in the stored context and in the text.
 */
export function negationBeside(
  stored: { prefix: string; suffix: string },
  now: { prefix: string; suffix: string },
): string | undefined {
  const pairs = [
    [tokens(stored.prefix).at(-1), tokens(now.prefix).at(-1)],
    [tokens(stored.suffix)[0], tokens(now.suffix)[0]],
  ];
  for (const [was, is] of pairs)
    if ((was?.kind === 'negation' || is?.kind === 'negation') && was?.word !== is?.word) return REASONS.negation;
  return undefined;
}
