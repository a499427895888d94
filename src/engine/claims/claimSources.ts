// Where a claim's source comes from when no name or noun phrase stands right before its cue:
// a relative pronoun, the main clause after a fronted phrase, or the words that open the clause.
import type { DocContext } from '../context';
import { endsSentence, hasPunctAfter, sourceBefore, verbCue, type Cue } from '../sources/cues';
import { PRONOUNS, type SourcePhrase } from '../sources/sourcePhrases';
import type { Token } from '../text/tokens';

const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/** A "who"/"which" within the few tokens before a cue: "…, who has long argued". */
export function relativeBetween(tokens: readonly Token[], from: number, cueFirst: number): boolean {
  for (let k = Math.max(from, cueFirst - 3); k < cueFirst; k++)
    if (RELATIVE_PRONOUNS.has(tokens[k]!.normal)) return true;
  return false;
}

/** How far a fronted phrase may run before the comma that ends it. */
const FRONTED_WINDOW = 40;

/**
 * The comma closing a sentence-initial phrase led by the cue ("Ready to back Clinton, …", "After saying
 * …, …"), or -1: only prepositions, adverbs and "to" may come before a gerund or an infinitive cue.
 */
export function frontedClauseEnd(tokens: readonly Token[], cue: Cue, lo: number, hi: number): number {
  const t = tokens[cue.first]!;
  const infinitive = tokens[cue.first - 1]?.normal === 'to';
  if (cue.lemma === 'ask' || cue.first - lo > 3 || !(t.normal.endsWith('ing') || infinitive)) return -1;
  for (let k = lo; k < cue.first; k++) {
    const w = tokens[k]!;
    // "In addition to stating": a common noun inside a phrase that a preposition opens
    const inPhrase =
      k > lo &&
      tokens[lo]!.tags.has('Preposition') &&
      w.tags.has('Noun') &&
      !w.tags.has('ProperNoun') &&
      !w.tags.has('Pronoun');
    if (
      hasPunctAfter(w) ||
      !(
        inPhrase ||
        w.tags.has('Preposition') ||
        w.tags.has('Adverb') ||
        w.tags.has('Adjective') ||
        w.tags.has('Conjunction') ||
        w.normal === 'to'
      )
    )
      return -1;
  }
  for (let k = cue.last; k < hi - 1 && k - cue.last < FRONTED_WINDOW; k++) {
    if (/[;:]/.test(tokens[k]!.post) || endsSentence(tokens[k]!)) return -1;
    if (/,\s*$/.test(tokens[k]!.post) && !/[“"‘]/.test(tokens[k + 1]!.pre)) return k;
  }
  return -1;
}

/** How far back a relative clause's "who" may open before a cue it governs. */
const RELATIVE_VERB_PHRASE_WINDOW = 15;

/**
 * "demonstrators, who have taken to the streets and called for …", "leadership, who, on a call Friday,
 * criticized …": the cue is a later verb of a relative clause, whose "who" is the source mention.
 */
export function relativeClauseSource(ctx: DocContext, lo: number, cueFirst: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  for (let k = cueFirst - 1; k > lo && cueFirst - k <= RELATIVE_VERB_PHRASE_WINDOW; k--) {
    const t = tokens[k]!;
    if (RELATIVE_PRONOUNS.has(t.normal)) {
      // The relative clause must still be open: no comma closes it right before the cue.
      const closed = /,\s*$/.test(tokens[cueFirst - 1]!.post) && !/,\s*$/.test(t.post);
      if (closed) return null;
      const found = sourceBefore(ctx, verbCue(tokens, k + 1), lo);
      return found && RELATIVE_PRONOUNS.has(tokens[found.source.first]!.normal) ? found.source : null;
    }
    if (endsSentence(t) || /[;:]/.test(t.post) || (PRONOUNS.has(t.normal) && k < cueFirst - 1)) return null;
  }
  return null;
}

/** Tokens a sentence-initial subject may span when compromise mistags it ("Her campaign announced", "Band noted"). */
const PLAIN_SUBJECT_WINDOW = 5;
const NOT_SUBJECT = new Set([
  'that',
  'which',
  'who',
  'when',
  'if',
  'while',
  'because',
  'as',
  'after',
  'before',
  'since',
  'although',
  'though',
  'and',
  'but',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'instead',
  'asked',
  'assuming',
  'it',
  'there',
  'this',
]);

/** The words from the sentence start to the cue, when they can only be its subject: "Her campaign announced …". */
export function subjectAtStart(ctx: DocContext, lo: number, cueFirst: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  if (cueFirst <= lo || cueFirst - lo > PLAIN_SUBJECT_WINDOW) return null;
  for (let k = lo; k < cueFirst; k++) {
    const t = tokens[k]!;
    if (
      NOT_SUBJECT.has(t.normal) ||
      t.tags.has('Preposition') ||
      t.tags.has('Adverb') ||
      t.tags.has('Value') ||
      /[\d]/.test(t.text)
    )
      return null;
    if (k < cueFirst - 1 ? hasPunctAfter(t) : /[^\s]/.test(t.post)) return null;
    if (k === lo && /[“"‘(]/.test(t.pre)) return null;
  }
  const span = { start: tokens[lo]!.start, end: tokens[cueFirst - 1]!.end };
  const text = ctx.text.slice(span.start, span.end);
  const named = tokens.slice(lo, cueFirst).every((t) => /^\p{Lu}/u.test(t.text));
  return { first: lo, last: cueFirst - 1, span, text, kind: named ? 'name' : 'noun', anonymous: false };
}

/** How many words a subject found from the clause start may span: "those surveyed", "most of them". */
const CLAUSE_SUBJECT_WINDOW = 6;
const CLAUSE_OPENERS = new Set([
  'while',
  'but',
  'and',
  'although',
  'though',
  'as',
  'because',
  'since',
  'when',
  'if',
  'yet',
  'so',
]);

/** The words between the clause start (a comma, a dash or an opener such as "while") and the cue: "while those surveyed said". */
export function clauseSubject(ctx: DocContext, from: number, cueFirst: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  let first = cueFirst;
  while (
    first > from &&
    cueFirst - first < CLAUSE_SUBJECT_WINDOW &&
    !/[,;:—–(]/.test(tokens[first - 1]!.post) &&
    !CLAUSE_OPENERS.has(tokens[first - 1]!.normal)
  )
    first--;
  if (
    first === cueFirst ||
    (cueFirst - first >= CLAUSE_SUBJECT_WINDOW && first > from && !/[,;:—–(]/.test(tokens[first - 1]!.post))
  )
    return null;
  const words = tokens.slice(first, cueFirst);
  if (
    !words.some(
      (t) => t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Determiner'),
    ) ||
    words.some((t) => /["“”]/.test(t.pre + t.post))
  )
    return null;
  if (
    RELATIVE_PRONOUNS.has(words[0]!.normal) ||
    words[0]!.normal === 'that' ||
    (words[0]!.normal === 'it' && words.length === 1)
  )
    return null;
  const span = { start: tokens[first]!.start, end: tokens[cueFirst - 1]!.end };
  const named = words.every((t) => /^\p{Lu}/u.test(t.text));
  return {
    first,
    last: cueFirst - 1,
    span,
    text: ctx.text.slice(span.start, span.end),
    kind: named ? 'name' : 'noun',
    anonymous: false,
  };
}
