// Whether a near match says the same thing (statementCheck.ts), and the counted work budget of the
// approximate search (fuzzyMatch.ts): a table of rewordings, and a sidecar of near misses that runs out.
import assert from 'node:assert/strict';
import { anchorAll, describeSpan } from '../../../../src/core/review/anchoring/anchoring';
import { FUZZY_WORK_BUDGET, MAX_FUZZY_ERRORS } from '../../../../src/core/review/anchoring/anchorRules';
import { AnchorText } from '../../../../src/core/review/anchoring/anchorSteps';
import { negationBeside, statementChange, typoDistance } from '../../../../src/core/review/anchoring/statementCheck';

/** Word counts of a small imagined article: "rise", "fall", "agreement" and "details" are words of it. */
const ARTICLE_WORDS = new Map([
  ['rise', 2],
  ['fall', 2],
  ['agreement', 3],
  ['details', 2],
  ['detail', 2],
]);
const count = (w: string) => ARTICLE_WORDS.get(w) ?? 0;

describe('statementChange: what a near match may differ by', () => {
  const A = 'The minister said the agreement would cost 40,000 jobs in farming.';
  const table: [string, string, RegExp | undefined][] = [
    [
      'whitespace and a reflowed line',
      'The minister said  the\nagreement would cost 40,000 jobs in farming.',
      undefined,
    ],
    ['quotation-mark style', A.replace('The', '“The').replace('farming.', 'farming.”'), undefined],
    ['punctuation', 'The minister said: the agreement would cost 40,000 jobs in farming!', undefined],
    ['a typo (not a word of the article)', A.replace('agreement', 'agreemnet'), undefined],
    ['a grammatical word dropped', A.replace('said the', 'said'), undefined],
    ['a grammatical word added', A.replace('said the', 'said that the'), undefined],
    ['case only', A.replace('minister', 'Minister'), undefined],
    ['a number', A.replace('40,000', '4,000'), /number/],
    ['a digit group', A.replace('40,000', '40,500'), /number/],
    ['a name', 'The minister Ole Berg said the agreement would cost 40,000 jobs.', /number|name|words/],
    ['a word', A.replace('farming', 'fishing'), /word/],
    ['a negation', A.replace('would cost', 'would not cost'), /negation/],
    ['a contracted negation', A.replace('would cost', "wouldn't cost"), /negation/],
    ['a modal verb', A.replace('would', 'could'), /modal/],
    ['a grammatical word swapped', A.replace('in farming', 'at farming'), /word/],
    ['a content word added', A.replace('would cost', 'would probably cost'), /added or removed/],
    ['a plural', A.replace('jobs', 'job'), /word/],
  ];
  for (const [name, found, reason] of table) {
    it(`${name}: ${reason ? 'a different statement' : 'the same statement'}`, () => {
      const change = statementChange(A, found, count);
      if (reason) assert.match(change ?? '', reason);
      else assert.equal(change, undefined);
    });
  }

  it('two real words of the article one letter apart are different words, not a typo', () => {
    const S = 'Analysts expect prices to rise sharply this year.';
    assert.equal(statementChange(S.replace('rise', 'rose'), S, count), 'a word differs', 'short: never a typo');
    const D = 'The report gives details about the plan.';
    assert.match(statementChange(D, D.replace('details', 'detail'), count) ?? '', /word/);
  });

  it('a negation right beside the match counts', () => {
    const stored = { prefix: 'the court heard that he had ', suffix: ' been there.' };
    assert.equal(negationBeside(stored, { prefix: 'the court heard that he had ', suffix: ' been there.' }), undefined);
    assert.match(
      negationBeside(stored, { prefix: 'the court heard that he had ', suffix: ' not been' }) ?? '',
      /negation/,
    );
  });

  it('typoDistance counts a transposition as one edit and stops past its bound', () => {
    assert.equal(typoDistance('agreement', 'agreemnet', 2), 1);
    assert.equal(typoDistance('farming', 'fishing', 1), 2);
  });
});

