// Source phrases: the pronoun, name or noun phrase ending at a token ("Stoltenberg", "a senior
// official", "sources familiar with the talks"), and whether it names anybody.
import { GRAMMAR, NAMES, SOURCES, wordSet } from '../lexicon';
import type { DocContext } from '../context';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { endsSentence, hasPunctAfter, isCapitalised } from '../text/tokenShapes';
import { NAME_PARTICLES } from '../lexicon/people';

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'reporters', 'journalists', 'it']);
/** Token windows: how far each search for a source phrase may reach. */
export const NOUN_PHRASE_WINDOW = 8; // "the senior State Department official"
const PARENTHETICAL_WINDOW = 8; // "Lynch (D-Mass.)"
/** Lower-case words that may sit inside a name: "Institute for the Study of War". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...wordSet(NAMES.nameConnectors), ...NAME_PARTICLES]);
const ANONYMOUS_HEADS: ReadonlySet<string> = wordSet(SOURCES.anonymousSources);

export type SourceKind = 'name' | 'pronoun' | 'noun';

export interface SourcePhrase {
  /** Token range [first, last] inclusive of the source head phrase. */
  first: number;
  last: number;
  span: Span;
  text: string;
  kind: SourceKind;
  anonymous: boolean;
  /** The person's role and affiliation when the phrase names them ("White House press secretary Josh Earnest"). */
  described?: SourceDescription;
}

/** What a speaker phrase says about its person besides the name. */
export interface SourceDescription {
  /** "press secretary" */
  role?: string;
  /** "White House" */
  affiliation?: string;
  /** The whole phrase in the text: role, affiliation and name. */
  phrase: Span;
}

export function phrase(ctx: DocContext, first: number, last: number, kind: SourceKind): SourcePhrase {
  const tokens = ctx.tokens;
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  const text = ctx.text.slice(span.start, span.end);
  return { first, last, span, text, kind, anonymous: isAnonymous(tokens, first, last, kind) };
}

/** "officials", "a source", "sources familiar with …", "a senior official": no name in the phrase. */
function isAnonymous(tokens: readonly Token[], first: number, last: number, kind: SourceKind): boolean {
  if (kind === 'pronoun') return false;
  let head = last;
  for (let k = first + 1; k <= last; k++)
    if (FAMILIAR_LINKS.has(`${tokens[k - 1]!.normal} ${tokens[k]!.normal}`)) head = k - 2;
  const headToken = tokens[Math.max(first, head)]!;
  const named = tokens
    .slice(first, last + 1)
    .some(
      (t, n) =>
        (t.tags.has('Person') || (t.tags.has('ProperNoun') && !ANONYMOUS_HEADS.has(t.normal))) &&
        (n > 0 || t.tags.has('Person')),
    );
  return ANONYMOUS_HEADS.has(headToken.normal) && !named;
}

/** Sentence-initial words that are capitalised but never part of a name: "While", "When", "But". */
const CLAUSE_WORDS: ReadonlySet<string> = wordSet(GRAMMAR.clauseWords);
export const isClauseWord = (t: Token): boolean =>
  CLAUSE_WORDS.has(t.normal) || t.tags.has('Conjunction') || t.tags.has('Preposition');

/** Extend a name backwards from its last token over capitalised words and inner connectors. */
export function nameStart(tokens: readonly Token[], last: number, lo: number): number {
  let first = last;
  for (let j = last - 1; j >= lo; j--) {
    const t = tokens[j]!;
    if (
      (hasPunctAfter(t) && !/^\.\s*$/.test(t.post) && !/^-$/.test(t.post)) ||
      endsSentence(t) ||
      tokens[j + 1]!.pre.includes('(')
    )
      break;
    if (isCapitalised(t) && !t.tags.has('Verb')) first = j;
    else if (
      NAME_CONNECTORS.has(t.normal) &&
      j > lo &&
      (isCapitalised(tokens[j - 1]!) || NAME_CONNECTORS.has(tokens[j - 1]!.normal))
    )
      continue;
    else break;
    if (t.tags.has('Possessive')) break;
  }
  if (first > lo && tokens[first - 1]!.normal === 'the' && !hasPunctAfter(tokens[first - 1]!)) first--;
  while (
    first < last &&
    ((NAME_CONNECTORS.has(tokens[first]!.normal) && tokens[first]!.normal !== 'the') || isClauseWord(tokens[first]!))
  )
    first++;
  return first;
}

const OF_LIKE = new Set(['of', 'for', 'at', 'from', 'with']);
/** "sources familiar with the talks", "people close to the minister". */
const FAMILIAR_LINKS: ReadonlySet<string> = wordSet(SOURCES.unnamedSourceLinks);

