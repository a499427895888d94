// Hovers on the sample article: a person, a place, a quote and a relative date.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FOLLOW_UP, hoverText, indexedApi, openSeed, positionOf, SAMPLE } from './helpers';

describe('hovers', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await indexedApi();
    document = (await openSeed(SAMPLE)).document;
  });

  it('describes Stoltenberg with his canonical name, role, counts and quotes', async () => {
    const text = await hoverText(document, positionOf(document, 'Stoltenberg said ahead', 0, 3));
    assert.match(text, /Jens Stoltenberg/);
    assert.match(text, /person/);
    assert.match(text, /Secretary-General/);
    assert.match(text, /\d+ mentions? in this article/);
    assert.match(text, /in 2 articles of the workspace/, 'the follow-up article mentions him too');
    assert.match(text, /Quotes \(\d+\)/);
    assert.match(text, /command:seedAnnotator\.revealRange\?/);
  });

  it('describes Bakhmut as a place', async () => {
    const text = await hoverText(document, positionOf(document, 'Bakhmut', 1, 2));
    assert.match(text, /Bakhmut/);
    assert.match(text, /place/);
    assert.match(text, /mentions in this article/);
  });

  it('explains who said a quote and why', async () => {
    const text = await hoverText(document, positionOf(document, 'we have seen fierce fighting', 0, 5));
    assert.match(text, /Quote/);
    assert.match(text, /speaker: \*\*Jens Stoltenberg\*\*/);
    assert.match(text, /rule: \w+/);
    assert.match(text, /confidence \d+%/);
  });

  it('follows a pronoun to its speaker', async () => {
    const text = await hoverText(document, positionOf(document, 'They have suffered big losses', 0, 5));
    assert.match(text, /speaker: \*\*Jens Stoltenberg\*\*/);
    assert.match(text, /“he” → Jens Stoltenberg/);
  });

  it('resolves "Wednesday" against the article date', async () => {
    const text = await hoverText(document, positionOf(document, 'Wednesday', 0, 2));
    assert.match(text, /Date/);
    assert.match(text, /2023-03-0[1-8]/);
  });

  it('describes no entity on an ordinary word', async () => {
    const text = await hoverText(document, positionOf(document, 'ammunition stockpiles', 0, 3));
    assert.doesNotMatch(text, /— (person|place|organization)/);
  });

  // Speed is measured by `npm run bench:hover`; here the hover must come from the stored result, not a new analysis.
  it('answers from the stored analysis, without analysing again', async () => {
    const api = await indexedApi();
    const followUp = (await openSeed(FOLLOW_UP)).document;
    const position = positionOf(followUp, 'Stoltenberg said at', 0, 2);
    await hoverText(followUp, position);
    let analyses = 0;
    const subscription = api.store.onDidChange(({ document }) => {
      if (document === followUp) analyses++;
    });
    const timings: number[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        assert.match(await hoverText(followUp, position), /Jens Stoltenberg/);
        timings.push(performance.now() - started);
      }
    } finally {
      subscription.dispose();
    }
    console.log(
      `    hover round trip through the workbench: median ${timings.sort((a, b) => a - b)[2]!.toFixed(0)} ms`,
    );
    assert.equal(analyses, 0, 'five hovers on an analysed article start no analysis');
  });
});
