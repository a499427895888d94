// Reported claims: source / cue / content in reported speech, with hedges in the content.
import type { DocContext } from './context';
import { SpeakerResolver } from './coreference';
import { cueAt, hasPunctAfter, sourceAfter, sourceBefore, type Cue, type SourcePhrase } from './cues';
import type { Token } from './tokens';
import type { Attribution, Claim, Entity, Hedge, Mention, Quote, Span } from './types';

/** Tokens a "that" may follow its cue at most: "told CNN’s Wolf Blitzer on Wednesday that". */
const THAT_WINDOW = 10;
const TIME_OR_OBJECT = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'statement', 'interview', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'recently', 'publicly', 'also', 'again', 'reporters', 'journalists']);

/** Single-word hedges; multi-word ones are matched in HEDGE_PHRASES. */
const HEDGE_WORDS = new Set(['likely', 'unlikely', 'may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'reportedly', 'allegedly', 'apparently', 'potentially', 'presumably', 'supposedly', 'seemingly', 'purportedly', 'maybe', 'possible']);
const HEDGE_PHRASES: string[][] = [
  ['cannot', 'rule', 'out'], ['can', 'not', 'rule', 'out'], ["can't", 'rule', 'out'], ['appears', 'to'], ['appear', 'to'], ['appeared', 'to'],
  ['seems', 'to'], ['seem', 'to'], ['seemed', 'to'], ['believed', 'to'], ['thought', 'to'], ['expected', 'to'], ['it', 'is', 'possible'],
];

export function findClaims(ctx: DocContext, entities: Entity[], mentions: Mention[], quotes: Quote[]): Claim[] {
  const { tokens } = ctx;
  if (!tokens.length) return [];
  const resolver = new SpeakerResolver(ctx, entities, mentions, quotes);
  const direct = quotes.filter((q) => !q.partial).map((q) => q.inner);
  const claims: Claim[] = [];
  let sentenceStart = 0;
  while (sentenceStart < tokens.length) {
    const sentence = tokens[sentenceStart]!.sentence;
    let sentenceEnd = sentenceStart;
    while (sentenceEnd < tokens.length && tokens[sentenceEnd]!.sentence === sentence) sentenceEnd++;
    const claim = claimInSentence(ctx, sentenceStart, sentenceEnd);
    if (claim && !insideAny(claim.content, direct)) claims.push(toClaim(ctx, resolver, claim, sentence));
    sentenceStart = sentenceEnd;
  }
  return claims;
}

interface RawClaim {
  cue: Cue;
  source: SourcePhrase;
  content: Span;
}

/** The reporting clause of one sentence [lo, hi): a trailing "…, X said." first, else the first cue with a source. */
function claimInSentence(ctx: DocContext, lo: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  const cues: Cue[] = [];
  for (let k = lo; k < hi; k++) {
    const cue = cueAt(tokens, k);
    if (cue && !insideQuoteMarks(tokens, k)) cues.push(cue);
  }
  if (!cues.length) return null;
  // "Content …, X said (on Wednesday)." / "Content …, according to X."
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c]!;
    const trailing = trailingClause(ctx, cue, lo, hi);
    if (trailing) return trailing;
  }
  for (const cue of cues) {
    if (cue.kind === 'according') {
      const source = sourceAfter(ctx, cue, hi);
      if (!source) continue;
      const start = source.last + 1;
      if (start >= hi) continue;
      return { cue, source, content: spanOf(tokens, start, hi - 1) };
    }
    const before = sourceBefore(ctx, cue, lo);
    const source = before?.source ?? subjectOfFirstVerb(ctx, lo, cue.first);
    if (!source || !goodSource(source)) continue;
    const start = contentStart(tokens, cue, hi);
    if (start >= hi) continue;
    return { cue, source, content: spanOf(tokens, start, contentEnd(tokens, start, hi)) };
  }
  return null;
}

/** "…, X said." or "…, said X." or "…, according to X." closing the sentence. */
function trailingClause(ctx: DocContext, cue: Cue, lo: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  if (cue.kind === 'according') {
    const prev = tokens[cue.first - 1];
    if (!prev || cue.first - 1 < lo || !/,/.test(prev.post)) return null;
    const source = sourceAfter(ctx, cue, hi);
    if (!source) return null;
    return { cue, source, content: spanOf(tokens, lo, cue.first - 1) };
  }
  // The cue must end the sentence, give or take a time phrase or an object.
  for (let k = cue.last + 1; k < hi; k++) if (!TIME_OR_OBJECT.has(tokens[k]!.normal) && !tokens[k]!.tags.has('Date') && !tokens[k]!.tags.has('ProperNoun')) return null;
  const before = sourceBefore(ctx, cue, lo);
  let source: SourcePhrase | null = before?.source ?? null;
  let clauseStart = source ? source.first : cue.first;
  if (!source) {
    source = sourceAfter(ctx, cue, hi);
    clauseStart = cue.first;
  }
  if (!source) return null;
  const comma = tokens[clauseStart - 1];
  if (!comma || clauseStart - 1 < lo || !/,/.test(comma.post) || before?.appositive) {
    if (!before?.appositive) return null;
    const open = tokens[source.last];
    if (!open || !/,/.test(open.post) || source.first - 1 < lo || !/,/.test(tokens[source.first - 1]!.post)) return null;
    return { cue, source, content: spanOf(tokens, lo, source.first - 1) };
  }
  return { cue, source, content: spanOf(tokens, lo, clauseStart - 1) };
}

