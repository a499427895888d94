// Merges the human layer over the machine's: anchors a sidecar's annotations in the article text and
// applies them to the engine's Analysis (speakers, sources, rejections, additions, entity decisions,
// notes). Pure; never mutates the machine analysis (the store keeps it for the next merge).
import type { Analysis, Attribution, Claim, Entity, EntityType, Quote, ReviewMark, Span } from '../../engine/types';
import { applyEntityRules, renamed } from './entityDecisions';
import { reviewedProblems } from './reviewedProblems';
import { anchorAll, describeSpan, type AnchorMethod, type Selectors } from './anchoring/anchoring';
import { lastChanged, type ClaimReview, type EntityRule, type QuoteReview, type ReviewAnnotation } from './model';
import { applyMentionSplits } from './splitMentions';
import { carryOverCorrections, type SpeakerCorrection } from './carryOver';

export interface AnchoredReview {
  annotation: ReviewAnnotation;
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface OrphanedReview {
  annotation: ReviewAnnotation;
  reason: string;
}

export interface ReviewNote extends Span {
  id: string;
  text: string;
}

export interface ArticleReview {
  anchored: AnchoredReview[];
  orphans: OrphanedReview[];
  notes: ReviewNote[];
  /** Machine quotes and claims a reader rejected (no longer in the analysis), for hovers and undo. */
  rejected: (Span & { id: string; what: 'quote' | 'claim' })[];
  /** Quotes and claims with a reader's decision (machine items once each, plus the reader's additions) / all of them. */
  reviewed: number;
  total: number;
}

export interface ReviewedAnalysis extends Analysis {
  review: ArticleReview;
}

const byLastChange = (a: ReviewAnnotation, b: ReviewAnnotation): number =>
  lastChanged(a) < lastChanged(b) ? -1 : lastChanged(a) > lastChanged(b) ? 1 : 0;
const NO_RULES: ReadonlyMap<string, EntityRule> = new Map();
const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Selectors other tools may leave incomplete: a quote with neither context nor position (both optional in
 * W3C) is placed where it occurs once, never on one of several. A position alone is checked by anchorAll.
 */
function completeSelectors(text: string, selectors: Selectors): Selectors {
  const { quote, position: p } = selectors;
  if (!quote.exact || p || quote.prefix || quote.suffix) return selectors;
  const at = text.indexOf(quote.exact);
  return at >= 0 && text.indexOf(quote.exact, at + 1) < 0 ? describeSpan(text, at, at + quote.exact.length) : selectors;
}

/**
 * A window's analysis (a long text's first part) takes the annotations on its covered part only: the others,
 * neither applied nor orphaned, wait for the whole text's analysis.
 */
function inWindow(all: ReturnType<typeof anchorAnnotations>, window: Analysis['window']): typeof all {
  if (!window) return all;
  const end = window.covered.end;
  return {
    anchored: all.anchored.filter((a) => a.start < end),
    orphans: all.orphans.filter((o) => (o.annotation.selectors.position?.start ?? 0) < end),
  };
}

/** Anchors every annotation; incomplete selectors are completed from the text first. */
export function anchorAnnotations(
  text: string,
  annotations: readonly ReviewAnnotation[],
): { anchored: AnchoredReview[]; orphans: OrphanedReview[] } {
  const selectors: Selectors[] = annotations.map((a) => completeSelectors(text, a.selectors));
  const results = anchorAll(text, selectors);
  const anchored: AnchoredReview[] = [];
  const orphans: OrphanedReview[] = [];
  results.forEach((r, i) => {
    const annotation = annotations[i]!;
    if (r.orphaned) orphans.push({ annotation, reason: r.reason });
    else anchored.push({ annotation, start: r.start, end: r.end, method: r.method });
  });
  return { anchored, orphans };
}

export function applyReviews(
  machine: Analysis,
  text: string,
  annotations: readonly ReviewAnnotation[],
  rules: ReadonlyMap<string, EntityRule> = NO_RULES,
): ReviewedAnalysis {
  const ruled = applyEntityRules(machine.entities, machine.mentions, rules);
  const liveIds = new Set(ruled.entities.map((e) => e.id));
  const keepEntity = (a: Attribution): Attribution =>
    a.entityId && !liveIds.has(a.entityId) ? { ...a, entityId: undefined } : a;
  const all = inWindow(anchorAnnotations(text, annotations), machine.window);
  const orphans = all.orphans;
  const anchored = all.anchored.filter((a) => a.annotation.body.kind !== 'mention');
  // What the engine said (entity decisions and mention splits applied), whatever decisions came before.
  const split = applyMentionSplits(
    {
      ...ruled,
      quotes: machine.quotes.map((q) =>
        q.speaker ? { ...q, speaker: renamed(keepEntity(q.speaker), ruled.entities) } : q,
      ),
      claims: machine.claims.map((c) => ({ ...c, source: renamed(keepEntity(c.source), ruled.entities) })),
    },
    all.anchored.filter((a) => a.annotation.body.kind === 'mention'),
  );
  const { entities, mentions, quotes: machineQuotes, claims: machineClaims } = split;
  orphans.push(...split.orphans);
  anchored.push(
    ...all.anchored.filter(
      (a) => a.annotation.body.kind === 'mention' && !split.orphans.some((o) => o.annotation === a.annotation),
    ),
  );
  const state: Decisions = {
    machine,
    text,
    byName: entityNameIndex(entities),
    machineQuotes,
    machineClaims,
    quotes: [...machineQuotes],
    claims: [...machineClaims],
    added: { quotes: [], claims: [] },
    review: {
      anchored,
      orphans,
      notes: [],
      rejected: [],
      reviewed: 0,
      total: machine.quotes.length + machine.claims.length,
    },
    decided: new Set(),
    decidedMentions: [],
    unmatched: [],
    corrections: new Map(),
  };
  // Several decisions on one item: the last changed wins.
  for (const a of [...anchored].sort((x, y) => byLastChange(x.annotation, y.annotation))) {
    const { body, id } = a.annotation;
    if (body.kind === 'note') state.review.notes.push({ id, start: a.start, end: a.end, text: body.text });
    else if (body.kind === 'quote') decideQuote(state, a, body);
    else if (body.kind === 'claim') decideClaim(state, a, body);
  }
  carryOverCorrections(state.machineQuotes, state.quotes, state.decided, [...state.corrections.values()]);
  orphanUnmatchedDecisions(state);
  const { quotes, claims, added, review } = state;
  // What a reader added is reviewed by definition: "Reviewed n of m" counts it on both sides.
  const additions = added.quotes.length + added.claims.length;
  review.reviewed += additions;
  review.total += additions;
  const keptQuotes = [...quotes.filter((q): q is Quote => !!q), ...added.quotes].sort((x, y) => x.start - y.start);
  const keptClaims = [...claims.filter((c): c is Claim => !!c), ...added.claims].sort(
    (x, y) => x.content.start - y.content.start,
  );
  return {
    ...machine,
    entities,
    mentions,
    quotes: keptQuotes,
    claims: keptClaims,
    problems: reviewedProblems(machine.problems, keptQuotes, keptClaims, review, text.length, state.decidedMentions),
    review,
  };
}

/** The decisions applied so far over one article's machine quotes and claims. */
interface Decisions {
  machine: Analysis;
  text: string;
  byName: NameIndex;
  machineQuotes: readonly Quote[];
  machineClaims: readonly Claim[];
  /** The machine's items as decided so far; undefined once rejected. */
  quotes: (Quote | undefined)[];
  claims: (Claim | undefined)[];
  added: { quotes: Quote[]; claims: Claim[] };
  review: ArticleReview;
  /** Decided machine items: quote i as i, claim i as -1 - i. */
  decided: Set<number>;
  /** The machine's speaker and source mentions of decided items: their anonymous-source problems are settled too. */
  decidedMentions: Span[];
  /** Confirmations and corrections that found no machine item where they anchored. */
  unmatched: AnchoredReview[];
  /** Speaker corrections by machine quote, the last decision's: they carry over to quotes attributed through the same words. */
  corrections: Map<number, SpeakerCorrection>;
}

/** Counts a machine item as reviewed once, and replaces an earlier decision's rejection. */
function markDecided(
  state: Decisions,
  key: number,
  span: Span,
  what: 'quote' | 'claim',
  mention: Span | undefined,
): void {
  if (!state.decided.has(key)) state.review.reviewed++;
  state.decided.add(key);
  if (mention) state.decidedMentions.push(mention);
  state.review.rejected = state.review.rejected.filter((r) => r.what !== what || r.start !== span.start);
}

/** A decision over a machine item (confirmed, corrected, rejected) found no item where it anchored. */
const UNMATCHED = 'no quote or claim of the engine is where it anchored: it never becomes an added one';

/** Confirmations and corrections that found no machine item are orphans, never additions (issue 16 §1). */
function orphanUnmatchedDecisions({ review, unmatched }: Decisions): void {
  if (!unmatched.length) return;
  review.anchored = review.anchored.filter((a) => !unmatched.includes(a));
  review.orphans.push(...unmatched.map((a) => ({ annotation: a.annotation, reason: UNMATCHED })));
}

function decideQuote(state: Decisions, a: AnchoredReview, body: QuoteReview): void {
  const { id } = a.annotation;
  const i = bestMatch(state.machineQuotes, a);
  if (i < 0) {
    if (body.status === 'added') state.added.quotes.push(addedQuote(state.machine, state.text, a, body, state.byName));
    else if (body.status !== 'rejected') state.unmatched.push(a);
    return;
  }
  const quote = state.machineQuotes[i]!;
  markDecided(state, i, quote, 'quote', state.machine.quotes[i]!.speaker?.mention);
  state.corrections.delete(i);
  if (body.status === 'rejected') {
    state.review.rejected.push({ id, start: quote.start, end: quote.end, what: 'quote' });
    state.quotes[i] = undefined;
    return;
  }
  const mark: ReviewMark = {
    status: body.status === 'added' ? 'corrected' : body.status,
    annotation: id,
    ...(quote.speaker ? { machine: quote.speaker.name } : {}),
  };
  const speaker =
    body.status === 'confirmed' ? confirmed(quote.speaker) : readerSpeaker(body, state.byName, quote.speaker);
  if (quote.speaker && speaker && body.status !== 'confirmed')
    state.corrections.set(i, { machine: quote.speaker, reader: speaker });
  state.quotes[i] = { ...quote, speaker, review: mark };
}

function decideClaim(state: Decisions, a: AnchoredReview, body: ClaimReview): void {
  const { id } = a.annotation;
  const i = bestMatch(state.machineClaims, a, (c) => c.content);
  if (i < 0) {
    if (body.status === 'added') state.added.claims.push(addedClaim(a, body, state.byName));
    else if (body.status !== 'rejected') state.unmatched.push(a);
    return;
  }
  const claim = state.machineClaims[i]!;
  markDecided(state, -1 - i, claim.content, 'claim', state.machine.claims[i]!.source.mention);
  if (body.status === 'rejected') {
    state.review.rejected.push({ id, start: claim.content.start, end: claim.content.end, what: 'claim' });
    state.claims[i] = undefined;
    return;
  }
  const source = body.source
    ? readerSource(body, state.byName, claim.source)
    : body.status === 'confirmed'
      ? (confirmed(claim.source) ?? claim.source)
      : claim.source;
  state.claims[i] = { ...claim, source, review: claimMark(body, id, claim.source.name) };
}

/** The machine item the annotation sits on: the same span, else the one it overlaps most (over half of the longer). */
function bestMatch<T>(
  items: readonly (T | undefined)[],
  a: Span,
  spanOf: (item: T) => Span = (item) => item as unknown as Span,
): number {
  let best = -1;
  let bestOverlap = 0;
  items.forEach((item, i) => {
    if (!item) return;
    const s = spanOf(item);
    if (s.start === a.start && s.end === a.end) {
      best = i;
      bestOverlap = Infinity;
      return;
    }
    const o = overlap(s, a);
    if (o > bestOverlap && o * 2 > Math.max(s.end - s.start, a.end - a.start)) {
      best = i;
      bestOverlap = o;
    }
  });
  return best;
}

function confirmed(a: Attribution | null): Attribution | null {
  return a && { ...a, evidence: [...a.evidence, 'confirmed by a reader'] };
}

type NameIndex = Map<string, Entity>;

function entityNameIndex(entities: readonly Entity[]): NameIndex {
  const index: NameIndex = new Map();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases]) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), e);
  return index;
}

