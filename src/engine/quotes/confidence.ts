// A quote's confidence as the probability that its speaker is right: a logistic model over the evidence
// (rule, distances, candidates, surname ambiguity, entity type, agreement in the paragraph), fitted on dev data
// by scripts/fit-confidence.mjs and shipped as speakerConfidence.json.
import model from './speakerConfidence.json';
import type { Attribution, Entity, Quote, Span } from '../types';

/** The rules with a weight of their own; any other rule counts as none of them. */
const RULES = [
  'adjacent',
  'inverted',
  'appositive',
  'pronoun',
  'label',
  'signature',
  'colon',
  'reported-speech',
  'multi-paragraph',
  'introduction',
  'continuation',
  'previous-sentence',
  'previous-paragraph',
  'next-sentence',
  'previous-quote',
] as const;

const PRONOUN_NAMES = /^(he|she|they|it|i|we|you|who|which|that)$/i;
const FIRST_PERSON = /^(i|we|you)$/i;

/** The names of the features, in the order of `speakerFeatures` and of the model's weights. */
export const SPEAKER_FEATURES: readonly string[] = [
  ...RULES.map((r) => `rule:${r}`),
  'prior',
  'cueDistance',
  'mentionDistance',
  'candidates',
  'pronounMention',
  'firstPersonUnresolved',
  'entity',
  'entityPerson',
  'entityOrganization',
  'entityPlace',
  'surnameShared',
  'anonymous',
  'singleWord',
  'lowerCaseName',
  'paragraphOthers',
  'paragraphAgreement',
  'described',
  'namedInsideQuote',
  'salience',
];

interface SpeakerModel {
  features: string[];
  weights: number[];
  bias: number;
}

/** The document-level facts the features read. */
export interface ConfidenceInput {
  text: string;
  quotes: readonly Quote[];
  entities: readonly Entity[];
}

const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);
const logScale = (chars: number): number => Math.log1p(chars) / 8;
const lastWord = (name: string): string => (name.trim().split(/\s+/).pop() ?? '').toLowerCase();

/**
 * Per document: entities by id, how many people share each surname, and per paragraph its attributed quotes
 * (not partial) by speaker name, counted once rather than for each quote.
 */
class DocFacts {
  readonly byId: Map<string, Entity>;
  private readonly surnames = new Map<string, number>();
  readonly attributed = new Map<number, { count: number; bySpeaker: Map<string, number> }>();

  constructor(readonly input: ConfidenceInput) {
    this.byId = new Map(input.entities.map((e) => [e.id, e]));
    for (const e of input.entities) {
      if (e.type !== 'PER' || !/\s/.test(e.name)) continue;
      const s = lastWord(e.name);
      this.surnames.set(s, (this.surnames.get(s) ?? 0) + 1);
    }
    for (const q of input.quotes) {
      if (!q.speaker || q.partial) continue;
      let paragraph = this.attributed.get(q.paragraph);
      if (!paragraph) this.attributed.set(q.paragraph, (paragraph = { count: 0, bySpeaker: new Map() }));
      paragraph.count++;
      paragraph.bySpeaker.set(q.speaker.name, (paragraph.bySpeaker.get(q.speaker.name) ?? 0) + 1);
    }
  }

  sharedSurname(name: string): boolean {
    return (this.surnames.get(lastWord(name)) ?? 0) > 1;
  }
}

/** Whether other attributed quotes share the quote's paragraph, and the share of them given to its speaker. */
function paragraphAgreement(facts: DocFacts, q: Quote): [number, number] {
  const paragraph = facts.attributed.get(q.paragraph);
  const self = q.partial ? 0 : 1; // `q` has a speaker: counted in its paragraph unless partial
  const others = (paragraph?.count ?? 0) - self;
  if (!others) return [0, 0];
  const same = (paragraph!.bySpeaker.get(q.speaker!.name) ?? 0) - self;
  return [1, same / others];
}

function entityFeatures(facts: DocFacts, s: Attribution): number[] {
  const entity = s.entityId ? facts.byId.get(s.entityId) : undefined;
  return [
    entity ? 1 : 0,
    entity?.type === 'PER' ? 1 : 0,
    entity?.type === 'ORG' ? 1 : 0,
    entity?.type === 'LOC' ? 1 : 0,
    entity?.type === 'PER' && facts.sharedSurname(entity.name) ? 1 : 0,
  ];
}

function quoteFeatures(facts: DocFacts, q: Quote): number[] {
  const s = q.speaker!;
  const text = facts.input.text;
  const mentionText = s.mention ? text.slice(s.mention.start, s.mention.end) : '';
  const entity = s.entityId ? facts.byId.get(s.entityId) : undefined;
  const [others, agreement] = paragraphAgreement(facts, q);
  const inner = text.slice(q.inner.start, q.inner.end).toLowerCase();
  return [
    ...RULES.map((r) => (s.rule === r ? 1 : 0)),
    s.ruleConfidence ?? s.confidence,
    s.cue ? logScale(gap(q, s.cue)) : 1,
    s.mention ? logScale(gap(q, s.mention)) : 1,
    Math.min(3, s.candidates?.length ?? 0) / 3,
    PRONOUN_NAMES.test(mentionText.trim()) ? 1 : 0,
    FIRST_PERSON.test(s.name.trim()) ? 1 : 0,
    ...entityFeatures(facts, s),
    s.anonymous ? 1 : 0,
    /\s/.test(s.name.trim()) ? 0 : 1,
    /^\p{Ll}/u.test(s.name) ? 1 : 0,
    others,
    agreement,
    s.phrase || s.role || s.description ? 1 : 0,
    s.name.length > 2 && inner.includes(lastWord(s.name)) ? 1 : 0,
    entity ? Math.min(1, Math.log1p(entity.mentions.length) / 3) : 0,
  ];
}

/** The evidence features of every attributed quote (null for quotes without a speaker), in quote order. */
export function speakerFeatures(input: ConfidenceInput): (number[] | null)[] {
  const facts = new DocFacts(input);
  return input.quotes.map((q) => (q.speaker ? quoteFeatures(facts, q) : null));
}

/** The model's probability for one feature vector. */
export function speakerProbability(features: readonly number[], m: SpeakerModel = model): number {
  let z = m.bias;
  for (let k = 0; k < features.length; k++) z += (m.weights[k] ?? 0) * features[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** Replace each speaker's rule confidence by the model's probability, and say so in the evidence. */
export function applySpeakerConfidence(input: ConfidenceInput): void {
  if (model.weights.length !== SPEAKER_FEATURES.length) return; // no fitted model: the rules' confidences stay
  const features = speakerFeatures(input);
  input.quotes.forEach((q, i) => {
    const f = features[i];
    if (!q.speaker || !f) return;
    // A tie between people who share a surname is a guess among them, whatever else the evidence says.
    const guess = q.speaker.ambiguity === 'surname' ? 1 / Math.max(2, q.speaker.candidates?.length ?? 2) : 1;
    const p = Math.round(Math.min(guess, speakerProbability(f)) * 1000) / 1000;
    q.speaker.ruleConfidence ??= q.speaker.confidence;
    q.speaker.confidence = p;
    q.speaker.evidence = [...q.speaker.evidence, `confidence ${p.toFixed(2)} from the evidence (fitted model)`];
  });
}
