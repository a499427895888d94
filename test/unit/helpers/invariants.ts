// Structural checks every Analysis must pass, whatever the input: spans in bounds, sorted, consistent.
import assert from 'node:assert/strict';
import type { Analysis, Span } from '../../../src/engine/types';

/** Characters that can open or close a quotation. */
export const QUOTE_MARK = /["“”„‟‘’‚‛'«»‹›「」『』〝〞＂`″]/;

/** Asserts the invariants of `analysis`, made from `input` (possibly truncated to `analysis.length`). */
export function checkAnalysis(input: string, analysis: Analysis): void {
  assert.ok(
    Number.isInteger(analysis.length) && analysis.length >= 0 && analysis.length <= input.length,
    `length ${analysis.length} of ${input.length}`,
  );
  const text = input.slice(0, analysis.length);
  const truncated = analysis.problems.some((p) => p.code === 'truncated-input');
  if (!truncated) assert.equal(analysis.length, input.length, 'an untruncated analysis covers the whole text');

  walkSpans(analysis, 'analysis', (span, where) => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`);
    assert.ok(
      span.start >= 0 && span.start <= span.end && span.end <= text.length,
      `${where}: [${span.start}, ${span.end}) outside [0, ${text.length}]`,
    );
    assert.ok(
      !splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end),
      `${where}: [${span.start}, ${span.end}) splits a surrogate pair`,
    );
  });

  assertSorted(analysis.paragraphs, 'paragraphs');
  assertSorted(analysis.sentences, 'sentences');
  assertSorted(analysis.mentions, 'mentions');
  assertSorted(analysis.quotes, 'quotes');
  assertSorted(analysis.dates, 'dates');
  assertSorted(analysis.problems, 'problems');
  assertSorted(
    analysis.claims.map((c) => c.content),
    'claims by content',
  );
  assertDisjoint(analysis.paragraphs, 'paragraphs');
  assertDisjoint(analysis.sentences, 'sentences');
  assertDisjoint(analysis.quotes, 'quotes');

  const entityIds = new Set(analysis.entities.map((e) => e.id));
  assert.equal(entityIds.size, analysis.entities.length, 'entity ids are unique');
  for (const e of analysis.entities) assertSorted(e.mentions, `entity ${e.id} mentions`);
  for (const m of analysis.mentions) {
    assert.equal(m.text, text.slice(m.start, m.end), `mention text at ${m.start}`);
    assert.ok(entityIds.has(m.entityId), `mention at ${m.start} names entity ${m.entityId}`);
  }
  for (const d of analysis.dates) assert.equal(d.text, text.slice(d.start, d.end), `date text at ${d.start}`);
  for (const c of analysis.claims)
    for (const h of c.hedges) assert.equal(h.text, text.slice(h.start, h.end), `hedge text at ${h.start}`);
  for (const q of analysis.quotes) {
    assert.match(
      text.slice(q.start, q.start + 1),
      QUOTE_MARK,
      `quote at ${q.start} starts with a quotation mark: ${JSON.stringify(text.slice(q.start, q.start + 20))}`,
    );
    assert.ok(
      q.start <= q.inner.start && q.inner.start <= q.inner.end && q.inner.end <= q.end,
      `quote at ${q.start}: inner span inside the quote`,
    );
    assert.equal(q.text, text.slice(q.inner.start, q.inner.end), `quote at ${q.start}: text is the inner span`);
    const para = analysis.paragraphs[q.paragraph];
    assert.ok(
      para && para.start <= q.start && q.end <= para.end,
      `quote at ${q.start} lies inside its paragraph ${q.paragraph}`,
    );
    if (q.speaker)
      assert.ok(q.speaker.confidence >= 0 && q.speaker.confidence <= 1, `quote at ${q.start}: confidence in [0, 1]`);
  }
}

/** Calls `visit` on every object with numeric start/end anywhere in `value`. */
export function walkSpans(value: unknown, where: string, visit: (span: Span, where: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkSpans(item, `${where}[${i}]`, visit));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') visit(record as unknown as Span, where);
  for (const [key, child] of Object.entries(record)) walkSpans(child, `${where}.${key}`, visit);
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertSorted(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(
      spans[i - 1]!.start <= spans[i]!.start,
      `${what} sorted by start at ${i}: ${spans[i - 1]!.start} > ${spans[i]!.start}`,
    );
  }
}

function assertDisjoint(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(
      spans[i - 1]!.end <= spans[i]!.start,
      `${what} overlap at ${i}: [${spans[i - 1]!.start}, ${spans[i - 1]!.end}) and [${spans[i]!.start}, ${spans[i]!.end})`,
    );
  }
}
