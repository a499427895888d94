// Re-anchoring of review annotations after the article changed outside the editor (W3C Web Annotation
// selectors, as Hypothesis does): position, then exact quote with its context, then a bounded fuzzy
// match; otherwise the annotation is orphaned. Never moves onto a look-alike: when the best candidates
// cannot be told apart, it orphans.
import { contextSimilarity } from './contextSimilarity';
import { findFuzzy } from './fuzzyMatch';
import {
  AMBIGUITY_MARGIN, type Candidate, contextSupports, FUZZY_EXTRA_CONTEXT, MAX_ERROR_RATE, POSITION_TOLERANCE,
} from './anchorRules';

export { shiftSpan } from './spanShift';
export type { TextChange } from './spanShift';
export { MAX_ERROR_RATE } from './anchorRules';

export const CONTEXT_CHARS = 32;
export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface Selectors { quote: TextQuoteSelector; position?: TextPositionSelector }
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type Anchoring =
  | { orphaned: false; start: number; end: number; method: AnchorMethod; similarity: number }
  | { orphaned: true; reason: string };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Both selectors for text[start, end): prefix/suffix of up to CONTEXT_CHARS characters (never half an emoji). */
export function describeSpan(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describeSpan: need integers 0 ≤ start ≤ end ≤ ${text.length}, got start ${start}, end ${end}`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_CHARS);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_CHARS);
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Selectors as read from a sidecar another tool may have written: untrusted shapes become safe values. */
interface CleanSelectors { exact: string; prefix: string; suffix: string; position?: { start: number; end: number } }

function cleanSelectors(selectors: Selectors): CleanSelectors | undefined {
  const quote = selectors?.quote;
  if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0) return undefined;
  const text = (s: unknown) => (typeof s === 'string' ? s : '');
  const p = selectors.position;
  const validPosition = p && Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end >= p.start;
  return { exact: quote.exact, prefix: text(quote.prefix), suffix: text(quote.suffix), position: validPosition ? { start: p.start, end: p.end } : undefined };
}

/** One text's shared work for many anchors: where each quoted text occurs. */
class AnchorText {
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
}

const orphan = (reason: string): Anchoring => ({ orphaned: true, reason });
const anchored = (c: Candidate, method: AnchorMethod): Anchoring => ({ orphaned: false, start: c.start, end: c.end, method, similarity: c.similarity });

/** Steps 1 and 2: the exact text, at its old position or where its context fits best. Undefined: try fuzzy. */
function anchorExact(doc: AnchorText, sel: CleanSelectors): Anchoring | undefined {
  const { text } = doc;
  const { exact, prefix, suffix, position } = sel;
  const atPosition = position && position.end - position.start === exact.length && text.startsWith(exact, position.start) ? position.start : -1;
  // Fast path: unchanged text and context at the old position.
  if (atPosition >= 0 && text.endsWith(prefix, atPosition) && text.startsWith(suffix, atPosition + exact.length)) {
    return anchored({ start: atPosition, end: atPosition + exact.length, similarity: 1, context: 1, bestSide: 1 }, 'position');
  }
  const starts = doc.occurrencesOf(exact);
  if (starts.length === 0) return undefined;
  const candidates: Candidate[] = starts.map((start) => {
    const end = start + exact.length;
    const agreement = contextSimilarity(text, start, end, prefix, suffix, CONTEXT_CHARS);
    return { start, end, similarity: 1, context: agreement.both, bestSide: agreement.bestSide };
  });
  const best = candidates.reduce((a, b) => (b.context > a.context ? b : a));
  const supported = (c: Candidate) => contextSupports(exact.length, { both: c.context, bestSide: c.bestSide });
  const old = candidates.find((c) => c.start === atPosition);
  if (old && supported(old) && old.context >= best.context - POSITION_TOLERANCE) return anchored(old, 'position');
  if (!supported(best)) return undefined;
  const rivals = candidates.filter((c) => c !== best && c.context > best.context - AMBIGUITY_MARGIN);
  if (rivals.length) return orphan(`${rivals.length + 1} places match the annotated text and its surroundings about equally well`);
  return anchored(best, 'quote');
}

/** Step 3: a bounded fuzzy match whose quote and context clearly beat every other approximate match. */
function anchorFuzzy(doc: AnchorText, sel: CleanSelectors): Anchoring {
  const { exact, prefix, suffix, position } = sel;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors === 0) {
    return orphan(doc.occurrencesOf(exact).length ? 'the annotated text is only found in different surroundings' : 'the annotated text is no longer in the article');
  }
  const exactLookAlikes = doc.occurrencesOf(exact).map((start) => ({ start, end: start + exact.length }));
  const found = findFuzzy(doc.text, exact, maxErrors, position, exactLookAlikes);
  if (!found.length) {
    return orphan(exactLookAlikes.length ? 'the annotated text is only found in different surroundings' : 'the annotated text is no longer in the article');
  }
  const scored: Candidate[] = found.map((m) => {
    const agreement = contextSimilarity(doc.text, m.start, m.end, prefix, suffix, CONTEXT_CHARS);
    return { ...m, context: agreement.both, bestSide: agreement.bestSide };
  });
  const score = (c: Candidate) => c.similarity + c.context;
  const best = scored.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (!contextSupports(exact.length, { both: best.context, bestSide: best.bestSide }, FUZZY_EXTRA_CONTEXT)) {
    return orphan('only a look-alike of the annotated text remains, in different surroundings');
  }
  const rivals = scored.filter((c) => c !== best && score(c) > score(best) - AMBIGUITY_MARGIN);
  if (rivals.length) return orphan(`${rivals.length + 1} places resemble the annotated text about equally well`);
  return anchored(best, 'fuzzy');
}

function anchorIn(doc: AnchorText, selectors: Selectors): Anchoring {
  const sel = cleanSelectors(selectors);
  if (!sel) return orphan('the annotation has no quoted text (TextQuoteSelector.exact is missing or empty)');
  return anchorExact(doc, sel) ?? anchorFuzzy(doc, sel);
}

/** Re-anchors in this order: 1. the position, if the exact text is still there; 2. else the exact text whose
 *  prefix and suffix best match, nearest the old position; 3. else a fuzzy match with a bounded error rate
 *  (approx-string-match, as Hypothesis does) above a similarity threshold; 4. else orphaned.
 *  Never silently lands on a look-alike: when the best candidates cannot be told apart, orphan. */
export function anchor(text: string, selectors: Selectors): Anchoring {
  return anchorIn(new AnchorText(text), selectors);
}

/** Many at once on one text (shares the search for each quoted text). */
export function anchorAll(text: string, all: readonly Selectors[]): Anchoring[] {
  const doc = new AnchorText(text);
  return all.map((selectors) => anchorIn(doc, selectors));
}
