// The quote hover says who the speaker is as the text does: role and organization, a resolved description,
// and the confidence in words (the number stays in the details line).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimText, confidenceWords, quoteText } from '../../../../src/core/presentation/hoverText';

function hoverOfFirstQuote(text: string): string {
  const analysis = analyze(text, { expectHeader: true });
  const quote = analysis.quotes[0];
  assert.ok(quote, 'a quote');
  return quoteText(quote, text);
}

describe('quote hover: the person behind the title', () => {
  it('names the person and keeps the role and the organization', () => {
    const md = hoverOfFirstQuote(
      'date 2016-05-02 The bridge reopened on Monday.\n\n“We will rebuild it,” said White House press secretary Dana Wells.\n',
    );
    assert.match(md, /speaker: \*\*Dana Wells\*\*/);
    assert.match(md, /press secretary, White House/);
  });

  it('shows a resolved description as "the mayor → name (described)"', () => {
    const md = hoverOfFirstQuote(
      'date 2016-05-02 Mayor Irene Vask opened the new bridge in Elmdale on Monday.\n\n“It is a good day for the town,” the mayor said.\n',
    );
    assert.match(md, /speaker: \*\*Irene Vask\*\*/);
    assert.match(md, /the mayor → Irene Vask \(described\)/);
  });
});

describe('claim hover: the source’s confidence in words', () => {
  it('says how likely the source is, the number in the evidence', () => {
    const text = 'date 2016-05-02 Irene Vask said on Monday that the bridge would reopen in June.\n';
    const claim = analyze(text, { expectHeader: true }).claims[0];
    assert.ok(claim, 'a claim');
    const md = claimText(claim, text);
    assert.match(md, new RegExp(`source: \\*\\*Irene Vask\\*\\* \\(${confidenceWords(claim.source.confidence)}\\)`));
    assert.match(md, /confidence 0\.\d\d from the evidence/);
  });
});

describe('confidence in words', () => {
  for (const [p, words] of [
    [0.97, 'very likely'],
    [0.8, 'likely'],
    [0.5, 'uncertain'],
    [0.2, 'doubtful'],
  ] as const) {
    it(`${p} reads "${words}"`, () => assert.equal(confidenceWords(p), words));
  }

  it('the hover gives the words beside the speaker and the number in the details', () => {
    const md = hoverOfFirstQuote('date 2016-05-02 Intro.\n\n“The plan is sound,” Dana Wells said on Monday.\n');
    assert.match(md, /speaker: \*\*Dana Wells\*\* \((very likely|likely|uncertain|doubtful)\)/);
    assert.match(md, /confidence \d+%/);
  });
});
