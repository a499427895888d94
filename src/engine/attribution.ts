// Speakers of quotes: cue verbs next to the quote, then continuation and neighbouring sentences.
import type { DocContext } from './context';
import { SpeakerResolver } from './coreference';
import { cueAt, endsSentence, labelSource, sentenceSubject, sourceAfter, sourceBefore, type Cue, type SourcePhrase } from './cues';
import type { Attribution, AttributionRule, Entity, Mention, Quote } from './types';
import { firstTokenFrom } from './tokens';

/** How many tokens after a quote a cue may appear: "”, Jens Stoltenberg, the NATO chief, said". */
const AFTER_WINDOW = 22;
/** How many tokens may separate a cue before a quote from the quote: "told reporters on Sunday that “". */
const BEFORE_GAP = 10;
/** How far back (in tokens) a quote's sentence is searched for its reporting clause. */
const SENTENCE_WINDOW = 80;
/** How many partial quotes before a quote are skipped over when its sentence is searched ("“a” and “b” …). */
const PARTIAL_QUOTES_BACK = 12;

interface Found {
  source: SourcePhrase;
  cue: Cue;
  rule: AttributionRule;
}

export function attributeQuotes(ctx: DocContext, quotes: Quote[], entities: Entity[], mentions: Mention[]): void {
  if (!quotes.length) return;
  const resolver = new SpeakerResolver(ctx, entities, mentions, quotes);
  const finder = new CueFinder(ctx, quotes);
  quotes.forEach((quote, i) => {
    const found = quote.partial ? finder.reportingCue(i) : finder.directCue(i);
    if (found) quote.speaker = toAttribution(ctx, resolver, found);
  });
  propagate(ctx, quotes, finder, resolver);
}

function toAttribution(ctx: DocContext, resolver: SpeakerResolver, found: Found): Attribution {
  const resolved = resolver.resolve(found.source);
  const cueText = ctx.text.slice(found.cue.span.start, found.cue.span.end);
  const rule: AttributionRule = found.rule === 'reported-speech' ? found.rule : found.source.kind === 'pronoun' ? 'pronoun' : found.rule;
  const base = rule === 'pronoun' ? 0.85 : rule === 'reported-speech' ? 0.8 : 0.95;
  return {
    name: resolved.name,
    ...(resolved.entityId ? { entityId: resolved.entityId } : {}),
    mention: found.source.span,
    cue: found.cue.span,
    rule,
    confidence: Math.min(base, resolved.confidence + 0.1),
    evidence: [`cue "${cueText}" (${ruleLabel(rule)})`, ...resolved.evidence],
    ...(found.source.anonymous ? { anonymous: true } : {}),
    ...(resolved.candidates ? { candidates: resolved.candidates } : {}),
  };
}

function ruleLabel(rule: AttributionRule): string {
  switch (rule) {
    case 'adjacent': return 'speaker next to the quote';
    case 'inverted': return 'verb before the speaker';
    case 'appositive': return 'speaker with an appositive';
    case 'pronoun': return 'pronoun subject';
    case 'next-sentence': return 'attribution in the next sentence';
    case 'previous-sentence': return 'attribution in the previous sentence';
    case 'continuation': return 'continues the previous quote';
    case 'reported-speech': return 'fragment inside reported speech';
    case 'reviewed': return 'named by a reader';
  }
}

/** Finds cues around quotes using token ranges bounded by the neighbouring quotes and paragraph. */
class CueFinder {
  private readonly paraFirst: number[];
  private readonly paraEnd: number[];

  constructor(
    private readonly ctx: DocContext,
    private readonly quotes: readonly Quote[],
  ) {
    const n = ctx.paragraphs.length;
    this.paraFirst = new Array<number>(n).fill(-1);
    this.paraEnd = new Array<number>(n).fill(-1);
    ctx.tokens.forEach((t, i) => {
      if (this.paraFirst[t.paragraph] === -1) this.paraFirst[t.paragraph] = i;
      this.paraEnd[t.paragraph] = i + 1;
    });
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    return firstTokenFrom(this.ctx.tokens, offset);
  }

