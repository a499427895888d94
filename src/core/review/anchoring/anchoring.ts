// Re-anchoring of review annotations after the article changed outside the editor (W3C Web Annotation
// selectors, as Hypothesis does): position, then exact quote with its context, then a bounded fuzzy
// match; otherwise the annotation is orphaned. Never moves onto a look-alike: when the best candidates
// cannot be told apart, it orphans. anchorAll also weighs the evidence of the article's other
// annotations (how the text around moved), which is how the review layer should call it.
// Steps: anchorSteps.ts (one annotation), neighbourShifts.ts and containment.ts (the others' evidence).
// Live edits in the editor need no search: shiftSpan (spanShift.ts).
import { anchorOne, AnchorText, type Attempt, type CleanSelectors, CONTEXT_CHARS, orphan } from './anchorSteps';
import type { Anchoring } from './anchorSteps';
import { StoredContext } from './contextSimilarity';
import { checkContainment } from './containment';
import { resolveByNeighbours } from './neighbourShifts';
import { textHash } from './textHash';

export { shiftSpan } from './spanShift';
export type { TextChange } from './spanShift';
export { MAX_ERROR_RATE } from './anchorRules';
export { CONTEXT_CHARS } from './anchorSteps';
export { textHash } from './textHash';
export type { AnchorMethod, Anchoring } from './anchorSteps';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  /** `seed:textHash`: textHash of the text at [start, end) and its context when annotated (checks a position alone). */
  textHash?: string;
}
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Both selectors for text[start, end): prefix/suffix of up to CONTEXT_CHARS characters (never half an emoji). */
export function describeSpan(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(
      `describeSpan: need integers 0 ≤ start ≤ end ≤ ${text.length}, got start ${start}, end ${end}`,
    );
  }
  let prefixStart = Math.max(0, start - CONTEXT_CHARS);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_CHARS);
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * A context side as stored, or undefined when another tool left it out or wrote a placeholder ("…", "..."):
 * unknown, which is neither evidence nor the text's edge ('' is the edge: describeSpan writes it there).
 */
const knownSide = (side: unknown): string | undefined =>
  typeof side === 'string' && !/^\s*(…|\.\.\.)\s*$/u.test(side) ? side : undefined;

/** Selectors as read from a sidecar another tool may have written: untrusted shapes become safe values. */
function cleanSelectors(selectors: Selectors): CleanSelectors | undefined {
  const quote = selectors?.quote;
  if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0) return undefined;
  const p = selectors.position;
  const validPosition = p && Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end >= p.start;
  const context = new StoredContext(knownSide(quote.prefix), knownSide(quote.suffix), CONTEXT_CHARS);
  return {
    exact: quote.exact,
    prefix: context.prefixText,
    suffix: context.suffixText,
    context,
    position: validPosition ? { start: p.start, end: p.end } : undefined,
  };
}

function checkText(text: unknown, caller: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${caller}: the article text must be a string, got ${typeof text}`);
}

/**
 * A position without a quote (another tool's, or a quote stripped): trusted only while the text there is
 * the annotated text, which its `seed:textHash` tells; without a hash nothing tells it, and it orphans.
 */
function positionOnly(text: string, p: TextPositionSelector | undefined): Attempt | undefined {
  if (!p || !Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 || p.end <= p.start) return undefined;
  if (p.end > text.length) return orphan('the position lies outside the article');
  if (typeof p.textHash !== 'string')
    return orphan(
      'a position without quoted text or seed:textHash: nothing shows the text there is still what was annotated',
    );
  if (textHash(describeSpan(text, p.start, p.end).quote) !== p.textHash)
    return orphan('the text at the position is no longer the annotated text (seed:textHash differs)');
  return { result: { orphaned: false, start: p.start, end: p.end, method: 'position', similarity: 1 } };
}

function attempt(doc: AnchorText, selectors: Selectors, sel: CleanSelectors | undefined): Attempt {
  if (sel) return anchorOne(doc, sel);
  return (
    positionOnly(doc.text, selectors?.position) ??
    orphan('the annotation has no quoted text (TextQuoteSelector.exact is missing or empty)')
  );
}

/** Re-anchors in this order: 1. the position, if the exact text is still there; 2. else the exact text whose
 *  prefix and suffix best match, nearest the old position; 3. else a fuzzy match with a bounded error rate
 *  (approx-string-match, as Hypothesis does) above a similarity threshold that says the same thing (numbers,
 *  names, negations, modal verbs and content words as annotated: statementCheck.ts); 4. else orphaned.
 *  A position alone holds only while its seed:textHash matches the text there.
 *  Never silently lands on a look-alike: when the best candidates cannot be told apart, orphan.
 *  Alone, "nearest the old position" cannot tell copies apart, so ties orphan; anchorAll settles them. */
export function anchor(text: string, selectors: Selectors): Anchoring {
  checkText(text, 'anchor');
  return attempt(new AnchorText(text), selectors, cleanSelectors(selectors)).result;
}

/** Many at once on one text (shares the search for each quoted text). Equal copies (a duplicated
 *  paragraph) are told apart by how the clearly anchored annotations around them moved. */
export function anchorAll(text: string, all: readonly Selectors[]): Anchoring[] {
  checkText(text, 'anchorAll');
  const doc = new AnchorText(text);
  const clean = all.map(cleanSelectors);
  const attempts = clean.map((sel, i) => attempt(doc, all[i]!, sel));
  return checkContainment(resolveByNeighbours(attempts, clean), clean).map((a) => a.result);
}
