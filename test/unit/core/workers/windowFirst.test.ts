// A long document's first window is asked for before its whole analysis, which waits for it; a window's
// analysis takes the review annotations on its covered part only.
import assert from 'node:assert/strict';
import { analyze, WINDOWED_MIN_CHARS, type AnalysisWindow } from '../../../../src/engine';
import { analyzeWindowFirst, windowKey } from '../../../../src/core/workers/windowFirst';
import { SupersededError, type AnalysisResult, type ReviewRequest } from '../../../../src/core/workers/workerPool';
import { applyReviews } from '../../../../src/core/review/apply';
import { annotate, BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

const LONG = `date 2024-05-02 ${'Anna Keller said the bridge will open in June.\n\n'.repeat(WINDOWED_MIN_CHARS / 20)}`;

/** An analysis call that records what it was asked and answers when `settle` is called. */
function recorder() {
  const calls: { key: string; window?: AnalysisWindow; settle: () => void }[] = [];
  const call = (text: string, key: string, request?: ReviewRequest): Promise<AnalysisResult> =>
    new Promise((resolve) => {
      const result = { analysis: { ...analyze('date 2024-05-02 x'), length: text.length }, ms: 0, failures: [] };
      calls.push({ key, window: request?.window, settle: () => resolve(result) });
    });
  return { calls, call };
}

describe('window first', () => {
  it('asks for a long text’s first window, then for the whole once the window is done', async () => {
    const { calls, call } = recorder();
    const staged = analyzeWindowFirst(call, LONG, 'doc');
    assert.ok(staged.first);
    assert.deepEqual(
      calls.map((c) => c.key),
      [windowKey('doc')],
      'only the window is asked for at first',
    );
    assert.ok(calls[0]!.window!.covered.end < LONG.length / 2);
    calls[0]!.settle();
    await staged.first;
    assert.deepEqual(
      calls.map((c) => [c.key, c.window]),
      [
        [windowKey('doc'), calls[0]!.window],
        ['doc', undefined],
      ],
    );
    calls[1]!.settle();
    assert.equal((await staged.whole).analysis.length, LONG.length);
  });

  it('does not ask for the whole of a text that changed meanwhile', async () => {
    const { calls, call } = recorder();
    const staged = analyzeWindowFirst(call, LONG, 'doc', {}, 0, () => false);
    calls[0]!.settle();
    await assert.rejects(staged.whole, SupersededError);
    assert.equal(calls.length, 1);
  });

  it('asks for the whole of an ordinary text at once, without a window', () => {
    const { calls, call } = recorder();
    const staged = analyzeWindowFirst(call, BRIDGE_ARTICLE, 'doc');
    assert.equal(staged.first, undefined);
    assert.deepEqual(
      calls.map((c) => c.key),
      ['doc'],
    );
  });

  it('applies to a window’s analysis only the review annotations on its covered part', () => {
    const machine = analyze(BRIDGE_ARTICLE, { expectHeader: true });
    const early = annotate(BRIDGE_ARTICLE, '“We have waited ten years for this bridge,”', {
      kind: 'quote',
      status: 'confirmed',
    });
    const late = annotate(BRIDGE_ARTICLE, '“Nobody asked the farmers.”', {
      kind: 'quote',
      status: 'corrected',
      speaker: 'Tom Brandt',
    });
    const end = BRIDGE_ARTICLE.indexOf('“It will');
    const window = { covered: { start: 0, end }, analysed: end };
    const partial = { ...machine, quotes: machine.quotes.filter((q) => q.start < end), window };
    const reviewed = applyReviews(partial, BRIDGE_ARTICLE, [early, late]);
    assert.deepEqual(
      reviewed.review.anchored.map((a) => a.annotation.id),
      [early.id],
    );
    assert.equal(reviewed.review.orphans.length, 0, 'the annotation past the window waits: it is no orphan');
    assert.equal(applyReviews(machine, BRIDGE_ARTICLE, [early, late]).review.anchored.length, 2);
  });
});