  private sameParagraph(i: number, j: number): boolean {
    return this.quotes[j] !== undefined && this.quotes[j]!.paragraph === this.quotes[i]!.paragraph;
  }

  /** Token range after quote i up to the next quote or the paragraph end. */
  private afterRange(i: number): [number, number] {
    const q = this.quotes[i]!;
    const lo = this.tokenAt(q.end);
    const end = this.paraEnd[q.paragraph] ?? lo;
    const hi = this.sameParagraph(i, i + 1) ? Math.min(end, this.tokenAt(this.quotes[i + 1]!.start)) : end;
    return [lo, Math.max(lo, hi)];
  }

  /** Token range before quote i back to the previous direct quote or the paragraph start (partial quotes are part of the sentence). */
  private beforeRange(i: number): [number, number] {
    const q = this.quotes[i]!;
    const hi = this.tokenAt(q.start);
    const paraFirst = this.paraFirst[q.paragraph] ?? -1;
    const first = paraFirst < 0 ? hi : paraFirst;
    let p = i - 1;
    const windowStart = Math.max(first, hi - SENTENCE_WINDOW);
    const windowOffset = this.ctx.tokens[windowStart]?.start ?? q.start;
    while (i - p <= PARTIAL_QUOTES_BACK && this.sameParagraph(i, p) && this.quotes[p]!.partial && this.quotes[p]!.end > windowOffset) p--;
    const lo = this.sameParagraph(i, p) ? Math.max(windowStart, this.tokenAt(this.quotes[p]!.end)) : windowStart;
    return [Math.min(lo, hi), hi];
  }

  /** A cue right after the quote: "”, he said", "”, said Smith", "” Smith, a doctor, said". */
  cueAfter(i: number): Found | null {
    const [lo, hi] = this.afterRange(i);
    const tokens = this.ctx.tokens;
    for (let k = lo; k < hi && k - lo < AFTER_WINDOW; k++) {
      const cue = cueAt(tokens, k);
      if (cue && cue.kind !== 'thought') {
        if (cue.kind === 'according' || k === lo) {
          const source = sourceAfter(this.ctx, cue, hi);
          if (source) return { source, cue, rule: 'inverted' };
        } else {
          const before = sourceBefore(this.ctx, cue, lo);
          if (before) return { source: before.source, cue, rule: before.appositive ? 'appositive' : 'adjacent' };
          const after = sourceAfter(this.ctx, cue, hi);
          if (after && k - lo <= 2) return { source: after, cue, rule: 'inverted' };
        }
        return null;
      }
      if (endsSentence(tokens[k]!)) break;
    }
    return null;
  }

  /** A cue before the quote in the same sentence: "Smith said: “", "according to Smith, “". */
  cueBefore(i: number, firstInSentence: boolean): Found | null {
    const [lo0, hi] = this.beforeRange(i);
    const tokens = this.ctx.tokens;
    let lo = lo0;
    for (let k = hi - 1; k >= lo0; k--) {
      if (k < hi - 1 && endsSentence(tokens[k]!)) {
        lo = k + 1;
        break;
      }
    }
    if (hi - 1 >= lo0 && endsSentence(tokens[hi - 1]!) && !/:/.test(tokens[hi - 1]!.post)) return null;
    const order: number[] = [];
    if (firstInSentence) for (let k = lo; k < hi; k++) order.push(k);
    else for (let k = hi - 1; k >= lo && hi - 1 - k <= BEFORE_GAP + 8; k--) order.push(k);
    for (const k of order) {
      const cue = cueAt(tokens, k);
      if (!cue || cue.kind === 'thought' && !firstInSentence) continue;
      if (!firstInSentence && hi - 1 - cue.last > BEFORE_GAP) continue;
      if (cue.kind === 'according') {
        const source = sourceAfter(this.ctx, cue, hi);
        if (source) return { source, cue, rule: 'adjacent' };
        continue;
      }
      // "…, saying, “…”": the participle's subject is the sentence's subject.
      const participle = tokens[k]!.normal.endsWith('ing') && k > lo && /,/.test(tokens[k - 1]!.post);
      const before = participle ? null : sourceBefore(this.ctx, cue, lo);
      if (before) return { source: before.source, cue, rule: before.appositive ? 'appositive' : 'adjacent' };
      const subject = sentenceSubject(this.ctx, lo, k);
      if (subject) return { source: subject, cue, rule: 'adjacent' };
      const after = sourceAfter(this.ctx, cue, hi);
      if (after && after.kind !== 'noun') return { source: after, cue, rule: 'inverted' };
    }
    // "She then addressed the crowd: “…”": a colon after a clause whose subject speaks.
    const last = tokens[hi - 1];
    if (!firstInSentence && last && hi - 1 >= lo && /:/.test(last.post)) {
      const subject = sentenceSubject(this.ctx, lo, hi);
      if (subject && subject.kind !== 'noun') {
        const colon = last.end + last.post.indexOf(':');
        return { source: subject, cue: { first: hi - 1, last: hi - 1, lemma: ':', kind: 'speech', span: { start: colon, end: colon + 1 } }, rule: 'adjacent' };
      }
    }
    return null;
  }

