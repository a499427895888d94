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
 * it, one in mid-text does not. An unknown side (undefined: left out by another tool) is no evidence
 * either way.
 */
export class StoredContext {
  readonly prefix: SidePattern;
  readonly suffix: SidePattern;
  readonly prefixText: string;
  readonly suffixText: string;

  constructor(prefix: string | undefined, suffix: string | undefined, contextChars: number) {
    const edge = (side: string | undefined) => (side !== undefined && side.length < contextChars ? EDGE_WEIGHT : 0);
    this.prefixText = prefix ?? '';
    this.suffixText = suffix ?? '';
    this.prefix = new SidePattern(this.prefixText, -1, edge(prefix));
    this.suffix = new SidePattern(this.suffixText, 1, edge(suffix));
  }

  /** How the text around text[start, end) agrees with the stored context. */
  agreement(text: string, start: number, end: number): ContextAgreement {
    const before = this.prefix.distance(text, start);
    const after = this.suffix.distance(text, end);
    const total = this.prefix.length + this.suffix.length;
    const side = (distance: number, length: number) => (length ? 1 - distance / length : 1);
    return {
      both: total ? 1 - (before + after) / total : 1,
      prefix: side(before, this.prefix.length),
      suffix: side(after, this.suffix.length),
    };
  }
}
