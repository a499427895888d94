// The thresholds of re-anchoring, in one place. Context scores are 0..1 (see contextSimilarity).
import type { ContextAgreement } from './contextSimilarity';

/** A candidate place for an annotation: its span, quote similarity (1 = exact) and context agreement. */
export interface Candidate { start: number; end: number; similarity: number; context: number; bestSide: number }

/** A fuzzy match may differ from the annotated text in at most this share of its characters. */
export const MAX_ERROR_RATE = 0.15;

/** The old position wins over an equally placed copy when its context is at most this much worse than the best. */
export const POSITION_TOLERANCE = 0.05;

/** Two candidates closer than this (context, or quote + context for fuzzy matches) cannot be told apart. */
export const AMBIGUITY_MARGIN = 0.25;

/** Quotes at least this long are evidence enough by themselves; shorter ones need their surroundings. */
const SELF_EVIDENT_LENGTH = 48;
/** What a very short exact quote needs: most of its context, and one side almost intact. */
const SHORT_QUOTE_CONTEXT = 0.7;
const STRONG_SIDE = 0.8;
/** What any fuzzy match needs, whatever its length: the quote itself changed, so its surroundings must not have. */
const FUZZY_CONTEXT = 0.6;

/** Whether a match of a quote this long has enough support from its surroundings. */
export function contextSupports(quoteLength: number, context: ContextAgreement, fuzzy = false): boolean {
  if (fuzzy) return context.both >= FUZZY_CONTEXT && context.bestSide >= STRONG_SIDE;
  const shortness = Math.max(0, 1 - quoteLength / SELF_EVIDENT_LENGTH);
  return shortness === 0 || (context.both >= SHORT_QUOTE_CONTEXT * shortness && context.bestSide >= STRONG_SIDE);
}
