// Bounded approximate search for an annotated text (Myers' bit-parallel algorithm via approx-string-match):
// near the old position first, then the whole text, always with a global look for rivals.
import search from 'approx-string-match';

export interface FuzzyMatch { start: number; end: number; similarity: number }
interface Span { start: number; end: number }

/** Characters around the old position searched first, beyond the quote's own length. */
const NEAR_WINDOW = 512;
/** Stands in for masked text: a noncharacter that never occurs in articles. */
const MASK = '\uffff';

function masked(text: string, spans: readonly Span[]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, s.start);
    if (s.end <= start) continue;
    out += text.slice(at, start) + MASK.repeat(s.end - start);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Matches with the fewest errors in text[from, to), one per cluster of overlapping matches (the longest). */
function bestMatches(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): (Span & { errors: number })[] {
  const found = search(text.slice(from, to), pattern, maxErrors)
    .map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: (Span & { errors: number })[] = [];
  for (const m of found) {
    const last = clusters[clusters.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) clusters[clusters.length - 1] = m;
    } else {
      clusters.push(m);
    }
  }
  return clusters;
}

/**
 * Approximate matches of `pattern` (≤ maxErrors edits) outside the `exclude` spans: the best ones (near
 * `position` when given, else anywhere), plus the best rivals elsewhere in the text, so the caller can
 * tell a clear winner from look-alikes.
 */
export function findFuzzy(text: string, pattern: string, maxErrors: number, position: Span | undefined, exclude: readonly Span[]): FuzzyMatch[] {
  let haystack = masked(text, exclude);
  let best: (Span & { errors: number })[] = [];
  if (position) {
    const from = Math.max(0, position.start - NEAR_WINDOW - pattern.length);
    const to = Math.min(text.length, position.end + NEAR_WINDOW + pattern.length);
    best = bestMatches(haystack, pattern, maxErrors, from, to);
  }
  if (!best.length) best = bestMatches(haystack, pattern, maxErrors);
  if (!best.length) return [];
  haystack = masked(haystack, best);
  const rivals = bestMatches(haystack, pattern, maxErrors);
  const similarity = (errors: number) => 1 - errors / pattern.length;
  return [...best, ...rivals].map((m) => ({ start: m.start, end: m.end, similarity: similarity(m.errors) }));
}