  /** "Pew Research: “…”" (a label before the quote) or a transcript "“WALLACE: …" (a label opening it). */
  labelCue(i: number): Found | null {
    const q = this.quotes[i]!;
    const tokens = this.ctx.tokens;
    const [lo, hi] = this.beforeRange(i);
    const before = labelSource(this.ctx, hi - 1, lo);
    const inside = this.tokenAt(q.inner.start);
    const speakerTag = tokens[inside];
    const tagged = speakerTag && speakerTag.start < q.inner.end && /^\p{Lu}[\p{Lu}'’.-]+$/u.test(speakerTag.text) && /^:/.test(speakerTag.post) ? speakerTag : undefined;
    const label = before ?? (tagged ? { first: inside, last: inside, span: { start: tagged.start, end: tagged.end }, text: tagged.text, kind: 'name' as const, anonymous: false } : null);
    if (!label) return null;
    const colonToken = tokens[label.last]!;
    const colon = colonToken.end + colonToken.post.indexOf(':');
    return { source: label, cue: { first: label.last, last: label.last, lemma: ':', kind: 'speech', span: { start: colon, end: colon + 1 } }, rule: 'adjacent' };
  }

  directCue(i: number): Found | null {
    const label = this.labelCue(i);
    if (label) return label;
    const q = this.quotes[i]!;
    const endsWithBreak = /[,?!—–-]$/.test(q.text) || /^\s*[,—–]/.test(this.ctx.text.slice(q.end, q.end + 3));
    if (endsWithBreak) return this.cueAfter(i) ?? this.cueBefore(i, false);
    return this.cueBefore(i, false) ?? this.cueAfter(i);
  }

  /** For a partial quote: the sentence's reporting clause. */
  reportingCue(i: number): Found | null {
    const found = this.cueBefore(i, true) ?? this.cueAfter(i);
    return found ? { ...found, rule: 'reported-speech' } : null;
  }

  /** A previous sentence (same paragraph, or the previous paragraph ending with a colon) that introduces the quote. */
  introducingSentence(i: number): Found | null {
    const q = this.quotes[i]!;
    const tokens = this.ctx.tokens;
    const hi = this.tokenAt(q.start);
    const prev = tokens[hi - 1];
    if (!prev || !/:\s*$/.test(prev.post.replace(/[“"'‘`]+\s*$/, ''))) return null;
    const sentence = prev.sentence;
    let lo = hi - 1;
    while (lo > 0 && hi - lo < SENTENCE_WINDOW && tokens[lo - 1]!.sentence === sentence) lo--;
    for (let k = lo; k < hi; k++) {
      const cue = cueAt(tokens, k);
      if (!cue || cue.kind === 'thought') continue;
      const before = sourceBefore(this.ctx, cue, lo);
      if (before) return { source: before.source, cue, rule: 'previous-sentence' };
      const after = cue.kind === 'according' ? sourceAfter(this.ctx, cue, hi) : null;
      if (after) return { source: after, cue, rule: 'previous-sentence' };
    }
    return null;
  }

  /** "Bystrom agreed. “…”": the sentence right before a quote that opens its sentence names a speaker. */
  precedingSpeaker(i: number): Found | null {
    const q = this.quotes[i]!;
    const tokens = this.ctx.tokens;
    const hi = this.tokenAt(q.start);
    const prev = tokens[hi - 1];
    if (!prev || prev.paragraph !== q.paragraph || !endsSentence(prev) || /[”"']/.test(prev.post.split(/[.!?]/)[0] ?? '')) return null;
    let lo = hi - 1;
    while (lo > 0 && hi - lo < 40 && tokens[lo - 1]!.sentence === prev.sentence && tokens[lo - 1]!.paragraph === q.paragraph) lo--;
    if (this.sameParagraph(i, i - 1) && this.quotes[i - 1]!.end > tokens[lo]!.start) return null;
    for (let k = lo; k < hi; k++) {
      const cue = cueAt(tokens, k);
      if (!cue || cue.kind === 'according') continue;
      const before = sourceBefore(this.ctx, cue, lo);
      if (before && before.source.kind !== 'noun') return { source: before.source, cue, rule: 'previous-sentence' };
    }
    return null;
  }
}

/** Quotes without their own cue: continuation of a neighbour's speaker, or an introducing sentence. */
function propagate(ctx: DocContext, quotes: Quote[], finder: CueFinder, resolver: SpeakerResolver): void {
  const inherit = (q: Quote, from: Quote, rule: AttributionRule, confidence: number): void => {
    const s = from.speaker!;
    q.speaker = {
      ...s,
      rule,
      confidence: Math.min(s.confidence, confidence),
      evidence: [`${rule === 'next-sentence' ? 'same speaker as the next quote' : 'continues the quote before'} (${s.name})`],
    };
  };
  const isContinuation = (i: number): boolean => {
    const q = quotes[i]!;
    const p = quotes[i - 1];
    return p !== undefined && p.unclosed && p.paragraph === q.paragraph - 1 && q.start === ctx.paragraphs[q.paragraph]!.start;
  };
  // Multi-paragraph quotes share one speaker, found on any of their parts.
  for (let i = 1; i < quotes.length; i++) {
    if (!isContinuation(i)) continue;
    let j = i;
    while (j + 1 < quotes.length && isContinuation(j + 1)) j++;
    const chain = quotes.slice(i - 1, j + 1);
    const owner = chain.find((q) => q.speaker && !q.partial);
    if (owner) for (const q of chain) if (!q.speaker && !q.partial) inherit(q, owner, 'continuation', 0.85);
    i = j;
  }
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speaker || q.partial) continue;
    const intro = finder.introducingSentence(i);
    if (intro) {
      q.speaker = toAttribution(ctx, resolver, intro);
      continue;
    }
    const prev = previousDirect(quotes, i);
    if (prev && prev.speaker && prev.paragraph === q.paragraph) {
      inherit(q, prev, 'continuation', 0.8);
      continue;
    }
    const preceding = finder.precedingSpeaker(i);
    if (preceding) q.speaker = { ...toAttribution(ctx, resolver, preceding), confidence: 0.6 };
  }
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.speaker || q.partial) continue;
    const next = nextDirect(quotes, i);
    if (next && next.speaker && next.paragraph === q.paragraph) inherit(q, next, 'next-sentence', 0.75);
  }
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speaker || q.partial) continue;
    const prev = previousDirect(quotes, i);
    if (prev && prev.speaker && prev.paragraph === q.paragraph - 1 && q.start === ctx.paragraphs[q.paragraph]!.start) inherit(q, prev, 'continuation', 0.6);
  }
}

function previousDirect(quotes: readonly Quote[], i: number): Quote | undefined {
  for (let j = i - 1; j >= 0; j--) if (!quotes[j]!.partial) return quotes[j];
  return undefined;
}

function nextDirect(quotes: readonly Quote[], i: number): Quote | undefined {
  for (let j = i + 1; j < quotes.length; j++) if (!quotes[j]!.partial) return quotes[j];
  return undefined;
}
