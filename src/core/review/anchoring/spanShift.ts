// Live edits: a span follows one change event's changes without any search.

/** One change as VS Code reports it: offset/length in the document BEFORE the change event. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function checkChanges(changes: readonly TextChange[]): TextChange[] {
  for (const c of changes) {
    if (!isOffset(c.offset) || !isOffset(c.length) || typeof c.text !== 'string') {
      throw new RangeError(
        `shiftSpan: a change needs a non-negative integer offset and length and a text, got ${JSON.stringify(c)}`,
      );
    }
  }
  const sorted = [...changes].sort((a, b) => a.offset - b.offset || a.length - b.length);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    if (before.offset + before.length > sorted[i]!.offset) {
      throw new RangeError(`shiftSpan: changes overlap at offsets ${before.offset} and ${sorted[i]!.offset}`);
    }
  }
  return sorted;
}

/**
 * Shifts a span through one change event's changes (all in pre-event offsets, possibly several, in any
 * order; non-overlapping). Returns the new span, or undefined when a change touched the span's own text
 * (an insertion strictly inside, a replacement/deletion overlapping it): the caller then re-anchors. An
 * insertion exactly at the start shifts the span; exactly at the end leaves it.
 */
export function shiftSpan(
  span: { start: number; end: number },
  changes: readonly TextChange[],
): { start: number; end: number } | undefined {
  if (!isOffset(span.start) || !isOffset(span.end) || span.end < span.start) {
    throw new RangeError(`shiftSpan: the span needs integer offsets 0 ≤ start ≤ end, got ${JSON.stringify(span)}`);
  }
  let shift = 0;
  for (const change of checkChanges(changes)) {
    const changeEnd = change.offset + change.length;
    const delta = change.text.length - change.length;
    if (change.length === 0) {
      if (change.offset <= span.start) shift += delta;
      else if (change.offset < span.end) return undefined;
    } else if (changeEnd <= span.start) {
      shift += delta;
    } else if (change.offset < span.end) {
      return undefined;
    }
  }
  return { start: span.start + shift, end: span.end + shift };
}
