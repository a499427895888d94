// How well the text around a candidate match agrees with a stored prefix and suffix.
// Each side is read outward from the match boundary; the far end of the text is free, so a context
// shifted by an edit a few characters away still scores high.

/** Extra text characters read beyond the stored context length, so insertions near the boundary are absorbed. */
const CONTEXT_SLACK = 8;

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance between `stored` (read outward from the boundary) and the text read outward from
 * `boundary` in `direction` (+1 = rightwards from `boundary`, -1 = leftwards from `boundary - 1`),
 * where `stored` must be matched completely and the text may stop anywhere.
 */
export function sideDistance(stored: string, text: string, boundary: number, direction: 1 | -1): number {
  const m = stored.length;
  if (m === 0) return 0;
  const available = direction === 1 ? text.length - boundary : boundary;
  const n = Math.max(0, Math.min(available, m + CONTEXT_SLACK));
  const storedAt = (i: number) => stored.charCodeAt(direction === 1 ? i : m - 1 - i);
  const textAt = (j: number) => text.charCodeAt(direction === 1 ? boundary + j : boundary - 1 - j);
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

/** 0..1: the share of the stored prefix and suffix characters found around text[start, end). 1 when there is no context. */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const distance = sideDistance(prefix, text, start, -1) + sideDistance(suffix, text, end, 1);
  return 1 - distance / total;
}