describe('statementChange: typos in short words and in names', () => {
  const A = 'Minister Helena Marchetti said the plan would cost farms dearly.';
  /** Names of the imagined article, lower-cased; `others` adds look-alikes. */
  const namesOf =
    (...others: string[]) =>
    () => ['minister', 'helena', 'marchetti', ...others];
  const counts = (extra: Record<string, number> = {}) => {
    const words = new Map(Object.entries({ marchetti: 3, helena: 2, cost: 1, farms: 1, ...extra }));
    return (w: string) => words.get(w) ?? 0;
  };
  const table: [string, string, Record<string, number>, string[], RegExp | undefined][] = [
    ['a four-letter word, one letter swapped in', A.replace('cost', 'cozt'), {}, [], undefined],
    ['a four-letter word, two letters transposed', A.replace('cost', 'csot'), {}, [], undefined],
    ['a five-letter word, a letter dropped', A.replace('farms', 'frms'), {}, [], undefined],
    ['a four-letter word cut to three', A.replace('cost', 'cst'), {}, [], /word/],
    ['a four-letter word, its first letter changed', A.replace('cost', 'lost'), {}, [], /word/],
    ['a four-letter word, the new form a word of the article', A.replace('cost', 'cast'), { cast: 2 }, [], /word/],
    ['a four-letter word, two edits', A.replace('cost', 'ctso'), {}, [], /word/],
    ['a name, two letters transposed', A.replace('Marchetti', 'Marhcetti'), {}, [], undefined],
    ['a name, a letter dropped', A.replace('Marchetti', 'Marchetti'.replace('ch', 'c')), {}, [], undefined],
    ['a name with a look-alike in the article', A.replace('Marchetti', 'Marhcetti'), {}, ['marchetta'], /name/],
    ['a name, the new form also elsewhere', A.replace('Marchetti', 'Marcetti'), { marcetti: 2 }, [], /name/],
    ['a short name (under six letters)', A.replace('Helena', 'Hlena'), {}, [], /name/],
    ['a name, its first letter changed', A.replace('Marchetti', 'Barchetti'), {}, [], /name/],
    ['another name of the article', A.replace('Helena', 'Helene'), { helene: 2 }, ['helene'], /name/],
  ];
  for (const [name, found, extra, others, reason] of table)
    it(`${name}: ${reason ? 'a different statement' : 'the same statement'}`, () => {
      const change = statementChange(A, found, counts(extra), namesOf(...others));
      if (reason) assert.match(change ?? '', reason);
      else assert.equal(change, undefined);
    });
});

describe('the approximate search is paid from a counted budget per article', () => {
  const paragraph = (i: number) =>
    `Paragraph ${i}: the council reviewed the report on roads, schools and water supplies in district ${i}.`;
  const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n\n');
  /** Annotations on long spans whose quote was reflowed in one place, so that each needs the approximate search. */
  const nearMisses = Array.from({ length: 60 }, (_, i) => {
    const start = text.indexOf(paragraph(i * 6));
    const s = describeSpan(text, start, start + 1800);
    const space = s.quote.exact.indexOf(' ', 900);
    return {
      ...s,
      quote: { ...s.quote, exact: `${s.quote.exact.slice(0, space)}\n${s.quote.exact.slice(space + 1)}` },
    };
  });

  it('past the budget, the remaining near misses orphan and say why; the work is counted, so runs agree', () => {
    const first = anchorAll(text, nearMisses);
    const second = anchorAll(text, nearMisses);
    assert.deepEqual(first, second);
    const spent = first.filter((r) => r.orphaned && /budget/.test(r.reason));
    assert.ok(spent.length > 0, 'the budget ran out');
    assert.ok(
      first.some((r) => !r.orphaned),
      'the first ones were searched',
    );
  });

  it('a text has its own budget, and every search takes from it', () => {
    const doc = new AnchorText(text);
    assert.equal(doc.budget.left, FUZZY_WORK_BUDGET);
    assert.ok(MAX_FUZZY_ERRORS <= 64);
  });
});
