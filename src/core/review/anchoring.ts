// Placeholder re-anchoring (exact text only); replaced by the full anchoring module.
export const CONTEXT_CHARS = 32;
export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface Selectors { quote: TextQuoteSelector; position?: TextPositionSelector }
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type Anchoring =
  | { orphaned: false; start: number; end: number; method: AnchorMethod; similarity: number }
  | { orphaned: true; reason: string };
export interface TextChange { offset: number; length: number; text: string }

export function describeSpan(text: string, start: number, end: number): Selectors {
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export function anchor(text: string, selectors: Selectors): Anchoring {
  const { exact } = selectors.quote;
  const p = selectors.position;
  if (p && text.slice(p.start, p.end) === exact) return { orphaned: false, start: p.start, end: p.end, method: 'position', similarity: 1 };
  const at = text.indexOf(exact);
  if (at >= 0 && exact && text.indexOf(exact, at + 1) < 0) return { orphaned: false, start: at, end: at + exact.length, method: 'quote', similarity: 1 };
  return { orphaned: true, reason: 'the annotated text is no longer in the article' };
}

export function anchorAll(text: string, all: readonly Selectors[]): Anchoring[] {
  return all.map((s) => anchor(text, s));
}

export function shiftSpan(span: { start: number; end: number }, changes: readonly TextChange[]): { start: number; end: number } | undefined {
  let { start, end } = span;
  for (const c of [...changes].sort((a, b) => b.offset - a.offset)) {
    const cEnd = c.offset + c.length;
    if (cEnd <= start && !(c.length === 0 && c.offset === start && false)) {
      const delta = c.text.length - c.length;
      start += delta;
      end += delta;
    } else if (c.offset >= end) {
      continue;
    } else return undefined;
  }
  return { start, end };
}
