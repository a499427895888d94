// Issue 16 §6: random hostile sidecars (names, notes, verdicts, evidence and selectors from a corpus of
// injection strings) go through parsing, applying and every hover of the article. None may throw, render a
// link that is not the product's own, or put a decision on words other than the ones it was written on.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../../src/engine';
import { applyReviews } from '../../../../src/core/review/apply';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import { entityRules } from '../../../../src/core/review/model';
import { applyEntityRulesToSummaries } from '../../../../src/core/review/summaryRules';
import { summarize } from '../../../../src/core/summary/summary';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { hoverAt } from '../../../../src/core/presentation/hoverText';
import { HOVER_LINK_COMMANDS } from '../../../../src/core/presentation/commandIds';
import { markdownFacts } from '../../helpers/markdownLinks';
import { BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

const SOURCE = 'seeds/bridge.txt';
const URI = 'file:///c/seeds/bridge.txt';

/** Injection strings: markdown links and images, HTML, command and script URLs, headings, icons, controls. */
const HOSTILE = [
  'X") [PWNED](command:seedAnnotator.review.confirmAll?%7B%22threshold%22%3A0%7D) ("',
  '[x](command:workbench.action.terminal.new)',
  '![i](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  'line\n# Heading\n- [ ] item',
  'https://evil.example/x www.evil.example me@evil.example',
  '$(zap) $(alert)',
  '[ref]\n\n[ref]: command:seedAnnotator.review.confirmAll',
  '\u0000\u202e\u2028\u2029',
  'Anna Keller',
];
const URLS = [
  'command:seedAnnotator.review.confirmAll?%7B%7D',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'vscode://settings',
  'https://factcheck.example/ruling',
  'http://example.org/a(b)',
];

const text = fc.constantFrom(...HOSTILE);
const spanOf = fc
  .tuple(fc.nat({ max: BRIDGE_ARTICLE.length - 1 }), fc.integer({ min: 1, max: 80 }))
  .map(([start, n]) => ({ start, end: Math.min(BRIDGE_ARTICLE.length, start + n) }));
const body = fc.oneof(
  fc.record({
    type: fc.constant('seed:QuoteReview'),
    'seed:status': fc.constantFrom('corrected', 'added'),
    'seed:speaker': text,
  }),
  fc.record({
    type: fc.constant('seed:ClaimReview'),
    'seed:status': fc.constantFrom('confirmed', 'corrected', 'added'),
    'seed:source': text,
    'seed:verdict': fc.constantFrom('false', 'mixed', '<b>x</b>'),
    'seed:note': text,
    'seed:evidence': fc.array(fc.constantFrom(...URLS), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('seed:EntityReview'),
    'seed:status': fc.constant('corrected'),
    'seed:entity': fc.constantFrom('PER:anna keller', 'PER:tom brandt', 'LOC:riverton'),
    'seed:entityName': text,
    'seed:name': text,
  }),
  fc.record({ type: fc.constant('TextualBody'), value: text, purpose: fc.constant('commenting') }),
);
const item = fc.tuple(spanOf, body, fc.nat()).map(([span, b, n]) => ({
  id: `urn:uuid:00000000-0000-4000-8000-${String(n % 1e12).padStart(12, '0')}`,
  type: 'Annotation',
  motivation: b.type === 'TextualBody' ? 'commenting' : 'editing',
  created: '2026-12-01T10:00:00Z',
  target: {
    source: SOURCE,
    selector: [
      { type: 'TextQuoteSelector', exact: BRIDGE_ARTICLE.slice(span.start, span.end) },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  },
  body: b,
}));

describe('hostile sidecars (property)', function () {
  this.timeout(120_000);
  const machine = analyze(BRIDGE_ARTICLE, { expectHeader: true });
  const linkable = new Set(HOVER_LINK_COMMANDS);

  it('never throw, never render a foreign link, never move a decision onto other words', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 10 }), (items) => {
        const parsed = parseSidecar(JSON.stringify({ type: 'AnnotationPage', items }), SOURCE);
        if (parsed.error) return;
        const rules = entityRules(parsed.annotations);
        const reviewed = applyReviews(machine, BRIDGE_ARTICLE, parsed.annotations, rules);
        for (const a of reviewed.review.anchored)
          assert.equal(BRIDGE_ARTICLE.slice(a.start, a.end), a.annotation.selectors.quote.exact, 'on its own words');
        const summary = summarize('/c/seeds/bridge.txt', BRIDGE_ARTICLE, reviewed);
        const model = buildWorkspaceModel(applyEntityRulesToSummaries([summary], rules));
        const context = { model, maxQuotes: 5, uriOf: () => URI, fileLabel: () => 'bridge.txt' };
        const offsets = new Set([
          ...reviewed.quotes.map((q) => q.start + 1),
          ...reviewed.claims.map((c) => c.content.start + 1),
          ...reviewed.mentions.map((m) => m.start),
          ...reviewed.review.notes.map((n) => n.start),
        ]);
        for (const offset of offsets) {
          const hover = hoverAt(
            reviewed,
            { uri: URI, text: BRIDGE_ARTICLE, path: '/c/seeds/bridge.txt' },
            offset,
            context,
          );
          if (!hover) continue;
          const facts = markdownFacts(hover.sections.join('\n\n'));
          for (const href of facts.links) {
            const own = href.startsWith('command:') && linkable.has(href.slice(8).split('?')[0]!);
            const evidence = /^https?:\/\/(factcheck|example)\.(example|org)\//.test(href);
            assert.ok(own || evidence, `a foreign link: ${href}`);
          }
          assert.equal(facts.html + facts.headings + facts.images, 0, 'no HTML, headings or images');
        }
      }),
      { numRuns: 80 },
    );
  });
});
