// Reporting clauses that bring their own source: a closing "…, X said.", "according to X, …", a label "X: …",
// and a question with no named asker ("Asked whether …, …").
import type { DocContext } from '../context';
import { isTopicCue } from './claimCues';
import { participleCueAt, isMainVerbAt, isParticipleCue, spanOf, TIME_OR_OBJECT, topicEnd } from './claimSpans';
import { sourceBefore, type Cue } from '../sources/cues';
import { sourceAfter, withHeadNoun } from '../sources/sourceAfter';
import type { SourcePhrase } from '../sources/sourcePhrases';
import { labelSource } from '../quotes/labels';
import type { Token } from '../text/tokens';
import type { RawClaim } from './types';
import { CLAIMS, wordSet } from '../lexicon';

/** How many tokens a sentence's subject or an appositive may span at most. */
const SUBJECT_WINDOW = 40;

/**
 * A reporting clause after its content: "…, X said (on Friday)." / "…, said X, a …" /
 * "…, according to X." — or set inside it: "It was, the president said, a stone …".
 */
export function closingClause(ctx: DocContext, cue: Cue, lo: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  const hasComma = (k: number): boolean => k >= lo && /,/.test(tokens[k]!.post);
  if (cue.kind === 'according') {
    if (cue.first - 1 < lo || !/[,—–-]/.test(tokens[cue.first - 1]!.post)) return null;
    const source = accordingSource(ctx, cue, hi);
    return source ? { cue, source, rule: 'according-to', content: spanOf(tokens, lo, cue.first - 1) } : null;
  }
  const before = sourceBefore(ctx, cue, lo);
  if (hasComma(cue.first - 1) && !(before?.appositive && before.source.first - lo <= 2)) {
    // "…, said Brian Baker, a longtime adviser …" (but not "Smith, an adviser, said …", nor "…, referring to Trump")
    if (isTopicCue(tokens, cue) || isParticipleCue(tokens, cue)) return null;
    const source = sourceAfter(ctx, cue, hi);
    if (!source || source.kind === 'pronoun' || (source.kind === 'noun' && !source.anonymous)) return null;
    // The source may carry a tail ("one GOP source in the room") but no further clause.
    for (let k = source.last + 1; k < hi && !/[,;]/.test(tokens[k - 1]!.post); k++)
      if (isMainVerbAt(tokens, k)) return null;
    return { cue, source, rule: 'closing-inverted', content: spanOf(tokens, lo, cue.first - 1) };
  }
  if (!before || (before.appositive && before.source.first - lo <= 2)) return null;
  // Walk back over a title before the name ("retired Air Force general Lloyd Newton") to the comma.
  let comma = before.source.first - 1;
  if (before.appositive) {
    const floor = Math.max(lo, comma - SUBJECT_WINDOW);
    while (comma >= floor && !hasComma(comma)) comma--;
    comma--;
    while (comma >= floor && !hasComma(comma)) comma--;
  } else {
    for (let n = 0; comma >= lo && !hasComma(comma) && n < 5; n++) comma--;
  }
  if (!hasComma(comma) || comma < lo) return null;
  // After the cue only a time phrase or an object may follow, up to a comma or the sentence end.
  let k = isTopicCue(tokens, cue) ? topicEnd(tokens, cue.last + 1, hi) : cue.last + 1;
  while (
    k < hi &&
    (TIME_OR_OBJECT.has(tokens[k]!.normal) ||
      tokens[k]!.tags.has('Date') ||
      tokens[k]!.tags.has('ProperNoun') ||
      tokens[k]!.tags.has('Value'))
  ) {
    if (/,/.test(tokens[k]!.post)) break;
    k++;
  }
  const closes = k >= hi || /,/.test(tokens[Math.min(k, hi - 1)]!.post) || /,/.test(tokens[cue.last]!.post);
  if (!closes) return null;
  const afterComma = Math.min(hi, (/,/.test(tokens[cue.last]!.post) ? cue.last : k) + 1);
  const parenthetical = afterComma < hi && hi - afterComma > comma - lo && !participleCueAt(tokens, afterComma);
  return {
    cue,
    source: before.source,
    rule: 'closing-clause',
    content: parenthetical ? spanOf(tokens, lo, hi - 1) : spanOf(tokens, lo, comma),
  };
}

/** A headline or transcript line "Sanders: Clinton needs to …": a short name, a colon, then what was said. */
export function labelClaim(ctx: DocContext, lo: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  for (let k = lo; k < hi - 1 && k - lo < 5; k++) {
    if (!/:/.test(tokens[k]!.post)) continue;
    const source = labelSource(ctx, k, lo);
    if (!source || source.first !== lo) return null;
    const colon = tokens[k]!.end + tokens[k]!.post.indexOf(':');
    const cue: Cue = { first: k, last: k, lemma: ':', kind: 'speech', span: { start: colon, end: colon + 1 } };
    return { cue, source, rule: 'label', content: spanOf(tokens, k + 1, hi - 1) };
  }
  return null;
}

/** "According to X, …" opening a sentence: the content after the source's comma, to the sentence end. */
export function accordingClaim(ctx: DocContext, cue: Cue, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  const source = accordingSource(ctx, cue, hi);
  if (!source) return null;
  let start = source.last + 1;
  while (start < hi && !/,/.test(tokens[start - 1]!.post) && start - source.last < 12) start++;
  if (start >= hi) return null;
  return { cue, source, rule: 'according-to', content: spanOf(tokens, start, hi - 1) };
}

