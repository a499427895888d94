// Reported claims: source / cue / content in reported speech, with hedges in the content. The source of a cue that
// opens its content is found by the rule table CLAIM_SOURCE_RULES (claimSourceRules.ts).
import type { DocContext } from '../context';
import { describedFields, withRoleBefore } from '../sources/rolePhrases';
import { speakerResolverFor, type SpeakerResolver } from '../sources/coreference';
import { claimCueAt, isTopicCue, nounCueAt } from './claimCues';
import { clauseSubjectBefore, sentenceSubject } from '../sources/clauseSubjects';
import type { Cue } from '../sources/cues';
import type { SourcePhrase } from '../sources/sourcePhrases';
import type { ClaimRuleId, RawClaim } from './types';
import { findHedges } from './claimHedges';
import { frontedClauseEnd } from './claimSources';
import { claimSource, claimSourceRule, sourceNextToCue } from './claimSourceRules';
import { accordingClaim, askedClause, closingClause, labelClaim, surveyClaim } from './claimClauses';
import { isSpurious, reportsClause } from './claimFilters';
import {
  clauseSentences,
  contentEnd,
  contentRange,
  isParticipleCue,
  participleCueAt,
  phraseEnd,
  spanOf,
  topicEnd,
} from './claimSpans';
import { BE_FORMS, isPassive, isPerceivedPassive, passiveAgent } from './claimPassives';
import { firstTokenFrom, type Token } from '../text/tokens';
import type { Attribution, Claim, Entity, Mention, Quote, Span } from '../types';

export function findClaims(ctx: DocContext, entities: Entity[], mentions: Mention[], quotes: Quote[]): Claim[] {
  const { tokens } = ctx;
  if (!tokens.length) return [];
  const resolver = speakerResolverFor(ctx, entities, mentions, quotes);
  const direct = quotes.filter((q) => !q.partial).map((q) => q.inner);
  const allQuotes = quotes.map((q) => q.inner);
  // Cues that introduce a direct quote ("“…,” he said") report the quote, not a separate claim.
  const quoteCues = new Set(quotes.filter((q) => !q.partial && q.speaker?.cue).map((q) => q.speaker!.cue!.start));
  const claims: Claim[] = [];
  let sentenceStart = 0;
  while (sentenceStart < tokens.length) {
    const sentence = tokens[sentenceStart]!.sentence;
    let sentenceEnd = sentenceStart;
    while (sentenceEnd < tokens.length && tokens[sentenceEnd]!.sentence === sentence) sentenceEnd++;
    for (const [lo, hi] of clauseSentences(tokens, sentenceStart, sentenceEnd)) {
      for (const claim of claimsInSentence(ctx, lo, hi)) {
        if (insideAny(claim.cue.span, allQuotes)) continue;
        if (quoteCues.has(claim.cue.span.start) && !claim.viaThat && !reportsClause(tokens, claim)) continue;
        if (isSpurious(tokens, claim)) continue;
        if (claim.viaThat || !insideAny(claim.content, direct)) claims.push(toClaim(ctx, resolver, claim, sentence));
      }
    }
    sentenceStart = sentenceEnd;
  }
  return claims;
}

/** Reporting clauses of one sentence [lo, hi): a closing "…, X said." first, else each cue with a source in turn. */
function claimsInSentence(ctx: DocContext, lo: number, hi: number): RawClaim[] {
  const tokens = ctx.tokens;
  const cues = cuesIn(tokens, lo, hi);
  const label = labelClaim(ctx, lo, hi);
  if (label) return [label];
  if (!cues.length) {
    const survey = surveyClaim(ctx, lo, hi);
    return survey ? [survey] : nounClaims(ctx, [], lo, hi);
  }
  // "Asked about …, Clinton said, …": the question has no named asker, so no closing clause claims it
  const askedFirst = askedClause(tokens, cues, lo, hi) !== null;
  for (let c = cues.length - 1; c >= 0 && !askedFirst; c--) {
    const closing = closingClause(ctx, cues[c]!, lo, hi);
    if (closing)
      return [closing, ...topicOf(tokens, closing, hi), ...participleAfter(tokens, cues.slice(c + 1), closing, hi)];
  }
  const claims: RawClaim[] = [];
  let from = lo;
  const asked = askedClause(tokens, cues, lo, hi);
  if (asked) {
    claims.push(asked);
    from = firstTokenFrom(tokens, asked.content.end);
  }
  for (const cue of cues) {
    if (cue.first < from) continue;
    if (cue.kind === 'according') {
      const according = accordingClaim(ctx, cue, hi);
      if (!according) continue;
      claims.push(according);
      break;
    }
    if (isPassive(tokens, cue, from)) {
      // "X is expected to …", "was seen as …": the subject is the topic; the source is the "by" agent or nobody.
      const by = passiveAgent(ctx, cue, hi);
      if (!by && isPerceivedPassive(tokens, cue)) continue;
      const end = contentEnd(tokens, cue.last + 1, hi);
      claims.push({ cue, source: by, rule: 'passive-agent', content: spanOf(tokens, from, by ? cue.last : end) });
      from = end + 1;
      continue;
    }
    // "…, citing …" / "…, adding that …": the participle's subject is the sentence's subject.
    const gerund = tokens[cue.first]!.normal.endsWith('ing') && cue.first > lo;
    const participle = gerund && /,/.test(tokens[cue.first - 1]!.post);
    const before = participle ? null : sourceNextToCue(ctx, cue, lo, from, gerund);
    // "X said that A, adding that B", "he called her “weak” and said B": B is X's too.
    const previous = participle || joinsPrevious(tokens, from, cue) ? claims[claims.length - 1]?.source : undefined;
    // "Ready to back Clinton, Obama …", "In addition to stating …, Clinton …": the main clause's subject.
    const fronted = !previous && !before ? frontedClauseEnd(tokens, cue, lo, hi) : -1;
    if (fronted >= 0) {
      const claim = frontedClaim(ctx, cue, fronted, hi);
      if (claim) claims.push(claim);
      if (claim) from = fronted + 1;
      continue;
    }
    const found = claimSource({ ctx, cue, lo, from, previous: previous ?? null, before, gerund, participle });
    if (!found || !goodSource(tokens, found.source, cue)) continue;
    const opening = openingClaim(tokens, cue, found.source, found.rule.id, hi);
    if (!opening) continue;
    claims.push(opening.claim);
    from = opening.end + 1;
  }
  return [...claims, ...nounClaims(ctx, claims, lo, hi)];
}

