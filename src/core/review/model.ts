// The human review layer's data model: a reader's decisions over the machine's annotations and the
// reader's own annotations, each anchored to the article text. Pure; W3C JSON-LD mapping in jsonld.ts.
import type { EntityType } from '../../engine/types';
import { entityKey } from '../summary/entityKey';
import type { Selectors } from './anchoring/anchoring';

export type ReviewStatus = 'confirmed' | 'corrected' | 'rejected' | 'added';

export const VERDICTS = ['unchecked', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  unchecked: 'Unchecked',
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** An entity type a reader can give: the engine's three, or "not an entity". */
export type EntityChoice = EntityType | 'none';

export interface QuoteReview {
  kind: 'quote';
  status: ReviewStatus;
  /** The speaker the reader named (corrected, added); absent with `noSpeaker` or when confirmed. */
  speaker?: string;
  speakerType?: EntityType;
  /** "No speaker named": the quote stands without a speaker. */
  noSpeaker?: boolean;
  /** The engine's speaker when the reader decided, for "corrected (the engine said Y)". */
  machineSpeaker?: string;
}

export interface ClaimReview {
  kind: 'claim';
  status: ReviewStatus;
  source?: string;
  sourceType?: EntityType;
  machineSource?: string;
  verdict?: Verdict;
  note?: string;
  evidence?: string[];
}

/** A decision over an entity; applies to that entity in every article of the collection. */
export interface EntityReview {
  kind: 'entity';
  status: ReviewStatus;
  /** The machine entity's workspace key, e.g. "PER:obama". */
  entity: string;
  /** Its display name when the reader decided. */
  entityName: string;
  type?: EntityChoice;
  /** A new canonical name. */
  name?: string;
  /** Merged into this entity (workspace key) … */
  sameAs?: string;
  /** … shown under this name. */
  sameAsName?: string;
}

/**
 * "This mention is a different person": one mention leaves the entity it was given (after the collection's
 * merges) for the entity named here, in this article only. Undoes an over-broad merge for that mention.
 */
export interface MentionReview {
  kind: 'mention';
  status: ReviewStatus;
  /** The entity the mention leaves (workspace key as shown when the reader decided), for the record. */
  entity: string;
  entityName: string;
  /** Who the mention is: an entity of the article by that name, else a new one. */
  name: string;
  type?: EntityType;
}

export interface NoteReview {
  kind: 'note';
  text: string;
}

/** An annotation body written by another tool that this layer keeps but does not interpret. */
export interface ForeignBody {
  kind: 'foreign';
  raw: unknown;
}

export type ReviewBody = QuoteReview | ClaimReview | EntityReview | MentionReview | NoteReview | ForeignBody;

export interface ReviewAnnotation {
  /** `urn:uuid:…` for annotations made here; any IRI for others. */
  id: string;
  created: string;
  modified?: string;
  creator?: unknown;
  motivation?: string;
  /** The article, relative to the collection root, '/'-separated. */
  source: string;
  selectors: Selectors;
  body: ReviewBody;
  /** Other JSON-LD properties of annotations written by other tools, kept on rewrite. */
  extra?: Record<string, unknown>;
}

export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** When the annotation last changed (for merges: the later one wins). */
export function lastChanged(a: ReviewAnnotation): string {
  return a.modified ?? a.created;
}

export interface EntityRule {
  /** The annotation that carries the decision. */
  id: string;
  at: string;
  body: EntityReview;
}

/** Entity decisions of the whole collection keyed by the machine entity's key; the latest per key wins. */
export function entityRules(annotations: Iterable<ReviewAnnotation>): Map<string, EntityRule> {
  const latest = new Map<string, EntityRule>();
  for (const a of annotations) {
    if (a.body.kind !== 'entity') continue;
    const previous = latest.get(a.body.entity);
    if (!previous || previous.at <= lastChanged(a))
      latest.set(a.body.entity, { id: a.id, at: lastChanged(a), body: a.body });
  }
  return latest;
}

/** Where a machine entity key ends up after merges (followed through chains; a cycle ends where its latest merge points). */
export function ruleTarget(
  key: string,
  rules: ReadonlyMap<string, EntityRule>,
): { key: string; name?: string; rule?: EntityRule } {
  let current = key;
  let name: string | undefined;
  let first: EntityRule | undefined;
  const path = [key];
  for (let rule = rules.get(current); rule; rule = rules.get(current)) {
    first ??= rule;
    const body = rule.body;
    if (body.type === 'none') return { key: '', rule: first };
    if (body.sameAs) {
      const loopAt = path.indexOf(body.sameAs);
      if (loopAt >= 0) {
        const latest = latestRule(path.slice(loopAt).map((k) => rules.get(k)!));
        return {
          key: latest.body.sameAs!,
          name: latest.body.sameAsName ?? latest.body.sameAs!.replace(/^[A-Z]+:/, ''),
          rule: first,
        };
      }
      current = body.sameAs;
      name = body.sameAsName ?? body.sameAs.replace(/^[A-Z]+:/, '');
      path.push(current);
      continue;
    }
    const type = body.type ?? current.slice(0, current.indexOf(':'));
    if (body.name) name = body.name;
    return { key: entityKey(type as EntityType, name ?? current.slice(current.indexOf(':') + 1)), name, rule: first };
  }
  return { key: current, name, rule: first };
}

/** The most recent rule; equal times are broken by entity key, so every start point agrees. */
function latestRule(rules: readonly EntityRule[]): EntityRule {
  return rules.reduce((a, b) => (b.at > a.at || (b.at === a.at && b.body.entity > a.body.entity) ? b : a));
}
