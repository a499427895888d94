// The review flow: which machine annotations of an article still wait for a reader, lowest confidence
// first, and which may be confirmed in bulk.
import type { Claim, Quote, Span } from '../../engine/types';
import type { ReviewedAnalysis } from './apply';

export type ReviewItem =
  | { kind: 'quote'; quote: Quote; confidence: number; span: Span }
  | { kind: 'claim'; claim: Claim; confidence: number; span: Span };

export function unreviewed(analysis: ReviewedAnalysis): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const quote of analysis.quotes) {
    if (!quote.review) items.push({ kind: 'quote', quote, confidence: quote.speaker?.confidence ?? 0, span: quote });
  }
  for (const claim of analysis.claims) {
    if (!claim.review) items.push({ kind: 'claim', claim, confidence: claim.source.confidence, span: claim.content });
  }
  return items;
}

/** Unreviewed items, lowest confidence first, then in document order. */
export function reviewOrder(analysis: ReviewedAnalysis): ReviewItem[] {
  return unreviewed(analysis).sort((a, b) => a.confidence - b.confidence || a.span.start - b.span.start);
}

/** The next item to review: the least confident one (ties: the first after `offset`, wrapping around). */
export function nextToReview(analysis: ReviewedAnalysis, offset = -1): ReviewItem | undefined {
  const order = reviewOrder(analysis);
  const lowest = order[0]?.confidence;
  if (lowest === undefined) return undefined;
  const tied = order.filter((i) => i.confidence === lowest);
  return tied.find((i) => i.span.start > offset) ?? tied[0];
}

/** Unreviewed items with a speaker or source at or above the confidence (0..1). */
export function confirmable(analysis: ReviewedAnalysis, threshold: number): ReviewItem[] {
  return unreviewed(analysis).filter(
    (i) => i.confidence >= threshold && (i.kind === 'claim' ? !!i.claim.source.name : !!i.quote.speaker),
  );
}
