// Where a quote's reporting cue can be: token windows around the quote, bounded by its neighbours and paragraph.
import type { DocContext } from '../context';
import { clauseSubjectBefore, sentenceSubject } from '../sources/clauseSubjects';
import { cueAt, endsSentence, sourceBefore, type Cue } from '../sources/cues';
import { isQuantity, type SourcePhrase } from '../sources/sourcePhrases';
import { isNotSpeakerLabel, labelSource, leadingLabel } from './labels';
import { nameAfter, sourceAfter } from '../sources/sourceAfter';
import type { Quote } from '../types';
import { firstTokenFrom } from '../text/tokens';

/** How many tokens after a quote a cue may appear: "”, Jens Stoltenberg, the NATO chief, said". */
const AFTER_WINDOW = 22;
/** How many tokens may separate a cue before a quote from the quote: "told reporters on Sunday that “". */
const BEFORE_GAP = 10;
/** How far back (in tokens) a quote's sentence is searched for its reporting clause. */
const SENTENCE_WINDOW = 80;
/** How many partial quotes before a quote are skipped over when its sentence is searched ("“a” and “b” …). */
const PARTIAL_QUOTES_BACK = 12;
/** How many tokens a sentence right before a quote may have to be read for a speaker. */
const PRECEDING_SENTENCE_WINDOW = 40;
/** How many tokens of the previous paragraph a quote-only paragraph reads for a reporting clause. */
const PREVIOUS_PARAGRAPH_WINDOW = 60;

/** A signature line: a name, a comma and a short description, no sentence and no quotation marks. */
const SIGNATURE_LINE = /^\p{Lu}[^\n.!?:;“”"«»]*,[^\n.!?:;“”"«»]+\.?\s*$/u;
const SIGNATURE_LINE_MAX = 100;

/** Words that open a participle clause: "by saying", "while adding". */
const PARTICIPLE_LEADS = new Set(['by', 'while', 'after', 'before', 'when']);

/** How a reporting clause sits next to its quote. */
export type ClauseShape = 'adjacent' | 'inverted' | 'appositive' | 'colon';

/** A source phrase and the cue that ties it to a quote. */
export interface CueMatch {
  source: SourcePhrase;
  cue: Cue;
  shape: ClauseShape;
}

const colonCue = (ctx: DocContext, token: number): Cue => {
  const t = ctx.tokens[token]!;
  const colon = t.end + Math.max(0, t.post.indexOf(':'));
  return { first: token, last: token, lemma: ':', kind: 'speech', span: { start: colon, end: colon + 1 } };
};

