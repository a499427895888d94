// Claims that are not reported speech: naming verbs, "denied bail", and what follows a quote's own cue.
import { VERBS, wordSet } from '../lexicon';
import { endsSentence, hasPunctAfter } from '../sources/cues';
import type { RawClaim } from './types';
import { isTopicCue } from './claimCues';
import { isMainVerbAt } from './claimSpans';
import { firstTokenFrom, type Token } from '../text/tokens';

const CLAUSE_ONLY = wordSet(VERBS.clauseOnlyVerbs);

/** Naming verbs right after a common noun: "a show called …", "a group named …". */
const NAMING_CUES = new Set(['call', 'name', 'dub', 'title']);

/** Claims that are not reported speech: "a show called Apprentice", "was denied bail". */
export function isSpurious(tokens: readonly Token[], claim: RawClaim): boolean {
  const cueToken = tokens[claim.cue.first]!;
  const first = tokens[firstTokenFrom(tokens, claim.content.start)];
  if (!first) return true;
  if (CLAUSE_ONLY.has(claim.cue.lemma) && !claim.viaThat && !isTopicCue(tokens, claim.cue)) return true;
  if (NAMING_CUES.has(claim.cue.lemma) && isNaming(tokens, claim.cue.first, claim.cue.last)) return true;
  // "denied bail", "denied entry": the object is a thing, not a statement
  if (claim.cue.lemma === 'deny' && !claim.viaThat && cueToken.tags.has('PastTense')) {
    const object = tokens[claim.cue.last + 1];
    let n = 0;
    let verb = false;
    for (
      let k = claim.cue.last + 1;
      k < tokens.length && tokens[k]!.sentence === cueToken.sentence && !endsSentence(tokens[k - 1]!);
      k++, n++
    )
      verb ||= tokens[k]!.tags.has('Verb');
    if (
      object &&
      !verb &&
      n <= 4 &&
      !object.tags.has('Determiner') &&
      !object.tags.has('Pronoun') &&
      !object.tags.has('ProperNoun')
    )
      return true;
  }
  return false;
}

/** What follows a verb that is used, not a name given: "called for", "calls on", "called it", "named him". */
const USED_AFTER = new Set(['for', 'on', 'out', 'upon']);

/**
 * "a show called Apprentice", "a group named …": a naming participle right after a common noun. Not "Trump called
 * for …" (a name before it), "the mayor calls the plan …" (a present tense), nor "the mayor called it …" (an object).
 */
function isNaming(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const next = tokens[last + 1];
  if (!before || !before.tags.has('Noun') || before.tags.has('Pronoun') || before.tags.has('ProperNoun')) return false;
  if (hasPunctAfter(before) || /^\p{Lu}/u.test(before.text) || /s$/.test(tokens[first]!.normal)) return false;
  return !(last > first || (next && (USED_AFTER.has(next.normal) || next.tags.has('Pronoun'))));
}

/**
 * After the cue of a direct quote, only a clause is a claim of its own: "“…,” she said, and the
 * vote was close" is one; "said Friday", "told The Hill", "said to cheers" are the cue's modifiers.
 */
export function reportsClause(tokens: readonly Token[], claim: RawClaim): boolean {
  const first = firstTokenFrom(tokens, claim.content.start);
  const t = tokens[first];
  if (!t || t.start < claim.cue.span.end || isTopicCue(tokens, claim.cue)) return true; // the content comes before the cue, or is its topic
  if (
    t.tags.has('Preposition') ||
    t.tags.has('Adverb') ||
    t.tags.has('Gerund') ||
    t.tags.has('Conjunction') ||
    t.tags.has('Value') ||
    t.tags.has('Date')
  )
    return false;
  for (let k = first; k < tokens.length && tokens[k]!.end <= claim.content.end; k++) {
    if (k > first && isMainVerbAt(tokens, k)) return true;
    if (hasPunctAfter(tokens[k]!)) return false;
  }
  return false;
}
