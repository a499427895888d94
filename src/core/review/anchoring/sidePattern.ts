// One side of a stored context (prefix or suffix, read outward from the annotation), compiled once for
// Myers' bit-parallel edit distance so that every candidate place costs one pass over ≤ 40 characters.

/** Stands for "beyond the edge of the text", on both sides of the comparison. */
export const EDGE = -1;
/** Bits in a JavaScript bitwise word: the longest pattern one word handles. */
const WORD = 32;
/** Extra text characters read beyond the pattern length, so insertions near the boundary are absorbed. */
const CONTEXT_SLACK = 8;

export class SidePattern {
  /** Pattern length in characters, edge characters included (≤ 32). */
  readonly length: number;
  private readonly masks = new Map<number, number>();

  /** `stored` as stored (a prefix reads leftwards from its end, a suffix rightwards), then `edge` edge characters. */
  constructor(
    stored: string,
    readonly direction: 1 | -1,
    edge: number,
  ) {
    const codes: number[] = [];
    for (let i = 0; i < stored.length; i++) codes.push(stored.charCodeAt(direction === 1 ? i : stored.length - 1 - i));
    for (let i = 0; i < edge; i++) codes.push(EDGE);
    const kept = codes.slice(0, WORD);
    this.length = kept.length;
    kept.forEach((code, i) => this.masks.set(code, (this.masks.get(code) ?? 0) | (1 << i)));
  }

  /**
   * Edit distance between the pattern and the text read outward from `boundary` (rightwards from it, or
   * leftwards from boundary - 1, then edge characters), the pattern matched completely and the text free
   * to stop anywhere. Myers (1999) with the top row D[0][j] = j.
   */
  distance(text: string, boundary: number): number {
    const m = this.length;
    if (m === 0) return 0;
    const available = this.direction === 1 ? text.length - boundary : boundary;
    const n = m + CONTEXT_SLACK;
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < n; j++) {
      const code = j >= available ? EDGE : text.charCodeAt(this.direction === 1 ? boundary + j : boundary - 1 - j);
      const eq = this.masks.get(code) ?? 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) best = score;
      if (j >= available && j - available >= m) break;
    }
    return best;
  }
}