/** The claim cues of the sentence [lo, hi), outside quotation marks. */
function cuesIn(tokens: readonly Token[], lo: number, hi: number): Cue[] {
  const cues: Cue[] = [];
  for (let k = lo; k < hi; k++) {
    const cue = claimCueAt(tokens, k) ?? participleCueAt(tokens, k);
    if (cue && !insideQuoteMarks(tokens, k)) cues.push(cue);
  }
  return cues;
}

/** "X said that …": the content after a cue whose source a rule found (and its last token); an impersonal subject names nobody. */
function openingClaim(
  tokens: readonly Token[],
  cue: Cue,
  source: SourcePhrase,
  rule: ClaimRuleId,
  hi: number,
): { claim: RawClaim; end: number } | null {
  const [start, end] = contentRange(tokens, cue, hi);
  if (start >= hi) return null;
  // "it’s hard to know where …", "There is little doubt that …"
  const impersonal = /^it(['’]s|\s+(is|was|will be|would be))\s/i.test(source.text) || /^there$/i.test(source.text);
  const viaThat = tokens[start - 1]?.normal === 'that';
  return {
    claim: { cue, source: impersonal ? null : source, content: spanOf(tokens, start, end), viaThat, rule },
    end,
  };
}

/** "Ready to back Clinton, Obama …": the subject of the main clause after the fronted phrase ending at `fronted`. */
function frontedClaim(ctx: DocContext, cue: Cue, fronted: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  const subject = sentenceSubject(ctx, fronted + 1, hi);
  const [start, end] = contentRange(tokens, cue, fronted + 1);
  if (!subject || start > fronted) return null;
  const viaThat = tokens[start - 1]?.normal === 'that';
  return { cue, source: subject, content: spanOf(tokens, start, end), viaThat, rule: 'fronted-clause' };
}

/** "he called her “weak” and said …": only "and" (and adverbs) stand between the last claim and this cue. */
function joinsPrevious(tokens: readonly Token[], from: number, cue: Cue): boolean {
  if (cue.first - from > 3 || cue.first <= from) return false;
  let joined = false;
  for (let k = from; k < cue.first; k++) {
    const t = tokens[k]!;
    if (t.normal === 'and' || t.normal === 'but' || t.normal === 'then') joined = true;
    else if (!t.tags.has('Adverb')) return false;
  }
  return joined;
}

/** "“…,” Trump said of the plan.": the topic of a closing clause's cue is a claim too. */
function topicOf(tokens: readonly Token[], closing: RawClaim, hi: number): RawClaim[] {
  const cue = closing.cue;
  if (!isTopicCue(tokens, cue) || cue.last + 1 >= hi) return [];
  const content = spanOf(tokens, cue.last + 1, topicEnd(tokens, cue.last + 1, hi));
  return [{ cue, source: closing.source, rule: closing.rule, content }];
}

/** "…, X said, adding that …": a participle after a closing reporting clause reports more of the same source. */
function participleAfter(tokens: readonly Token[], later: readonly Cue[], closing: RawClaim, hi: number): RawClaim[] {
  const cue = later.find((c) => isParticipleCue(tokens, c));
  if (
    !cue ||
    !closing.source ||
    (tokens[closing.content.end] === undefined && closing.content.end >= tokens[hi - 1]!.end)
  )
    return [];
  if (closing.content.end > tokens[cue.first]!.start) return [];
  const [start, end] = contentRange(tokens, cue, hi);
  if (start >= hi) return [];
  return [
    {
      cue,
      source: closing.source,
      rule: closing.rule,
      content: spanOf(tokens, start, end),
      viaThat: tokens[start - 1]?.normal === 'that',
    },
  ];
}

/** "his call for …", "Trump's claim that …" outside the claims already found in the sentence. */
function nounClaims(ctx: DocContext, found: readonly RawClaim[], lo: number, hi: number): RawClaim[] {
  const tokens = ctx.tokens;
  const taken = (k: number): boolean =>
    found.some(
      (c) =>
        tokens[k]!.start < Math.max(c.content.end, c.cue.span.end) &&
        tokens[k]!.end > Math.min(c.content.start, c.cue.span.start),
    );
  const out: RawClaim[] = [];
  for (let k = lo + 1; k < hi - 2; k++) {
    if (taken(k) || insideQuoteMarks(tokens, k)) continue;
    const noun = nounCueAt(ctx, k, lo);
    if (!noun || noun.contentStart >= hi) continue;
    const end =
      noun.cue.lemma.endsWith(' for') || noun.cue.lemma.endsWith(' of')
        ? phraseEnd(tokens, noun.contentStart, hi)
        : contentEnd(tokens, noun.contentStart, hi);
    // "Democrats raised the concern that …": with no owner, the subject of the verb that takes the noun.
    const source = noun.source ?? clauseSubjectBefore(ctx, lo, k);
    out.push({
      cue: noun.cue,
      source,
      rule: noun.source ? 'noun-owner' : 'noun-subject',
      content: spanOf(tokens, noun.contentStart, end),
      viaThat: tokens[noun.contentStart - 1]?.normal === 'that',
    });
    k = end;
  }
  return out;
}

/** "it" speaks ("the paper notes …, and it says …") unless it is a dummy subject: "it's hard to know", "it is said". */
function goodSource(tokens: readonly Token[], source: SourcePhrase, cue: Cue): boolean {
  if (source.kind !== 'pronoun' || source.text.toLowerCase() !== 'it') return true;
  if (/['’]s$/i.test(source.text) || /^['’]s/.test(tokens[source.last]!.post)) return false;
  for (let k = source.last + 1; k < cue.first; k++)
    if (BE_FORMS.has(tokens[k]!.normal) || tokens[k]!.normal === 'to') return false;
  return tokens[cue.first - 1]?.normal !== 'to';
}

function insideQuoteMarks(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return /[“"]\s*$/.test(t.pre) && /^[^\s]*[”"]/.test(t.post);
}

/** Whether `span` lies inside one of `spans` (sorted by start, not overlapping), by binary search. */
function insideAny(span: Span, spans: readonly Span[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s !== undefined && span.end <= s.end + 1;
}

/** "seems to be", "appears to", "known as": impressions and names that nobody in the text asserts. */
function hasNoSource(tokens: readonly Token[], cue: Cue): boolean {
  // …unless a reporting verb follows: "Stumpf appeared to blame workers", "she seemed to think …".
  if (cue.lemma === 'seem' || cue.lemma === 'appear') return claimCueAt(tokens, cue.last + 1) === null;
  return tokens[cue.first]!.normal === 'known' && tokens[cue.last + 1]?.normal === 'as';
}

function toClaim(ctx: DocContext, resolver: SpeakerResolver, raw: RawClaim, sentence: number): Claim {
  if (raw.source && hasNoSource(ctx.tokens, raw.cue)) raw = { ...raw, source: null };
  const cueText = ctx.text.slice(raw.cue.span.start, raw.cue.span.end);
  const hedges = findHedges(ctx, raw.content).filter((h) => h.end <= raw.cue.span.start || h.start >= raw.cue.span.end);
  const sentenceSpan = ctx.sentences[sentence] ?? raw.content;
  if (!raw.source) {
    const source: Attribution = {
      name: '',
      cue: raw.cue.span,
      rule: 'reported-speech',
      confidence: 0.5,
      evidence: [`"${cueText}": no source named (passive, impersonal or an impression)`],
    };
    return { content: raw.content, source, cue: raw.cue.span, hedges, sentence: sentenceSpan };
  }
  const named = withRoleBefore(ctx, raw.source);
  const resolved = resolver.resolve(named);
  const rule = claimSourceRule(raw.rule!);
  const source: Attribution = {
    name: resolved.name,
    ...(resolved.entityId ? { entityId: resolved.entityId } : {}),
    mention: raw.source.span,
    cue: raw.cue.span,
    rule: raw.source.kind === 'pronoun' ? 'pronoun' : 'reported-speech',
    confidence: Math.min(rule.confidence, resolved.confidence),
    evidence: [`cue "${cueText}" (rule ${rule.id}: ${rule.label})`, ...resolved.evidence],
    ...(raw.source.anonymous ? { anonymous: true } : {}),
    ...(resolved.candidates ? { candidates: resolved.candidates } : {}),
    ...describedFields(named),
    ...(resolved.described ? { description: named.text } : {}),
    ...(resolved.ambiguousSurname ? { ambiguity: 'surname' as const } : {}),
  };
  return { content: raw.content, source, cue: raw.cue.span, hedges, sentence: sentenceSpan, sourceRule: rule.id };
}
