// Problems from quotes and claims: each code, with a span, a message and a severity.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import type { ProblemCode } from '../../../src/engine/types';

const problemsOf = (text: string, code: ProblemCode) => analyze(text).problems.filter((p) => p.code === code);

describe('collectProblems', () => {
  it('unattributed-quote for a full quote without a speaker', () => {
    const text = 'It was cold. “Closed for the winter.” Nobody knew why.';
    const [p] = problemsOf(text, 'unattributed-quote');
    assert.ok(p);
    assert.equal(text.slice(p.start, p.end), '“Closed for the winter.”');
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /speaker/);
  });

  it('no unattributed-quote for a partial quote or an attributed quote', () => {
    assert.deepEqual(problemsOf('The plan was called “a disaster” by many.', 'unattributed-quote'), []);
    assert.deepEqual(problemsOf('“We will not give up,” Maria Lopez said.', 'unattributed-quote'), []);
  });

  it('ambiguous-attribution points at the candidate speakers', () => {
    const text = 'John Carter argued with Sam Reed about the budget. “It is too late,” he said.';
    const [p] = problemsOf(text, 'ambiguous-attribution');
    assert.ok(p);
    assert.equal(p.severity, 'info');
    assert.deepEqual(p.related?.map((r) => text.slice(r.start, r.end)).sort(), ['John Carter', 'Sam Reed']);
    assert.match(p.message, /John Carter|Sam Reed/);
  });

  it('no ambiguity when gender decides', () => {
    const text = 'Mr. Tom Field argued with Mrs. Anna Reed about the budget. “It is too late,” she said.';
    assert.deepEqual(problemsOf(text, 'ambiguous-attribution'), []);
  });

  it('anonymous-source once per anonymous source mention', () => {
    const text = 'Officials said the talks had failed.';
    const problems = problemsOf(text, 'anonymous-source');
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0]!.start, problems[0]!.end), 'Officials');
    assert.equal(problems[0]!.severity, 'info');
  });

  it('unbalanced-quote for a quote never closed', () => {
    const [p] = problemsOf('He said: “This never ends.\n\nThe next paragraph is narration.', 'unbalanced-quote');
    assert.ok(p);
    assert.equal(p.severity, 'warning');
  });
});