function readerAttribution(
  name: string,
  type: EntityType | undefined,
  byName: NameIndex,
  machine: Attribution | null,
  evidence: string,
): Attribution {
  const entity = byName.get(name.toLowerCase());
  return {
    name: entity?.name ?? name,
    ...(entity ? { entityId: entity.id } : { entityType: type ?? 'PER' }),
    ...(machine?.cue ? { cue: machine.cue } : {}),
    rule: 'reviewed',
    confidence: 1,
    evidence: [evidence],
  };
}

function readerSpeaker(body: QuoteReview, byName: NameIndex, machine: Attribution | null): Attribution | null {
  if (body.noSpeaker || !body.speaker) return null;
  const said = machine ? `the engine said ${machine.name || 'no name'}` : 'the engine found no speaker';
  return readerAttribution(
    body.speaker,
    body.speakerType,
    byName,
    machine,
    `${body.status === 'added' ? 'added' : 'corrected'} by a reader (${said})`,
  );
}

function readerSource(body: ClaimReview, byName: NameIndex, machine: Attribution): Attribution {
  return readerAttribution(
    body.source!,
    body.sourceType,
    byName,
    machine,
    `source corrected by a reader (the engine said ${machine.name || 'no name'})`,
  );
}

function claimMark(body: ClaimReview, id: string, machineSource: string): ReviewMark {
  const status = body.status === 'added' ? 'corrected' : body.status;
  return {
    status: body.source && status === 'confirmed' ? 'corrected' : status,
    annotation: id,
    ...(body.source ? { machine: machineSource } : {}),
    ...(body.verdict ? { verdict: body.verdict } : {}),
    ...(body.note ? { note: body.note } : {}),
    ...(body.evidence?.length ? { evidence: body.evidence } : {}),
  };
}

