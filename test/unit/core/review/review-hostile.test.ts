// A hostile-sidecar corpus (issue 16 §6) through parse → apply → serialise → export: crafted cases and
// random sidecars from fast-check. None may crash or hang, move an annotation onto different words, or
// name a file outside the collection in an export.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';
import { applyReviews, type ReviewedAnalysis } from '../../../../src/core/review/apply';
import { describeSpan, textHash } from '../../../../src/core/review/anchoring/anchoring';
import { AnchorText } from '../../../../src/core/review/anchoring/anchorSteps';
import { StoredContext } from '../../../../src/core/review/anchoring/contextSimilarity';
import { claimReviews, jsonLdText, webAnnotationCollection } from '../../../../src/core/review/exports';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import { entityRules, type ReviewAnnotation } from '../../../../src/core/review/model';
import { summarize } from '../../../../src/core/summary/summary';
import { BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

const RUNS = Number(process.env.PROPERTY_RUNS) || 150;
const SOURCE = 'seeds/bridge.txt';
type Json = Record<string, unknown>;

/** Whether an anchored annotation sits on the words it was made on (the same text, or the same statement). */
function onItsWords(text: string, a: ReviewAnnotation, start: number, end: number): boolean {
  const { quote, position } = a.selectors;
  if (!quote.exact) return !!position?.textHash && textHash(describeSpan(text, start, end).quote) === position.textHash;
  const found = text.slice(start, end);
  if (found === quote.exact) return true;
  const sel = { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  const context = new StoredContext(sel.prefix, sel.suffix, 32);
  return new AnchorText(text).statementChange({ ...sel, context }, start, end) === undefined;
}

/** Parse, apply, write back and export one sidecar text; checks every promise on the way. */
function throughEverything(machine: Analysis, text: string, sidecar: string): ReviewedAnalysis {
  const parsed = parseSidecar(sidecar, SOURCE);
  const reviewed = applyReviews(machine, text, parsed.annotations, entityRules(parsed.annotations));
  for (const a of reviewed.review.anchored)
    assert.ok(onItsWords(text, a.annotation, a.start, a.end), `moved: ${JSON.stringify(a.annotation.selectors)}`);
  const written = serializeSidecar(parsed.annotations);
  assert.equal(parseSidecar(written, SOURCE).error, undefined);
  const article = {
    summary: summarize(SOURCE, text, reviewed),
    source: SOURCE,
    text,
    annotations: parsed.annotations,
  };
  for (const doc of [webAnnotationCollection([article], { version: 'test' }), claimReviews([article])]) {
    const out = jsonLdText(doc);
    assert.doesNotMatch(out, /[<>\u2028\u2029]/);
    JSON.parse(out);
  }
  const items = (webAnnotationCollection([article], { version: 'test' }).first as { items: Json[] }).items;
  for (const item of items) assert.equal((item.target as Json).source, SOURCE);
  return reviewed;
}

const page = (...items: unknown[]) => JSON.stringify({ type: 'AnnotationPage', items });
let counter = 0;
const annotation = (selector: unknown, body: unknown, extra: Json = {}) => ({
  id: `urn:x:${++counter}`,
  type: 'Annotation',
  target: { source: '../../etc/passwd', selector },
  body,
  ...extra,
});
const quote = (exact: unknown, prefix?: unknown, suffix?: unknown) => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const nestedArrays = (levels: number): unknown => (levels ? [nestedArrays(levels - 1)] : 1);
const claimBody = { type: 'seed:ClaimReview', 'seed:status': 'corrected', 'seed:verdict': 'false' };

describe('hostile sidecars through parse, apply, write and export', function () {
  this.timeout(120000);
  let machine: Analysis;
  before(() => {
    machine = analyze(BRIDGE_ARTICLE, { expectHeader: true });
  });

  it('a crafted corpus: none crashes, hangs, moves an annotation or names another file', () => {
    const near = BRIDGE_ARTICLE.slice(40, 2040).replace(/e/g, 'é');
    const corpus = [
      page(annotation([quote('the project cost more than planned')], claimBody)),
      page(annotation([quote('Riverton'), { type: 'TextPositionSelector', start: 1e15, end: 1e15 + 3 }], claimBody)),
      page(annotation({ type: 'TextPositionSelector', start: 0, end: 30, 'seed:textHash': 'x' }, claimBody)),
      page(annotation([quote('x'.repeat(100_000))], claimBody)),
      page(...Array.from({ length: 300 }, () => annotation([quote(near)], claimBody))),
      page(annotation([quote('bridge', { toString: 1 }, ['…'])], { ['__proto__']: { polluted: true } })),
      page(annotation([quote('bridge')], { type: 'TextualBody', value: '</script><script>alert(1)</script>' })),
      page(annotation([quote('Keller')], { type: 'Foreign', nested: nestedArrays(40) })),
    ];
    for (const sidecar of corpus) throughEverything(machine, BRIDGE_ARTICLE, sidecar);
    assert.equal(({} as Json).polluted, undefined);
  });

  it('random sidecars: never a crash, never on other words, never another file', () => {
    const text = BRIDGE_ARTICLE;
    const span = fc
      .tuple(fc.nat({ max: text.length }), fc.integer({ min: 1, max: 200 }))
      .map(([s, n]) => [s, Math.min(text.length, s + n)] as const);
    const mutated = span.chain(([s, e]) =>
      fc
        .array(fc.tuple(fc.nat({ max: Math.max(0, e - s - 1) }), fc.constantFrom('', 'x', ' ', '0', 'not ', 'A')), {
          maxLength: 4,
        })
        .map((edits) => {
          let exact = text.slice(s, e);
          for (const [at, put] of edits) exact = exact.slice(0, at) + put + exact.slice(at + 1);
          return { ...describeSpan(text, s, e), exactText: exact, s, e };
        }),
    );
    const selector = fc.oneof(
      mutated.map((m) => [
        quote(m.exactText, m.quote.prefix, m.quote.suffix),
        { type: 'TextPositionSelector', start: m.s, end: m.e },
      ]),
      mutated.map((m) => ({ type: 'TextPositionSelector', start: m.s, end: m.e, 'seed:textHash': textHash(m.quote) })),
      fc.anything(),
    );
    const body = fc.oneof(
      fc.constant(claimBody),
      fc.record({
        type: fc.constantFrom('seed:QuoteReview', 'seed:ClaimReview', 'seed:EntityReview', 'TextualBody'),
        'seed:status': fc.constantFrom('confirmed', 'corrected', 'rejected', 'added', 'bogus'),
        'seed:speaker': fc.string(),
        'seed:entity': fc.string(),
        value: fc.string(),
        'seed:note': fc.string(),
      }),
      fc.anything(),
    );
    const item = fc.record({ selector, body, extra: fc.dictionary(fc.string(), fc.jsonValue()) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        throughEverything(machine, text, page(...items.map((i) => annotation(i.selector, i.body, i.extra))));
      }),
      { numRuns: RUNS },
    );
  });
});
