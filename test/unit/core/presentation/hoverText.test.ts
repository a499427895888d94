// Hover text built in pure code: table-driven sections over a real analysis, and the trust test of issue 16
// §2 — a sidecar with hostile names, notes and evidence renders no link but the product's own.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { applyReviews, type ReviewedAnalysis } from '../../../../src/core/review/apply';
import { entityRules, type ReviewAnnotation } from '../../../../src/core/review/model';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import { applyEntityRulesToSummaries } from '../../../../src/core/review/summaryRules';
import { summarize } from '../../../../src/core/summary/summary';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { hoverAt, type HoverContext } from '../../../../src/core/presentation/hoverText';
import {
  REMOVE_FROM_LINK_COMMAND,
  REVEAL_RANGE_COMMAND,
  REVIEW_COMMANDS,
} from '../../../../src/core/presentation/commandIds';
import { annotate, BRIDGE_ARTICLE, entityDecision } from '../../helpers/reviewFixtures';
import { markdownFacts } from '../../helpers/markdownLinks';

const PATH = '/collection/seeds/bridge.txt';
const URI = 'file:///collection/seeds/bridge.txt';
const HOSTILE = 'X") [PWNED](command:seedAnnotator.review.confirmAll?%7B%22threshold%22%3A0%7D) ("';
const HOSTILE_NOTE = `see [here](command:${REVIEW_COMMANDS.confirmAll}?%5B%5D)\n# Heading\n<img src=x onerror=alert(1)> https://evil.example`;
const EVIDENCE = [
  `command:${REVIEW_COMMANDS.confirmAll}?%7B%22threshold%22%3A0%7D`,
  'javascript:alert(1)',
  'https://factcheck.example/ruling',
];
const Q_KELLER = '“We have waited ten years for this bridge,”';
const C_COST = 'the project cost less than planned';

function reviewed(annotations: ReviewAnnotation[]): { analysis: ReviewedAnalysis; context: HoverContext } {
  // Through the sidecar's JSON, as a cloned repository would bring them.
  const parsed = parseSidecar(serializeSidecar(annotations), 'seeds/bridge.txt');
  assert.equal(parsed.error, undefined);
  assert.equal(parsed.annotations.length, annotations.length);
  const rules = entityRules(parsed.annotations);
  const analysis = applyReviews(
    analyze(BRIDGE_ARTICLE, { expectHeader: true }),
    BRIDGE_ARTICLE,
    parsed.annotations,
    rules,
  );
  const model = buildWorkspaceModel(applyEntityRulesToSummaries([summarize(PATH, BRIDGE_ARTICLE, analysis)], rules));
  const context = {
    model,
    maxQuotes: 5,
    uriOf: (p: string) => `file://${p}`,
    fileLabel: (p: string) => p.split('/').pop()!,
  };
  return { analysis, context };
}

const at = (exact: string, delta = 2): number => BRIDGE_ARTICLE.indexOf(exact) + delta;
const commandOf = (href: string): string => href.slice('command:'.length).split('?')[0]!;
const argsOf = (href: string): unknown => JSON.parse(decodeURIComponent(href.split('?')[1] ?? '[]'));

describe('hover text (pure)', () => {
  const plain = reviewed([]);
  const cases: [string, number, RegExp[]][] = [
    ['a quote', at(Q_KELLER, 5), [/\*\*Quote\*\* — speaker: \*\*Anna Keller\*\*/, /rule: /, /confidence \d+%/]],
    ['a person', at('Keller said at'), [/\*\*Anna Keller\*\* — person/, /Quotes \(\d\):/]],
    ['a claim', at(C_COST), [/\*\*Claim\*\* — source: /, /cue “/]],
    ['a date', at('Monday', 1), [/\*\*Date\*\* “Monday”/]],
  ];
  for (const [what, offset, patterns] of cases)
    it(`shows ${what}`, () => {
      const hover = hoverAt(plain.analysis, { uri: URI, text: BRIDGE_ARTICLE, path: PATH }, offset, plain.context);
      assert.ok(hover, 'a hover');
      const all = hover.sections.join('\n\n');
      for (const p of patterns) assert.match(all, p);
    });

  it('shows nothing between items', () => {
    const offset = BRIDGE_ARTICLE.indexOf('press conference') + 3;
    assert.equal(
      hoverAt(plain.analysis, { uri: URI, text: BRIDGE_ARTICLE, path: PATH }, offset, plain.context),
      undefined,
    );
  });

  it('links review actions to the item’s offset in this article only', () => {
    const hover = hoverAt(
      plain.analysis,
      { uri: URI, text: BRIDGE_ARTICLE, path: PATH },
      at(Q_KELLER, 5),
      plain.context,
    )!;
    const links = markdownFacts(hover.sections.join('\n\n')).links;
    const review = links.filter((l) => commandOf(l).startsWith('seedAnnotator.review.'));
    assert.ok(review.length >= 3);
    for (const l of review) assert.deepEqual(argsOf(l), [URI, BRIDGE_ARTICLE.indexOf(Q_KELLER)]);
  });
});

