// The thresholds of re-anchoring, in one place. Context scores are 0..1 (see contextSimilarity).

/** A candidate place for an annotation: its span, quote similarity (1 = exact) and context agreement (both sides, each side). */
export interface Candidate {
  start: number;
  end: number;
  similarity: number;
  context: number;
  prefixSide: number;
  suffixSide: number;
}

/** A fuzzy match may differ from the annotated text in at most this share of its characters. */
export const MAX_ERROR_RATE = 0.15;

/** Longer annotated texts are only looked for exactly (an approximate search would cost too much). */
export const MAX_FUZZY_LENGTH = 2048;

/** At most this many edits, whatever the length: meaning-keeping edits (reflowed lines, typos) are few. */
export const MAX_FUZZY_ERRORS = 64;

/**
 * The approximate search's work allowed for one article's annotations, in text characters × 32-character
 * pattern blocks (the bit-parallel search's unit of work; counted, not timed, so results are reproducible).
 * About 0.1 s of searching; past it, annotations that need a near match orphan with a reason saying so.
 */
export const FUZZY_WORK_BUDGET = 20_000_000;

/** An annotated text occurring more often than this is too common to place by its surroundings. */
export const MAX_OCCURRENCES = 5000;

/** Two candidates whose quote similarity + context agreement differ by less than this cannot be told apart. */
export const AMBIGUITY_MARGIN = 0.25;

/** Context agreement above which a match needs no further evidence (a nearby edit at most). */
export const CLEAR_CONTEXT = 0.85;

/** The evidence for a candidate: how much of the quote and of its surroundings it reproduces. */
export const score = (c: Candidate) => c.similarity + c.context;

/**
 * Exact quotes at least this long are evidence enough by themselves; shorter ones need their surroundings.
 * Only exact ones: a near match, however long, must also say the same thing (statementCheck.ts).
 */
const SELF_EVIDENT_LENGTH = 48;
/** What a very short exact quote needs: most of its context, and one side almost intact. */
const SHORT_QUOTE_CONTEXT = 0.7;
const STRONG_SIDE = 0.8;
/** What any fuzzy match needs, whatever its length: the quote itself changed, so its surroundings must not have. */
const FUZZY_CONTEXT = 0.6;

/** A short quote in changed surroundings: plausible, but only taken when neighbouring annotations moved the same way. */
export const needsConfirmation = (c: Candidate, quoteLength: number) =>
  quoteLength < SELF_EVIDENT_LENGTH && c.context < CLEAR_CONTEXT;

/** The exact text still at its old position needs only one side of its context: a look-alike landing on that very offset is a rare coincidence. */
export const holdsPosition = (c: Candidate) =>
  c.similarity === 1 && Math.max(c.prefixSide, c.suffixSide) >= STRONG_SIDE;

/** Whether a match of a quote this long has enough support from its surroundings to be considered at all. */
export function contextSupports(quoteLength: number, c: Candidate): boolean {
  const strongSide = Math.max(c.prefixSide, c.suffixSide) >= STRONG_SIDE;
  if (c.similarity < 1) return c.context >= FUZZY_CONTEXT && strongSide;
  const shortness = Math.max(0, 1 - quoteLength / SELF_EVIDENT_LENGTH);
  return shortness === 0 || (c.context >= SHORT_QUOTE_CONTEXT * shortness && strongSide);
}
