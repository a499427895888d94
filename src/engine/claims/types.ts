// A claim as the cue finders produce it, before filters and hedges.
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
  /** The source is the sentence's subject, not a phrase next to the cue: less certain. */
  viaSubject?: boolean;
}
