// The status bar's text and tooltip, built in pure code: counts, reviewed/total with the reader's additions,
// and a tooltip whose only link is the product's Show Collection Report.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { applyReviews } from '../../../../src/core/review/apply';
import { statusText } from '../../../../src/core/presentation/statusText';
import { SHOW_REPORT_COMMAND } from '../../../../src/core/presentation/commandIds';
import { annotate, BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';
import { markdownFacts } from '../../helpers/markdownLinks';

describe('status bar text', () => {
  const machine = analyze(BRIDGE_ARTICLE, { expectHeader: true });
  const cases: [string, Parameters<typeof annotate>[2][], RegExp][] = [
    ['no review', [], /^\$\(quote\) 3 · \$\(person\) 2 · \$\(pass\) 0\/6$/],
    ['a confirmed quote', [{ kind: 'quote', status: 'confirmed' }], /\$\(pass\) 1\/6$/],
    ['an added quote', [{ kind: 'quote', status: 'added', speaker: 'Zed Tester' }], /\$\(pass\) 1\/7$/],
  ];
  for (const [what, bodies, expected] of cases)
    it(what, () => {
      const exact =
        bodies[0]?.kind === 'quote' && bodies[0].status === 'added'
          ? 'open a new bridge in June'
          : '“Nobody asked the farmers.”';
      const annotations = bodies.map((b) => annotate(BRIDGE_ARTICLE, exact, b));
      const status = statusText(applyReviews(machine, BRIDGE_ARTICLE, annotations), 12.3);
      assert.match(status.text, expected);
      assert.match(status.tooltip, /analysed in 12 ms/);
      const facts = markdownFacts(status.tooltip);
      assert.deepEqual(
        facts.links.map((l) => l.split('?')[0]),
        [`command:${SHOW_REPORT_COMMAND}`],
      );
    });

  it('a long article’s first window says the rest is being analysed', () => {
    const window = { covered: { start: 0, end: 120 }, analysed: 200 };
    const status = statusText(applyReviews({ ...machine, window }, BRIDGE_ARTICLE, []), 12.3);
    assert.match(status.text, /\$\(loading~spin\)$/);
    assert.match(status.tooltip, /in the first 120 of [\d,]+ characters; the rest is being analysed/);
    assert.doesNotMatch(statusText(applyReviews(machine, BRIDGE_ARTICLE, []), 1).text, /loading/);
  });
});
