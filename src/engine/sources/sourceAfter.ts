// The source after its cue: "said Stoltenberg", "said the spokesman", "according to officials".
import type { DocContext } from '../context';
import type { Cue } from './cues';
import {
  INDEFINITE_SOURCES,
  isNounLike,
  NAME_CONNECTORS,
  NOUN_PHRASE_WINDOW,
  OBJECT_PRONOUNS,
  phrase,
  PRONOUNS,
  type SourceKind,
  type SourcePhrase,
} from './sourcePhrases';
import { endsSentence, hasLetters, hasPunctAfter, isCapitalised } from '../text/tokenShapes';
import { personAfterRole } from './rolePhrases';
import { TITLE_WORDS } from '../lexicon/people';
import type { Token } from '../text/tokens';

const TITLE_WINDOW = 5; // "said retired neurosurgeon Ben Carson"
/** Words that tie a noun to the name after them, which is then not the speaker: "an adviser to Bill Clinton". */
const LINKS = new Set(['to', 'of', 'for', 'at', 'from', 'with', 'by', 'in', 'on']);
const NAME_WINDOW = 12; // "Institute for the Study of War"

/** The source after a cue: "said Stoltenberg", "said the spokesman", "according to officials". */
export function sourceAfter(ctx: DocContext, cue: Cue, hi: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  let start = cue.last + 1;
  if (start >= hi || (hasPunctAfter(tokens[cue.last]!) && cue.kind !== 'according')) return null;
  if (cue.lemma === 'tell') return null; // "told WEEI": the one told is not the speaker
  while (start < hi - 1 && start - cue.last <= 2 && !hasLetters(tokens[start]!)) start++; // emoji, joiners
  const t = tokens[start]!;
  if (PRONOUNS.has(t.normal)) return phrase(ctx, start, start, 'pronoun');
  let last = start;
  // "said retired neurosurgeon Ben Carson": lower-case titles before a name.
  if (!isCapitalised(t) && !t.tags.has('Determiner')) {
    for (let j = start + 1; j < hi && j - start < TITLE_WINDOW && !hasPunctAfter(tokens[j - 1]!); j++) {
      if (tokens[j]!.tags.has('Preposition') || LINKS.has(tokens[j]!.normal)) break; // "an adviser to Bill Clinton"
      if (!tokens[j]!.tags.has('Person')) continue;
      const name = sourceAfterName(ctx, j, hi);
      if (!modifiesNoun(tokens, name.last)) return name; // "said one Sanders supporter": the supporter speaks
      break;
    }
  }
  if (isCapitalised(t)) return sourceAfterName(ctx, start, hi);
  const titled = tokens[start + 1]; // "said the Rev. Al Sharpton"
  if (t.normal === 'the' && titled && isCapitalised(titled) && TITLE_WORDS.has(titled.normal.replace(/\.$/, '')))
    return sourceAfterName(ctx, start + 1, hi);
  if (INDEFINITE_SOURCES.has(t.normal) && (start + 1 >= hi || hasPunctAfter(t)))
    return { ...phrase(ctx, start, start, 'noun'), anonymous: true };
  if (!t.tags.has('Determiner') && !t.tags.has('Adjective') && !isNounLike(t) && !t.tags.has('Possessive')) return null;
  let sawNoun = false;
  for (let j = start; j < hi && j - start < NOUN_PHRASE_WINDOW; j++) {
    const tj = tokens[j]!;
    const joined = j > start && tokens[j - 1]!.post === '-'; // "well-connected": the second half of a compound
    if (
      j > start &&
      !joined &&
      (tj.tags.has('Verb') || tj.tags.has('Preposition') || tj.tags.has('Conjunction') || tj.tags.has('Determiner'))
    )
      break;
    last = j;
    if (isNounLike(tj)) sawNoun = true;
    if (hasPunctAfter(tj) && !/^(['’]s?\s*|-)$/.test(tj.post)) break; // "one well-connected Democrat"
  }
  if (!sawNoun || (OBJECT_PRONOUNS.has(tokens[last]!.normal) && last === start)) return null;
  const inner = tokens.slice(start, last + 1);
  const kind: SourceKind = inner.every((x) => isCapitalised(x) || x.tags.has('Determiner')) ? 'name' : 'noun';
  return phrase(ctx, start, last, kind);
}

/** A name right before a lower-case noun modifies it: "Sanders supporter", "Clinton campaign". */
function modifiesNoun(tokens: DocContext['tokens'], last: number): boolean {
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    !hasPunctAfter(tokens[last]!) &&
    !isCapitalised(next) &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb') &&
    !next.tags.has('Pronoun')
  );
}

/** A capitalised name starting at token `start`: "Ben Carson", "Institute for the Study of War". */
export function nameAfter(ctx: DocContext, start: number, hi: number): SourcePhrase | null {
  return isCapitalised(ctx.tokens[start]!) && hasLetters(ctx.tokens[start]!) ? sourceAfterName(ctx, start, hi) : null;
}

function sourceAfterName(ctx: DocContext, start: number, hi: number): SourcePhrase {
  const tokens = ctx.tokens;
  let last = start;
  for (let j = start; j < hi && j - start < NAME_WINDOW; j++) {
    const tj = tokens[j]!;
    if (isCapitalised(tj) || (NAME_CONNECTORS.has(tj.normal) && j + 1 < hi && isCapitalised(tokens[j + 1]!))) last = j;
    else break;
    const joined = /^\.\s*$/.test(tj.post) || (/^-$/.test(tj.post) && isCapitalised(tokens[j + 1] ?? tj)); // "UC-AFT"
    const title = TITLE_WORDS.has(tj.normal.replace(/\.$/, '')) && isCapitalised(tokens[j + 1] ?? tj); // "the Rev. Al"
    if ((hasPunctAfter(tj) && !joined) || (endsSentence(tj) && !title) || tj.tags.has('Possessive')) break;
  }
  while (last > start && NAME_CONNECTORS.has(tokens[last]!.normal)) last--;
  const name = phrase(ctx, start, last, 'name');
  return personAfterRole(ctx, name, hi) ?? name;
}

/** How many words a head noun phrase may add after a name: "Federal Election Commission campaign finance records". */
const HEAD_NOUN_WINDOW = 5;

/** A word that goes on a noun phrase towards its head: a name, a noun, an adjective or a number, not a verb or a date. */
function continuesNounPhrase(t: Token): boolean {
  if (!hasLetters(t) || NOT_IN_NOUN_PHRASE.some((tag) => t.tags.has(tag))) return false;
  // "records", "filings", "polling" read as verbs; "released", "filed", "conducted" open a modifier
  return isCapitalised(t) || !(t.tags.has('PastTense') || t.tags.has('Participle'));
}
const NOT_IN_NOUN_PHRASE = [
  'Date',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Auxiliary',
  'Copula',
  'Modal',
];

/**
 * A source phrase that stops at a name or a hyphen before its head noun, carried on to that noun: "according to
 * FEC filings" (not "FEC"), "a new Post-ABC poll", "Smith's memo": the filings, the poll and the memo are the source.
 */
export function withHeadNoun(ctx: DocContext, source: SourcePhrase, hi: number): SourcePhrase {
  if (source.kind === 'pronoun') return source;
  const tokens = ctx.tokens;
  let last = source.last;
  let head = -1;
  for (let j = source.last + 1; j < hi && j - source.last <= HEAD_NOUN_WINDOW; j++) {
    const before = tokens[j - 1]!;
    if (hasPunctAfter(before) && !/^-$/.test(before.post) && !/^['’]s?\s*$/.test(before.post)) break;
    if (!continuesNounPhrase(tokens[j]!)) break;
    last = j;
    if (!isCapitalised(tokens[j]!) || /^-$/.test(before.post)) head = j;
  }
  // Only a lower-case head (or a hyphenated name) makes the phrase longer: "FEC filings", "Post-ABC poll".
  if (head < 0) return source;
  last = Math.max(head, last);
  while (last > head && !tokens[last]!.tags.has('Noun')) last--;
  return phrase(ctx, source.first, last, 'noun');
}
