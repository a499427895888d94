// The problems of a reviewed article: those a reader settled are dropped, orphaned annotations added. Pure.
import type { Claim, Problem, Quote, Span } from '../../engine/types';
import type { ArticleReview } from './apply';

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

const SPEAKER_PROBLEMS = new Set(['unattributed-quote', 'ambiguous-attribution', 'ambiguous-speaker']);

/** Problems a reader has settled are dropped; orphaned annotations become problems of their own. */
export function reviewedProblems(
  problems: readonly Problem[],
  quotes: readonly Quote[],
  claims: readonly Claim[],
  review: ArticleReview,
  length: number,
  decidedMentions: readonly Span[],
): Problem[] {
  const settled: Span[] = [
    ...quotes.filter((q) => q.review),
    ...claims.filter((c) => c.review).map((c) => c.content),
    ...review.rejected,
    ...decidedMentions,
  ];
  const out = problems.filter((p) => {
    if (!SPEAKER_PROBLEMS.has(p.code) && p.code !== 'anonymous-source') return true;
    return !settled.some((s) => overlap(s, p) > 0 || (p.start === p.end && s.start <= p.start && p.start <= s.end));
  });
  for (const { annotation, reason } of review.orphans) {
    const at = Math.min(annotation.selectors.position?.start ?? 0, length);
    const exact = annotation.selectors.quote.exact;
    out.push({
      code: 'orphaned-annotation',
      start: at,
      end: at,
      severity: 'warning',
      message: `A review annotation lost its place (${reason}): “${exact.length > 60 ? `${exact.slice(0, 59)}…` : exact}”. It is kept, listed under Orphaned in the Sources view.`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