/** A name that signs a quote: capitalised words, no article, followed by nothing, a comma or a full stop ("- Jane Doe, Ohio."). */
function isSignatureName(ctx: DocContext, source: SourcePhrase): boolean {
  const { tokens } = ctx;
  const head = tokens[source.first]!;
  if (head.tags.has('Determiner') || head.tags.has('Pronoun') || head.tags.has('Demonym')) return false;
  const last = tokens[source.last]!;
  const next = tokens[source.last + 1];
  return (
    /^[\s,.;]*$/.test(last.post.replace(/[”"’']/g, '')) &&
    (!next || next.paragraph !== last.paragraph || /[,.;]/.test(last.post))
  );
}

/** Finds cues around quotes using token ranges bounded by the neighbouring quotes and paragraph. */
export class CueFinder {
  private readonly paraFirst: number[];
  private readonly paraEnd: number[];
  private readonly clauses = new Map<number, CueMatch | null>();

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
    // Partial quotes after it belong to the clause: "Bill Eastland, wearing “Ted Cruz” pins, said".
    let next = i + 1;
    while (
      next - i <= PARTIAL_QUOTES_BACK &&
      this.sameParagraph(i, next) &&
      this.quotes[next]!.partial &&
      !this.quotes[i]!.partial
    )
      next++;
    const hi = this.sameParagraph(i, next) ? Math.min(end, this.tokenAt(this.quotes[next]!.start)) : end;
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
    while (
      i - p <= PARTIAL_QUOTES_BACK &&
      this.sameParagraph(i, p) &&
      this.quotes[p]!.partial &&
      this.quotes[p]!.end > windowOffset
    )
      p--;
    const lo = this.sameParagraph(i, p) ? Math.max(windowStart, this.tokenAt(this.quotes[p]!.end)) : windowStart;
    return [Math.min(lo, hi), hi];
  }

  /** A cue right after the quote: "”, he said", "”, said Smith", "” Smith, a doctor, said". */
  private cueAfter(i: number): CueMatch | null {
    const [lo, hi] = this.afterRange(i);
    const tokens = this.ctx.tokens;
    for (let k = lo; k < hi && k - lo < AFTER_WINDOW; k++) {
      const cue = cueAt(tokens, k);
      if (cue && cue.kind !== 'thought') {
        if (cue.kind === 'according' || k === lo) {
          const source = sourceAfter(this.ctx, cue, hi);
          if (source) return { source, cue, shape: 'inverted' };
        } else {
          const before = sourceBefore(this.ctx, cue, lo);
          if (before) return { source: before.source, cue, shape: before.appositive ? 'appositive' : 'adjacent' };
          const after = sourceAfter(this.ctx, cue, hi);
          if (after && k - lo <= 2) return { source: after, cue, shape: 'inverted' };
        }
        return null;
      }
      if (endsSentence(tokens[k]!)) break;
    }
    return null;
  }

  /** A cue before the quote in the same sentence: "Smith said: “", "according to Smith, “". */
  private cueBefore(i: number, firstInSentence: boolean): CueMatch | null {
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
      if (!cue || (cue.kind === 'thought' && !firstInSentence)) continue;
      if (!firstInSentence && hi - 1 - cue.last > BEFORE_GAP) continue;
      const found = this.sourceOfCueBefore(cue, lo, hi);
      if (found) return found;
    }
    // "She then addressed the crowd: “…”": a colon after a clause whose subject speaks.
    const last = tokens[hi - 1];
    if (!firstInSentence && last && hi - 1 >= lo && /:/.test(last.post) && !isNotSpeakerLabel(last)) {
      const subject = sentenceSubject(this.ctx, lo, hi);
      if (subject && subject.kind !== 'noun')
        return { source: subject, cue: colonCue(this.ctx, hi - 1), shape: 'colon' };
    }
    return null;
  }

  private sourceOfCueBefore(cue: Cue, lo: number, hi: number): CueMatch | null {
    const tokens = this.ctx.tokens;
    if (cue.kind === 'according') {
      const source = sourceAfter(this.ctx, cue, hi);
      return source ? { source, cue, shape: 'adjacent' } : null;
    }
    // "…, saying, “…”": the participle's subject is the sentence's subject.
    const k = cue.first;
    const participle =
      tokens[k]!.normal.endsWith('ing') &&
      k > lo &&
      (/,/.test(tokens[k - 1]!.post) || PARTICIPLE_LEADS.has(tokens[k - 1]!.normal));
    const before = participle ? null : sourceBefore(this.ctx, cue, lo);
    if (before) return { source: before.source, cue, shape: before.appositive ? 'appositive' : 'adjacent' };
    const subject =
      (participle ? clauseSubjectBefore(this.ctx, lo, k, true) : null) ?? sentenceSubject(this.ctx, lo, k);
    if (subject) return { source: subject, cue, shape: 'adjacent' };
    const after = sourceAfter(this.ctx, cue, hi);
    return after && after.kind !== 'noun' ? { source: after, cue, shape: 'inverted' } : null;
  }

  /** The quote's own reporting clause, before or after it (searched once per quote). */
  clause(i: number): CueMatch | null {
    if (this.clauses.has(i)) return this.clauses.get(i)!;
    const q = this.quotes[i]!;
    let found: CueMatch | null;
    if (q.partial) found = this.cueBefore(i, true) ?? this.cueAfter(i);
    else {
      const endsWithBreak = /[,?!—–-]$/.test(q.text) || /^\s*[,—–]/.test(this.ctx.text.slice(q.end, q.end + 3));
      found = endsWithBreak
        ? (this.cueAfter(i) ?? this.cueBefore(i, false))
        : (this.cueBefore(i, false) ?? this.cueAfter(i));
    }
    // A bare number is never a quote's speaker ("2016 said" misread), though a poll's share is.
    if (found && isQuantity(this.ctx.tokens, found.source.last)) found = null;
    this.clauses.set(i, found);
    return found;
  }

  /** "Pew Research: “…”", "Gerald Seib, The Journal: “…”" (a label before the quote) or a transcript "“WALLACE: …" (a label opening it). */
  label(i: number): CueMatch | null {
    const q = this.quotes[i]!;
    const tokens = this.ctx.tokens;
    const [lo, hi] = this.beforeRange(i);
    const inside = this.tokenAt(q.inner.start);
    const speakerTag = tokens[inside];
    const tagged =
      speakerTag &&
      speakerTag.start < q.inner.end &&
      /^\p{Lu}[\p{Lu}'’.-]+$/u.test(speakerTag.text) &&
      /^:/.test(speakerTag.post)
        ? speakerTag
        : undefined;
    const before =
      labelSource(this.ctx, hi - 1, lo) ?? leadingLabel(this.ctx, this.paraFirst[q.paragraph] ?? -1, hi - 1);
    if (before) return { source: before, cue: colonCue(this.ctx, hi - 1), shape: 'adjacent' };
    if (!tagged) return null;
    const source: SourcePhrase = {
      first: inside,
      last: inside,
      span: { start: tagged.start, end: tagged.end },
      text: tagged.text,
      kind: 'name',
      anonymous: false,
    };
    return { source, cue: colonCue(this.ctx, inside), shape: 'adjacent' };
  }

  /** "“…” ― Jane Doe" or a next paragraph "- Jane Doe, speaking in Ohio.": a dash and a name sign the quote. */
  signature(i: number): CueMatch | null {
    const q = this.quotes[i]!;
    const { text, paragraphs, tokens } = this.ctx;
    const para = paragraphs[q.paragraph]!;
    const rest = text.slice(q.end, para.end);
    let dashAt = -1;
    if (/^\s*[―—–-]\s*\p{Lu}/u.test(rest)) dashAt = q.end + rest.search(/[―—–-]/);
    else if (!/[\p{L}\p{N}]/u.test(rest) && !this.sameParagraph(i, i + 1)) {
      const next = paragraphs[q.paragraph + 1];
      if (next && /^[―—–-]\s*\p{Lu}/u.test(text.slice(next.start, next.start + 3))) dashAt = next.start;
    }
    if (dashAt < 0) return this.signatureLine(i);
    const first = this.tokenAt(dashAt + 1);
    const t = tokens[first];
    if (!t) return null;
    const source = nameAfter(this.ctx, first, this.paraEnd[t.paragraph] ?? first + 1);
    if (!source || !isSignatureName(this.ctx, source)) return null;
    return {
      source,
      cue: { first, last: first, lemma: '―', kind: 'speech', span: { start: dashAt, end: dashAt + 1 } },
      shape: 'adjacent',
    };
  }

  /** A pull quote alone in its paragraph, signed by the next line: "Rod Peters, Lake Cowichan mayor". */
  private signatureLine(i: number): CueMatch | null {
    const q = this.quotes[i]!;
    const { text, paragraphs, tokens } = this.ctx;
    const para = paragraphs[q.paragraph]!;
    const next = paragraphs[q.paragraph + 1];
    if (
      !next ||
      this.sameParagraph(i, i + 1) ||
      q.start !== para.start ||
      /[\p{L}\p{N}]/u.test(text.slice(q.end, para.end))
    )
      return null;
    const line = text.slice(next.start, next.end);
    if (line.length > SIGNATURE_LINE_MAX || !SIGNATURE_LINE.test(line)) return null;
    const first = this.tokenAt(next.start);
    const hi = this.paraEnd[q.paragraph + 1] ?? first + 1;
    for (let k = first; k < hi; k++) if (cueAt(tokens, k) || tokens[k]!.tags.has('Pronoun')) return null;
    const source = nameAfter(this.ctx, first, hi);
    if (!source || source.last === source.first || !/^,/.test(tokens[source.last]!.post)) return null;
    const comma = tokens[source.last]!.end;
    return {
      source,
      cue: {
        first: source.last,
        last: source.last,
        lemma: ',',
        kind: 'speech',
        span: { start: comma, end: comma + 1 },
      },
      shape: 'adjacent',
    };
  }

  /** A previous sentence (same paragraph, or the previous paragraph) ending with a colon that introduces the quote. */
  introduction(i: number): CueMatch | null {
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
      if (before) return { source: before.source, cue, shape: 'adjacent' };
      const after = cue.kind === 'according' || k === lo ? sourceAfter(this.ctx, cue, hi) : null; // "Stated Stone:"
      if (after) return { source: after, cue, shape: 'adjacent' };
    }
    // "Trump issued the following statement:": the subject of a clause ending in a colon.
    const subject = sentenceSubject(this.ctx, lo, hi - 1);
    return subject && (subject.kind !== 'noun' || subject.anonymous)
      ? { source: subject, cue: colonCue(this.ctx, hi - 1), shape: 'colon' }
      : null;
  }

  /** "Bystrom agreed. “…”": the sentence right before a quote that opens its sentence names a speaker. */
  precedingSpeaker(i: number): CueMatch | null {
    const q = this.quotes[i]!;
    const tokens = this.ctx.tokens;
    const hi = this.tokenAt(q.start);
    const prev = tokens[hi - 1];
    if (
      !prev ||
      prev.paragraph !== q.paragraph ||
      !endsSentence(prev) ||
      /[”"']/.test(prev.post.split(/[.!?]/)[0] ?? '')
    )
      return null;
    let lo = hi - 1;
    while (
      lo > 0 &&
      hi - lo < PRECEDING_SENTENCE_WINDOW &&
      tokens[lo - 1]!.sentence === prev.sentence &&
      tokens[lo - 1]!.paragraph === q.paragraph
    )
      lo--;
    if (this.sameParagraph(i, i - 1) && this.quotes[i - 1]!.end > tokens[lo]!.start) return null;
    return this.reportingClauseIn(lo, hi, false);
  }

  /** A paragraph that is only a quote, after a paragraph without quotes whose reporting clause names a speaker. */
  previousParagraphSpeaker(i: number): CueMatch | null {
    const q = this.quotes[i]!;
    const { text, paragraphs } = this.ctx;
    const para = paragraphs[q.paragraph]!;
    if (q.start !== para.start || /[\p{L}\p{N}]/u.test(text.slice(q.end, para.end)) || this.sameParagraph(i, i - 1))
      return null;
    const prevQuote = this.quotes[i - 1];
    if (prevQuote && prevQuote.paragraph === q.paragraph - 1 && !prevQuote.partial) return null;
    const lo = this.paraFirst[q.paragraph - 1] ?? -1;
    const hi = this.paraEnd[q.paragraph - 1] ?? -1;
    if (lo < 0 || hi <= lo) return null;
    return this.reportingClauseIn(Math.max(lo, hi - PREVIOUS_PARAGRAPH_WINDOW), hi, true, true);
  }

  /**
   * The first (or `last`) reporting clause in tokens [lo, hi) with a named, pronoun or unnamed-source subject;
   * `mainClause`: only speech cues whose subject opens its sentence or a clause after a comma.
   */
  private reportingClauseIn(lo: number, hi: number, last: boolean, mainClause = false): CueMatch | null {
    const tokens = this.ctx.tokens;
    let found: CueMatch | null = null;
    for (let k = lo; k < hi; k++) {
      const cue = cueAt(tokens, k);
      if (!cue || cue.kind === 'according' || (mainClause && cue.kind !== 'speech')) continue;
      let start = k;
      while (start > lo && !endsSentence(tokens[start - 1]!)) start--;
      const before = sourceBefore(this.ctx, cue, start);
      const opensClause =
        before !== null && (before.source.first === start || /,/.test(tokens[before.source.first - 1]?.post ?? ''));
      if (before && (before.source.kind !== 'noun' || before.source.anonymous) && (!mainClause || opensClause)) {
        found = { source: before.source, cue, shape: 'adjacent' };
        if (!last) return found;
      }
    }
    return found;
  }
}