function goodSource(source: SourcePhrase): boolean {
  return source.kind !== 'pronoun' || source.text.toLowerCase() !== 'it';
}

/** The subject of the sentence's first verb: "Zelensky has vowed … and told …". */
function subjectOfFirstVerb(ctx: DocContext, lo: number, limit: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  for (let k = lo; k < limit; k++) {
    const t = tokens[k]!;
    if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Gerund')) continue;
    const cue = { first: k, last: k, lemma: t.normal, kind: 'speech' as const, span: { start: t.start, end: t.end } };
    const found = sourceBefore(ctx, cue, lo);
    return found && found.source.kind !== 'noun' ? found.source : null;
  }
  return null;
}

/** First content token after a cue: after a nearby "that", or right after the cue (and its object for "tell"). */
function contentStart(tokens: readonly Token[], cue: Cue, hi: number): number {
  for (let k = cue.last + 1; k < hi && k - cue.last <= THAT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.normal === 'that' && (k === cue.last + 1 || !hasPunctAfter(tokens[k - 1]!) || /^,\s*$/.test(tokens[k - 1]!.post))) return k + 1;
    if (hasPunctAfter(t) && !/^,\s*$/.test(t.post)) break;
    if (t.tags.has('Verb') && !TIME_OR_OBJECT.has(t.normal)) break;
  }
  let start = cue.last + 1;
  if (/^(tell|inform|assure|warn|remind|urge|advise)$/.test(cue.lemma)) {
    while (start < hi && TIME_OR_OBJECT.has(tokens[start]!.normal)) start++;
    if (start < hi && (tokens[start]!.tags.has('Pronoun') || tokens[start]!.tags.has('ProperNoun') || tokens[start]!.tags.has('Plural'))) start++;
  }
  return start;
}

/** Content runs to the sentence end, or up to a coordinated second reporting clause ("… and told CNN that …"). */
function contentEnd(tokens: readonly Token[], start: number, hi: number): number {
  for (let k = start + 1; k < hi - 1; k++) {
    if (tokens[k]!.normal === 'and' && /,?\s*$/.test(tokens[k - 1]!.post) && cueAt(tokens, k + 1)?.kind === 'speech') return k - 1;
  }
  return hi - 1;
}

function insideQuoteMarks(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return /[“"]\s*$/.test(t.pre) && /^[^\s]*[”"]/.test(t.post);
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[Math.max(first, last)]!.end };
}

function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end + 1);
}

function toClaim(ctx: DocContext, resolver: SpeakerResolver, raw: RawClaim, sentence: number): Claim {
  const resolved = resolver.resolve(raw.source);
  const cueText = ctx.text.slice(raw.cue.span.start, raw.cue.span.end);
  const source: Attribution = {
    name: resolved.name,
    ...(resolved.entityId ? { entityId: resolved.entityId } : {}),
    mention: raw.source.span,
    cue: raw.cue.span,
    rule: raw.source.kind === 'pronoun' ? 'pronoun' : 'reported-speech',
    confidence: Math.min(0.9, resolved.confidence),
    evidence: [`cue "${cueText}"`, ...resolved.evidence],
    ...(raw.source.anonymous ? { anonymous: true } : {}),
    ...(resolved.candidates ? { candidates: resolved.candidates } : {}),
  };
  return { content: raw.content, source, cue: raw.cue.span, hedges: findHedges(ctx, raw.content), sentence: ctx.sentences[sentence] ?? raw.content };
}

/** Hedging words and phrases inside a content span. */
export function findHedges(ctx: DocContext, content: Span): Hedge[] {
  const { tokens, text } = ctx;
  const hedges: Hedge[] = [];
  let k = lowerBound(tokens, content.start);
  for (; k < tokens.length && tokens[k]!.end <= content.end; k++) {
    const phrase = HEDGE_PHRASES.find((p) => p.every((w, n) => tokens[k + n]?.normal === w));
    if (phrase) {
      const last = tokens[k + phrase.length - 1]!;
      hedges.push({ start: tokens[k]!.start, end: last.end, text: text.slice(tokens[k]!.start, last.end) });
      k += phrase.length - 1;
      continue;
    }
    const t = tokens[k]!;
    if (HEDGE_WORDS.has(t.normal)) hedges.push({ start: t.start, end: t.end, text: t.text });
  }
  return hedges;
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