/** Extend a common noun phrase backwards: determiners, adjectives, nouns, possessives. */
function nounPhraseStart(tokens: readonly Token[], last: number, lo: number): number {
  let first = last;
  for (let j = last - 1; j >= lo && last - j < NOUN_PHRASE_WINDOW; j--) {
    const t = tokens[j]!;
    if (hasPunctAfter(t) && !/^(['’]s?\s*|-)$/.test(t.post)) break; // "the 71-year-old diplomat"
    if (OF_LIKE.has(t.normal) && j > lo && j < last && isNounLike(tokens[j - 1]!) && !hasPunctAfter(tokens[j - 1]!))
      continue;
    if (
      t.tags.has('Verb') ||
      t.tags.has('Preposition') ||
      t.tags.has('Conjunction') ||
      (t.tags.has('Pronoun') && !t.tags.has('Possessive'))
    )
      break;
    first = j;
    if (t.tags.has('Determiner') && !(j - 2 >= lo && OF_LIKE.has(tokens[j - 1]!.normal) && isNounLike(tokens[j - 2]!)))
      break;
  }
  if (first < last && tokens[first]!.normal === 'that') first++; // "said that 78 percent of voters …": a complementizer
  // "sources familiar with | the talks": carry on to the anonymous head.
  if (
    first - 3 >= lo &&
    FAMILIAR_LINKS.has(`${tokens[first - 2]!.normal} ${tokens[first - 1]!.normal}`) &&
    !hasPunctAfter(tokens[first - 3]!)
  ) {
    return nounPhraseStart(tokens, first - 3, lo);
  }
  return first;
}

export const isNounLike = (t: Token): boolean =>
  ((t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Value') || isCapitalised(t)) &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Date') &&
    !t.tags.has('Verb')) ||
  t.tags.has('Actor');

/** Skip back over a parenthetical ending at token j: "Lynch (D-Mass.)" → the token before "(". */
export function skipParenthetical(tokens: readonly Token[], j: number, lo: number): number {
  if (!tokens[j]?.post.includes(')')) return j;
  for (let k = j; k >= lo && j - k < PARENTHETICAL_WINDOW; k--) if (tokens[k]!.pre.includes('(')) return k - 1;
  return j;
}

/** "31 percent", "two": a number is never a speaker. */
export const isQuantity = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  const inName = k > 0 && isCapitalised(tokens[k - 1]!) && !hasPunctAfter(tokens[k - 1]!); // "Article 33"
  const share = tokens[k + 1]?.normal === 'percent' || /%/.test(t.post) || t.normal === 'percent'; // "73 percent said": a poll's share speaks
  return !inName && !share && /^\d/.test(t.text);
};
/** A determiner opens the words before token k, with no verb or punctuation between: "the influential US daily". */
function determinerBefore(tokens: readonly Token[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && k - j <= 4; j--) {
    const t = tokens[j]!;
    if (hasPunctAfter(t) || t.tags.has('Verb')) return false;
    if (t.tags.has('Determiner')) return true;
  }
  return false;
}

/** Bare indefinite subjects: "“…,” one said", "said another". */
export const INDEFINITE_SOURCES = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'most']);

/** "she’ll", "he's", "they’ve": the pronoun of a contracted subject and auxiliary, spanning the pronoun only. */
function pronounOfContraction(ctx: DocContext, k: number): SourcePhrase | null {
  const t = ctx.tokens[k]!;
  const m = /^(\p{L}+)['’](ll|s|d|re|ve|m)$/iu.exec(t.text);
  if (!m || !PRONOUNS.has(m[1]!.toLowerCase())) return null;
  const span = { start: t.start, end: t.start + m[1]!.length };
  return { first: k, last: k, span, text: m[1]!, kind: 'pronoun', anonymous: false };
}

/**
 * "“…,” Ebeling said", "Randi Weingarten declared": a surname that reads as a verb form ("-ing", "-en"), capitalised
 * after a closing quotation mark or a first name.
 */
function surnameAsVerb(ctx: DocContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  if (!prev || prev.sentence !== ctx.tokens[k]!.sentence) return false;
  return /[”"’']\s*$/.test(prev.post) || (isCapitalised(prev) && !hasPunctAfter(prev) && !isClauseWord(prev));
}

/** The head phrase ending at token `last` (a pronoun, a name or a noun phrase), or null. */
export function phraseEndingAt(ctx: DocContext, lastToken: number, lo: number): SourcePhrase | null {
  const last = skipParenthetical(ctx.tokens, lastToken, lo);
  const t = ctx.tokens[last];
  if (!t || last < lo || t.tags.has('Date')) return null;
  if (
    INDEFINITE_SOURCES.has(t.normal) &&
    (last === lo || hasPunctAfter(ctx.tokens[last - 1]!) || isClauseWord(ctx.tokens[last - 1]!))
  )
    return { ...phrase(ctx, last, last, 'noun'), anonymous: true };
  if (PRONOUNS.has(t.normal)) return phrase(ctx, last, last, 'pronoun');
  const contracted = pronounOfContraction(ctx, last);
  if (contracted) return contracted;
  if (
    isCapitalised(t) &&
    (t.tags.has('ProperNoun') || t.tags.has('Person') || !t.tags.has('Verb') || surnameAsVerb(ctx, last))
  ) {
    if (isClauseWord(t)) return null;
    return phrase(ctx, nameStart(ctx.tokens, last, lo), last, 'name');
  }
  const prev = ctx.tokens[last - 1];
  // "the campaign said", "the Trump campaign said": a noun read as a verb after a determiner or a name.
  const nameBefore = prev !== undefined && isCapitalised(prev) && !hasPunctAfter(prev) && !isClauseWord(prev);
  const mistaggedNoun =
    t.tags.has('Verb') &&
    !t.tags.has('PastTense') &&
    !t.tags.has('Gerund') &&
    last > lo &&
    (prev?.tags.has('Determiner') || prev?.tags.has('ProperNoun') || prev?.tags.has('Possessive') || nameBefore);
  // "the daily wrote", "the accused said": an adjective heading a noun phrase right before the verb.
  const nominalAdjective = t.tags.has('Adjective') && determinerBefore(ctx.tokens, last, lo);
  if (isNounLike(t) || mistaggedNoun || nominalAdjective) {
    const first = nounPhraseStart(ctx.tokens, last, lo);
    const inner = ctx.tokens.slice(first, last + 1);
    const kind: SourceKind =
      inner.some((x) => isCapitalised(x) && x.tags.has('ProperNoun')) &&
      inner.every((x) => isCapitalised(x) || x.tags.has('Determiner'))
        ? 'name'
        : 'noun';
    return phrase(ctx, first, last, kind);
  }
  return null;
}
