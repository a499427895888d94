// A claim's confidence as the probability that its source is right: a logistic model over the evidence (the
// source rule, distances, the kind of source, agreement with the quotes around it), fitted on dev data by
// scripts/fit-confidence.mjs and shipped as claimSourceConfidence.json; the same form as the speakers' model.
import model from './claimSourceConfidence.json';
import { speakerProbability } from '../quotes/confidence';
import type { Attribution, Claim, Entity, Quote, Span } from '../types';
import { CLAIM_SHAPE_RULES, CLAIM_SOURCE_RULES } from './claimSourceRules';

const RULES: readonly string[] = [...CLAIM_SOURCE_RULES, ...CLAIM_SHAPE_RULES].map((r) => r.id);
const PRONOUN = /^(he|she|they|it|i|we|you|who|which|that)$/i;

/** The names of the features, in the order of `claimSourceFeatures` and of the model's weights. */
export const CLAIM_SOURCE_FEATURES: readonly string[] = [
  ...RULES.map((r) => `rule:${r}`),
  'unnamed',
  'prior',
  'cueDistance',
  'contentDistance',
  'contentLength',
  'pronounMention',
  'entity',
  'entityPerson',
  'entityOrganization',
  'entityPlace',
  'anonymous',
  'singleWord',
  'lowerCaseName',
  'described',
  'candidates',
  'hedged',
  'quoteSpeakerNearby',
  'salience',
];

export interface ClaimConfidenceInput {
  text: string;
  claims: readonly Claim[];
  quotes: readonly Quote[];
  entities: readonly Entity[];
}

const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);
const logScale = (chars: number): number => Math.log1p(chars) / 8;

const NEARBY = 300;
const speakerKey = (a: Attribution): string => `${a.entityId ?? ''}\u0000${a.name}`;

/** Quotes by speaker (entity and name), in text order: a claim looks up only its own source's. */
function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const by = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const key = speakerKey(q.speaker);
    const list = by.get(key);
    if (list) list.push(q);
    else by.set(key, [q]);
  }
  return by;
}

/** Whether a quote of the claim's source lies within its sentence or 300 characters of it (binary search). */
function quoteSpeakerNearby(bySpeaker: ReadonlyMap<string, readonly Quote[]>, claim: Claim): number {
  const quotes = bySpeaker.get(speakerKey(claim.source));
  if (!quotes) return 0;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end + NEARBY <= claim.sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q && gap(q, claim.sentence) < NEARBY ? 1 : 0;
}

function sourceFeatures(byId: ReadonlyMap<string, Entity>, text: string, s: Attribution): number[] {
  const entity = s.entityId ? byId.get(s.entityId) : undefined;
  const mentionText = s.mention ? text.slice(s.mention.start, s.mention.end).trim() : '';
  return [
    PRONOUN.test(mentionText) ? 1 : 0,
    entity ? 1 : 0,
    entity?.type === 'PER' ? 1 : 0,
    entity?.type === 'ORG' ? 1 : 0,
    entity?.type === 'LOC' ? 1 : 0,
    s.anonymous ? 1 : 0,
    /\s/.test(s.name.trim()) ? 0 : 1,
    /^\p{Ll}/u.test(s.name) ? 1 : 0,
    s.phrase || s.role || s.description ? 1 : 0,
    Math.min(3, s.candidates?.length ?? 0) / 3,
  ];
}

function claimFeatures(
  input: ClaimConfidenceInput,
  byId: ReadonlyMap<string, Entity>,
  bySpeaker: ReadonlyMap<string, readonly Quote[]>,
  c: Claim,
): number[] {
  const s = c.source;
  const entity = s.entityId ? byId.get(s.entityId) : undefined;
  const unnamed = !s.name.trim();
  return [
    ...RULES.map((r) => (c.sourceRule === r ? 1 : 0)),
    unnamed ? 1 : 0,
    s.ruleConfidence ?? s.confidence,
    s.mention ? logScale(gap(s.mention, c.cue)) : 1,
    logScale(gap(c.content, c.cue)),
    logScale(c.content.end - c.content.start),
    ...(unnamed ? new Array<number>(10).fill(0) : sourceFeatures(byId, input.text, s)),
    c.hedges.length ? 1 : 0,
    unnamed ? 0 : quoteSpeakerNearby(bySpeaker, c),
    entity ? Math.min(1, Math.log1p(entity.mentions.length) / 3) : 0,
  ];
}

/** The evidence features of every claim, in claim order. */
export function claimSourceFeatures(input: ClaimConfidenceInput): number[][] {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const bySpeaker = quotesBySpeaker(input.quotes);
  return input.claims.map((c) => claimFeatures(input, byId, bySpeaker, c));
}

/** Replace each claim source's rule confidence by the model's probability, and say so in the evidence. */
export function applyClaimSourceConfidence(input: ClaimConfidenceInput): void {
  if (model.weights.length !== CLAIM_SOURCE_FEATURES.length) return; // no fitted model: the rules' confidences stay
  const features = claimSourceFeatures(input);
  input.claims.forEach((c, i) => {
    const guess = c.source.ambiguity === 'surname' ? 1 / Math.max(2, c.source.candidates?.length ?? 2) : 1;
    const p = Math.round(Math.min(guess, speakerProbability(features[i]!, model)) * 1000) / 1000;
    c.source.ruleConfidence ??= c.source.confidence;
    c.source.confidence = p;
    c.source.evidence = [...c.source.evidence, `confidence ${p.toFixed(2)} from the evidence (fitted model)`];
  });
}
