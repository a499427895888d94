// The steps of re-anchoring one annotation: 1. old position, 2. exact quote with its context,
// 3. bounded fuzzy match; each one either anchors, orphans, or hands over to the next.
import { contextSimilarity } from './contextSimilarity';
import { findFuzzy } from './fuzzyMatch';
import { AMBIGUITY_MARGIN, type Candidate, contextSupports, MAX_ERROR_RATE, POSITION_TOLERANCE } from './anchorRules';

/** How many characters of context describeSpan stores on each side. */
export const CONTEXT_CHARS = 32;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type Anchoring =
  | { orphaned: false; start: number; end: number; method: AnchorMethod; similarity: number }
  | { orphaned: true; reason: string };

/** Selectors after checking their shapes (a sidecar may come from another tool). */
export interface CleanSelectors { exact: string; prefix: string; suffix: string; position?: { start: number; end: number } }

/** One annotation's outcome; `tied` lists the equally good exact matches when it orphaned for ambiguity. */
export interface Attempt { result: Anchoring; tied?: readonly Candidate[] }

/** One text's shared work for many anchors: where each quoted text occurs. */
export class AnchorText {
  private readonly occurrences = new Map<string, number[]>();
  constructor(readonly text: string) {}

  occurrencesOf(exact: string): number[] {
    let found = this.occurrences.get(exact);
    if (!found) {
      found = [];
      for (let at = this.text.indexOf(exact); at >= 0; at = this.text.indexOf(exact, at + 1)) found.push(at);
      this.occurrences.set(exact, found);
    }
    return found;
  }

  candidate(start: number, end: number, similarity: number, sel: CleanSelectors): Candidate {
    const agreement = contextSimilarity(this.text, start, end, sel.prefix, sel.suffix, CONTEXT_CHARS);
    return { start, end, similarity, context: agreement.both, bestSide: agreement.bestSide };
  }
}

export const orphan = (reason: string): Attempt => ({ result: { orphaned: true, reason } });
export const anchored = (c: Candidate, method: AnchorMethod): Attempt => ({ result: { orphaned: false, start: c.start, end: c.end, method, similarity: c.similarity } });
const ambiguous = (tied: Candidate[], what: string): Attempt => ({ ...orphan(`${tied.length} places ${what} about equally well`), tied });

/** Steps 1 and 2: the exact text, at its old position or where its context fits best. Undefined: try fuzzy. */
export function anchorExact(doc: AnchorText, sel: CleanSelectors): Attempt | undefined {
  const { text } = doc;
  const { exact, prefix, suffix, position } = sel;
  const atPosition = position && position.end - position.start === exact.length && text.startsWith(exact, position.start) ? position.start : -1;
  // Fast path: unchanged text and context at the old position.
  if (atPosition >= 0 && text.endsWith(prefix, atPosition) && text.startsWith(suffix, atPosition + exact.length)) {
    return anchored({ start: atPosition, end: atPosition + exact.length, similarity: 1, context: 1, bestSide: 1 }, 'position');
  }
  const starts = doc.occurrencesOf(exact);
  if (starts.length === 0) return undefined;
  const candidates = starts.map((start) => doc.candidate(start, start + exact.length, 1, sel));
  const best = candidates.reduce((a, b) => (b.context > a.context ? b : a));
  const supported = (c: Candidate) => contextSupports(exact.length, { both: c.context, bestSide: c.bestSide });
  const old = candidates.find((c) => c.start === atPosition);
  if (old && supported(old) && old.context >= best.context - POSITION_TOLERANCE) return anchored(old, 'position');
  if (!supported(best)) return undefined;
  const tied = candidates.filter((c) => c.context > best.context - AMBIGUITY_MARGIN);
  if (tied.length > 1) return ambiguous(tied, 'match the annotated text and its surroundings');
  return anchored(best, 'quote');
}

/** Step 3: a bounded fuzzy match whose quote and context clearly beat every other approximate match. */
export function anchorFuzzy(doc: AnchorText, sel: CleanSelectors): Attempt {
  const { exact, position } = sel;
  const exactLookAlikes = doc.occurrencesOf(exact).map((start) => ({ start, end: start + exact.length }));
  const gone = exactLookAlikes.length ? 'the annotated text is only found in different surroundings' : 'the annotated text is no longer in the article';
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return orphan(gone);
  const found = findFuzzy(doc.text, exact, maxErrors, position, exactLookAlikes);
  if (!found.length) return orphan(gone);
  const scored = found.map((m) => doc.candidate(m.start, m.end, m.similarity, sel));
  const score = (c: Candidate) => c.similarity + c.context;
  const best = scored.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (!contextSupports(exact.length, { both: best.context, bestSide: best.bestSide }, true)) {
    return orphan('only a look-alike of the annotated text remains, in different surroundings');
  }
  const rivals = scored.filter((c) => c !== best && score(c) > score(best) - AMBIGUITY_MARGIN);
  if (rivals.length) return orphan(`${rivals.length + 1} places resemble the annotated text about equally well`);
  return anchored(best, 'fuzzy');
}