describe('hover text with a hostile sidecar (issue 16 §2)', () => {
  const annotations = [
    entityDecision(BRIDGE_ARTICLE, 'Anna Keller', {
      entity: 'PER:Anna Keller',
      entityName: 'Anna Keller',
      name: HOSTILE,
    }),
    annotate(BRIDGE_ARTICLE, Q_KELLER, {
      kind: 'quote',
      status: 'corrected',
      speaker: HOSTILE,
      machineSpeaker: 'Anna Keller',
    }),
    annotate(BRIDGE_ARTICLE, C_COST, {
      kind: 'claim',
      status: 'confirmed',
      verdict: 'false',
      note: HOSTILE_NOTE,
      evidence: EVIDENCE,
      source: HOSTILE,
    }),
    annotate(BRIDGE_ARTICLE, 'Riverton Council', { kind: 'note', text: HOSTILE_NOTE }, { id: 'urn:uuid:note-1' }),
  ];
  const { analysis, context } = reviewed(annotations);
  const document = { uri: URI, text: BRIDGE_ARTICLE, path: PATH };
  const OWN = new Set([REVEAL_RANGE_COMMAND, REMOVE_FROM_LINK_COMMAND, ...Object.values(REVIEW_COMMANDS)]);
  const places: [string, number][] = [
    ['the renamed entity', at('Keller said at')],
    ['the corrected quote', at(Q_KELLER, 5)],
    ['the claim with a verdict, note and evidence', at(C_COST)],
    ['the note', at('Riverton Council', 3)],
  ];
  for (const [what, offset] of places)
    it(`renders only the product’s own links on ${what}`, () => {
      const hover = hoverAt(analysis, document, offset, context);
      assert.ok(hover, 'a hover');
      const facts = markdownFacts(hover.sections.join('\n\n'));
      assert.ok(facts.links.length > 0, 'the hover has its own links');
      for (const href of facts.links) {
        if (href.startsWith('https://factcheck.example/')) continue;
        assert.ok(href.startsWith('command:'), `unexpected link ${href}`);
        assert.ok(OWN.has(commandOf(href)), `unexpected command ${href}`);
        assert.notEqual(commandOf(href), REVIEW_COMMANDS.confirmAll);
        const args = argsOf(href) as unknown[];
        assert.equal(args[0], URI, 'every link names this article');
      }
      assert.ok(!facts.titles.includes('PWNED'), 'no injected link');
      assert.equal(facts.html, 0);
      assert.equal(facts.headings, 0);
    });

  it('links evidence only over http(s), and shows the rest as text', () => {
    const hover = hoverAt(analysis, document, at(C_COST), context)!;
    const facts = markdownFacts(hover.sections.join('\n\n'));
    assert.deepEqual(
      facts.links.filter((l) => !l.startsWith('command:')),
      ['https://factcheck.example/ruling'],
    );
    assert.match(hover.sections.join(''), /Evidence: command:\S+ javascript:alert\(1\) \[3\]/);
  });

  it('links a note’s Remove to the checked removal, naming the note', () => {
    const hover = hoverAt(analysis, document, at('Riverton Council', 3), context)!;
    const removal = markdownFacts(hover.sections.join('\n\n')).links.filter(
      (l) => commandOf(l) === REMOVE_FROM_LINK_COMMAND,
    );
    assert.deepEqual(removal.map(argsOf), [[URI, 'urn:uuid:note-1']]);
  });
});
