// How well the text around a candidate match agrees with a stored prefix and suffix. Each side is read
// outward from the match boundary; the far end of the text is free, so a context shifted by an edit a few
// characters away still scores high.
import { SidePattern } from './sidePattern';

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
 * An annotation's stored prefix and suffix, compiled once. A side stored shorter than `contextChars`
 * ended at the text's edge, and that edge is part of the context: a candidate at the same edge agrees on
 * it, one in mid-text does not.
 */
export class StoredContext {
  readonly prefix: SidePattern;
  readonly suffix: SidePattern;

  constructor(readonly prefixText: string, readonly suffixText: string, contextChars: number) {
    const [prefix, suffix] = [prefixText, suffixText];
    this.prefix = new SidePattern(prefix, -1, prefix.length < contextChars ? EDGE_WEIGHT : 0);
    this.suffix = new SidePattern(suffix, 1, suffix.length < contextChars ? EDGE_WEIGHT : 0);
  }

  /** How the text around text[start, end) agrees with the stored context. */
  agreement(text: string, start: number, end: number): ContextAgreement {
    const before = this.prefix.distance(text, start);
    const after = this.suffix.distance(text, end);
    const total = this.prefix.length + this.suffix.length;
    const side = (distance: number, length: number) => (length ? 1 - distance / length : 1);
    return { both: total ? 1 - (before + after) / total : 1, prefix: side(before, this.prefix.length), suffix: side(after, this.suffix.length) };
  }
}
