// A claim as the cue finders produce it, before filters and hedges, and the ids of the rules that find its source.
import type { Span } from '../types';
import type { Cue } from '../sources/cues';
import type { SourcePhrase } from '../sources/sourcePhrases';

export interface RawClaim {
  cue: Cue;
  /** Null for a passive cue without an agent: "is expected to", "was seen as". */
  source: SourcePhrase | null;
  content: Span;
  /** The content follows "that", so quoted words in it are reported speech, not a direct quote. */
  viaThat?: boolean;
  /** The rule that found the source (claimSourceRules.ts); set whenever `source` is. */
  rule?: ClaimRuleId;
}

/** Any rule that finds a claim's source. */
export type ClaimRuleId = ClaimSourceRuleId | ClaimShapeRuleId;

/** Rules for a cue that opens its content, tried in order (CLAIM_SOURCE_RULES). */
export type ClaimSourceRuleId =
  | 'previous-claim'
  | 'next-to-cue'
  | 'infinitive'
  | 'relative-clause'
  | 'gerund-clause'
  | 'sentence-subject'
  | 'subject-at-start'
  | 'clause-subject';

/** Claims whose clause brings its source, found by the clause's own finder in claims.ts (CLAIM_SHAPE_RULES). */
export type ClaimShapeRuleId =
  | 'label'
  | 'closing-clause'
  | 'closing-inverted'
  | 'according-to'
  | 'in-survey'
  | 'passive-agent'
  | 'fronted-clause'
  | 'noun-owner'
  | 'noun-subject';