/** "according to exit polls," → the words up to the comma (or the sentence end). */
function accordingSource(ctx: DocContext, cue: Cue, hi: number): SourcePhrase | null {
  const named = sourceAfter(ctx, cue, hi);
  if (named) return withModifier(ctx, withHeadNoun(ctx, named, hi), hi);
  const tokens = ctx.tokens;
  const first = cue.last + 1;
  let last = first;
  while (last < hi - 1 && last - first < 10 && !/[,.;:—–]/.test(tokens[last]!.post)) last++;
  if (first >= hi) return null;
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  return { first, last, span, text: ctx.text.slice(span.start, span.end), kind: 'noun', anonymous: false };
}

/** How far a modifier after an "according to" source may run to its comma. */
const MODIFIER_WINDOW = 20;
const MODIFIER_LEADS = new Set(['by', 'from', 'at', 'in', 'on', 'of', 'for', 'with', 'through', 'last', 'this']);

/**
 * "according to emails released by the agency,", "according to a poll taken last week.": the source is the whole
 * phrase up to its comma (or the sentence end) when a participle, a preposition or a time follows the noun.
 */
function withModifier(ctx: DocContext, source: SourcePhrase, hi: number): SourcePhrase {
  const tokens = ctx.tokens;
  const next = tokens[source.last + 1];
  if (source.kind === 'pronoun' || !next || source.last + 1 >= hi || /[^\s'’s]/.test(tokens[source.last]!.post))
    return source;
  const participle = /^\p{Ll}/u.test(next.text) && (next.tags.has('PastTense') || next.tags.has('Participle'));
  if (!participle && !next.tags.has('Date') && !MODIFIER_LEADS.has(next.normal)) return source;
  for (let k = source.last + 1; k < hi && k - source.last <= MODIFIER_WINDOW; k++) {
    const t = tokens[k]!;
    if (STOPS_MODIFIER.some((tag) => t.tags.has(tag)) || t.normal === 'that' || t.normal === 'who') return source;
    if (/[,;:—–(]/.test(t.post) || (k === hi - 1 && /[.!?]/.test(t.post)))
      return {
        ...source,
        last: k,
        span: { start: source.span.start, end: t.end },
        text: ctx.text.slice(source.span.start, t.end),
        kind: 'noun',
      };
  }
  return source;
}
const STOPS_MODIFIER = ['Modal', 'Auxiliary', 'Copula', 'Pronoun'];

/** "Asked whether …, Bone said …": the question is reported without a named asker. */
export function askedClause(tokens: readonly Token[], cues: readonly Cue[], lo: number, hi: number): RawClaim | null {
  const cue = cues[0];
  if (!cue || cue.lemma !== 'ask' || tokens[cue.first]!.normal !== 'asked') return null;
  for (let k = lo; k < cue.first; k++) if (!/^(when|and|but|so|after|once|if)$/.test(tokens[k]!.normal)) return null;
  let end = cue.last + 1;
  while (end < hi - 1 && end - cue.last < 30 && !/,/.test(tokens[end]!.post)) end++;
  if (end >= hi - 1 || end <= cue.last) return null;
  return { cue, source: null, content: spanOf(tokens, cue.last + 1, end) };
}

const SURVEY_NOUNS = wordSet(CLAIMS.surveyNouns);
/** How far the survey phrase after "In" may run to its comma. */
const SURVEY_WINDOW = 20;

/**
 * "In a new poll released Monday, the mayor leads by nine points": a sentence opening with "In" and a poll, survey
 * or study, then a comma; the poll is the source of the clause after the comma (which has no cue of its own).
 */
export function surveyClaim(ctx: DocContext, lo: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  if (tokens[lo]?.normal !== 'in') return null;
  let comma = -1;
  let survey = false;
  for (let k = lo + 1; k < hi - 1 && k - lo <= SURVEY_WINDOW; k++) {
    survey ||= SURVEY_NOUNS.has(tokens[k]!.normal);
    if (/[;:.!?]/.test(tokens[k]!.post)) return null;
    const next = tokens[k + 1]!;
    // "In the survey, conducted in May, …": a participle phrase after the comma belongs to the survey
    const participle = /^\p{Ll}/u.test(next.text) && (next.tags.has('PastTense') || next.tags.has('Participle'));
    if (/,/.test(tokens[k]!.post) && !participle) {
      comma = k;
      break;
    }
  }
  if (comma < 0 || !survey || !(comma + 1 < hi - 1)) return null;
  const first = lo + 1;
  const span = { start: tokens[first]!.start, end: tokens[comma]!.end };
  const source: SourcePhrase = {
    first,
    last: comma,
    span,
    text: ctx.text.slice(span.start, span.end),
    kind: 'noun',
    anonymous: false,
  };
  const cue: Cue = {
    first: lo,
    last: lo,
    lemma: 'in',
    kind: 'according',
    span: { start: tokens[lo]!.start, end: tokens[lo]!.end },
  };
  return { cue, source, rule: 'in-survey', content: spanOf(tokens, comma + 1, hi - 1) };
}
