// Bounded approximate search for an annotated text (Myers' bit-parallel algorithm via approx-string-match):
// near the old position first, then the whole text, always with a global look for rivals. Each match's
// ends are then moved to where the stored context says the annotation begins and ends, if that stays
// within the error bound; a match that only fits the bound by cutting the annotation short is dropped.
// Every search is paid from a work budget shared by the article's annotations (FuzzyBudget).
import search from 'approx-string-match';
import type { StoredContext } from './contextSimilarity';
import type { SidePattern } from './sidePattern';

export interface FuzzyMatch {
  start: number;
  end: number;
  similarity: number;
}
interface Span {
  start: number;
  end: number;
}

/** Characters around the old position searched first, beyond the quote's own length. */
const NEAR_WINDOW = 512;
/** Stands in for masked text: a noncharacter that never occurs in articles. */
const MASK = '\uffff';
/** A context side must agree this well at a moved end for the move to be trusted. */
const ALIGNED_SIDE = 0.8;

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

/** Thrown when a search would go past the budget: the caller orphans the annotation and says why. */
export class BudgetSpent extends Error {
  constructor() {
    super('the search for near matches used up its budget for this article');
  }
}

/** Work units (text characters × 32-character pattern blocks) left for one article's approximate searches. */
export class FuzzyBudget {
  constructor(private remaining: number) {}

  /** Pays for `units` of work, or throws BudgetSpent when they are not left. */
  spend(units: number): void {
    if (units > this.remaining) {
      this.remaining = 0;
      throw new BudgetSpent();
    }
    this.remaining -= units;
  }

  get left(): number {
    return this.remaining;
  }
}

const blocks = (length: number) => Math.ceil(length / 32);

/** Matches with the fewest errors in text[from, to), one per cluster of overlapping matches (the longest). */
function bestMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  budget: FuzzyBudget,
  from = 0,
  to = text.length,
): (Span & { errors: number })[] {
  budget.spend((to - from) * blocks(pattern.length));
  const raw = search(text.slice(from, to), pattern, maxErrors);
  // Each match's start is found by a search backwards over about the pattern's length.
  budget.spend(raw.length * (pattern.length + maxErrors) * blocks(pattern.length));
  const found = raw
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

/** Edit distance of a and b, or max + 1 when it exceeds max (banded dynamic programming). */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    cur.fill(max + 1);
    cur[0] = i;
    let rowMin = from === 1 ? i : max + 1;
    for (let j = from; j <= to; j++) {
      const v = Math.min(
        prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
        prev[j]! + 1,
        cur[j - 1]! + 1,
      );
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** Characters next to the boundary that a moved end must reproduce exactly to be considered. */
const ANCHOR_KEY = 8;

/**
 * The offset within ±reach of `at` where a context side fits best, if it fits well there and better than
 * at `at`. Only offsets where the stored side's characters next to the boundary recur are tried.
 */
function alignedEnd(text: string, stored: string, side: SidePattern, at: number, reach: number): number {
  if (!stored.length) return at;
  const { direction } = side;
  let best = at;
  let bestDistance = side.distance(text, at);
  if (bestDistance === 0) return at;
  const key = direction === 1 ? stored.slice(0, ANCHOR_KEY) : stored.slice(-ANCHOR_KEY);
  const from = Math.max(0, at - reach - key.length);
  const to = Math.min(text.length, at + reach + key.length);
  for (
    let found = text.indexOf(key, from);
    found >= 0 && found + key.length <= to;
    found = text.indexOf(key, found + 1)
  ) {
    const boundary = direction === 1 ? found : found + key.length;
    if (Math.abs(boundary - at) > reach) continue;
    const distance = side.distance(text, boundary);
    if (distance < bestDistance || (distance === bestDistance && Math.abs(boundary - at) < Math.abs(best - at)))
      [best, bestDistance] = [boundary, distance];
  }
  return 1 - bestDistance / side.length >= ALIGNED_SIDE ? best : at;
}

/** The match with its ends moved to fit the stored context, or undefined when that breaks the error bound. */
function alignToContext(
  text: string,
  pattern: string,
  maxErrors: number,
  m: Span,
  context: StoredContext,
  budget: FuzzyBudget,
): FuzzyMatch | undefined {
  budget.spend(pattern.length * blocks(2 * maxErrors + 1));
  const start = alignedEnd(text, context.prefixText, context.prefix, m.start, maxErrors);
  const end = Math.max(start, alignedEnd(text, context.suffixText, context.suffix, m.end, maxErrors));
  const errors = editDistanceWithin(text.slice(start, end), pattern, maxErrors);
  return errors > maxErrors ? undefined : { start, end, similarity: 1 - errors / pattern.length };
}

/**
 * Approximate matches of `pattern` (≤ maxErrors edits) outside the `exclude` spans: the best ones (near
 * `position` when given, else anywhere), plus the best rivals elsewhere in the text, so the caller can
 * tell a clear winner from look-alikes.
 */
export function findFuzzy(
  text: string,
  pattern: string,
  maxErrors: number,
  position: Span | undefined,
  exclude: readonly Span[],
  context: StoredContext,
  budget: FuzzyBudget,
): FuzzyMatch[] {
  let haystack = masked(text, exclude);
  let best: Span[] = [];
  if (position) {
    const from = Math.max(0, position.start - NEAR_WINDOW - maxErrors);
    const to = Math.min(text.length, position.start + pattern.length + NEAR_WINDOW + maxErrors);
    best = bestMatches(haystack, pattern, maxErrors, budget, from, to);
  }
  if (!best.length) best = bestMatches(haystack, pattern, maxErrors, budget);
  if (!best.length) return [];
  haystack = masked(haystack, best);
  const rivals = bestMatches(haystack, pattern, maxErrors, budget);
  return [...best, ...rivals]
    .map((m) => alignToContext(text, pattern, maxErrors, m, context, budget))
    .filter((m) => m !== undefined);
}