const OPENING = /^["“‘'«„]/;
const CLOSING = /["”’'»“]$/;

function addedQuote(machine: Analysis, text: string, a: AnchoredReview, body: QuoteReview, byName: NameIndex): Quote {
  const raw = text.slice(a.start, a.end);
  const inner = {
    start: a.start + (OPENING.test(raw) ? 1 : 0),
    end: a.end - (raw.length > 1 && CLOSING.test(raw) ? 1 : 0),
  };
  const paragraph = Math.max(
    0,
    machine.paragraphs.findIndex((p) => p.start <= a.start && a.start < p.end),
  );
  return {
    start: a.start,
    end: a.end,
    text: text.slice(inner.start, inner.end),
    inner,
    partial: false,
    unclosed: false,
    paragraph,
    speaker: readerSpeaker({ ...body, status: 'added' }, byName, null),
    review: { status: 'added', annotation: a.annotation.id },
  };
}

function addedClaim(a: AnchoredReview, body: ClaimReview, byName: NameIndex): Claim {
  const source = body.source
    ? readerAttribution(body.source, body.sourceType, byName, null, 'added by a reader')
    : { name: '', rule: 'reviewed' as const, confidence: 1, evidence: ['added by a reader'] };
  return {
    content: { start: a.start, end: a.end },
    source,
    cue: { start: a.start, end: a.start },
    hedges: [],
    sentence: { start: a.start, end: a.end },
    review: { ...claimMark(body, a.annotation.id, ''), status: 'added' },
  };
}
