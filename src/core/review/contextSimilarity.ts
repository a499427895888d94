// How well the text around a candidate match agrees with a stored prefix and suffix.
// Each side is read outward from the match boundary; the far end of the text is free, so a context
// shifted by an edit a few characters away still scores high.

/** Extra text characters read beyond the stored context length, so insertions near the boundary are absorbed. */
const CONTEXT_SLACK = 8;
/** Stands for "beyond the edge of the text" on both sides of the comparison. */
const EDGE = -1;

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance between `stored` (read outward from the boundary, then `edge` virtual edge-of-text
 * characters) and the text read outward from `boundary` in `direction` (+1 = rightwards from `boundary`,
 * -1 = leftwards from `boundary - 1`, then edge characters), where the stored side must be matched
 * completely and the text may stop anywhere.
 */
export function sideDistance(stored: string, text: string, boundary: number, direction: 1 | -1, edge = 0): number {
  const m = stored.length + edge;
  if (m === 0) return 0;
  const available = direction === 1 ? text.length - boundary : boundary;
  const n = edge > 0 ? m + CONTEXT_SLACK : Math.max(0, Math.min(available, m + CONTEXT_SLACK));
  const storedAt = (i: number) => (i >= stored.length ? EDGE : stored.charCodeAt(direction === 1 ? i : stored.length - 1 - i));
  const textAt = (j: number) => (j >= available ? EDGE : text.charCodeAt(direction === 1 ? boundary + j : boundary - 1 - j));
  if (n >= m) {
    let equal = true;
    for (let i = 0; i < m && equal; i++) equal = storedAt(i) === textAt(i);
    if (equal) return 0;
  }
  if (previousRow.length < n + 1) {
    previousRow = new Int32Array(2 * (n + 1));
    currentRow = new Int32Array(2 * (n + 1));
  }
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const s = storedAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitution = prev[j - 1]! + (s === textAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(substitution, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]!);
  return best;
}

/** How much "the text ends here" counts, in characters, when a stored side was cut short by the text's edge. */
const EDGE_WEIGHT = 8;

export interface ContextAgreement {
  /** 0..1: the share of the stored prefix and suffix characters found around the candidate (1 without context). */
  both: number;
  /** 0..1: each side on its own (1 for a side with nothing stored). */
  prefix: number;
  suffix: number;
}

/**
 * How the text around text[start, end) agrees with a stored prefix and suffix. A side stored shorter than
 * `contextChars` ended at the text's edge, and that edge is part of the context: a candidate at the same
 * edge agrees on it, one in mid-text does not.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string, contextChars: number): ContextAgreement {
  const side = (stored: string, boundary: number, direction: 1 | -1) => {
    const edge = stored.length < contextChars ? EDGE_WEIGHT : 0;
    const weight = stored.length + edge;
    return { weight, distance: weight ? sideDistance(stored, text, boundary, direction, edge) : 0 };
  };
  const before = side(prefix, start, -1);
  const after = side(suffix, end, 1);
  const total = before.weight + after.weight;
  const similarity = (s: { weight: number; distance: number }) => (s.weight ? 1 - s.distance / s.weight : 1);
  return { both: total ? 1 - (before.distance + after.distance) / total : 1, prefix: similarity(before), suffix: similarity(after) };
}
