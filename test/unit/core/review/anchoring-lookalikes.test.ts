// Re-anchoring never lands on a look-alike (issue 16 §1): when the annotated text is deleted, a near
// duplicate that differs by a number, a name, a word or a negation is a different statement and the
// annotation orphans; meaning-keeping edits (typos, spacing, reflowed lines, quotation marks) still anchor.
import assert from 'node:assert/strict';
import { anchor, anchorAll, describeSpan, type Selectors } from '../../../../src/core/review/anchoring/anchoring';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n');
const OPENING =
  'Ministers met in the capital on Monday to discuss the trade agreement with the neighbouring countries.';
const CLOSING = 'Talks are expected to resume next week, when the negotiators return from their regional visits.';

/** Selectors for `exact` (its first occurrence) in `text`, as the extension writes them. */
function selectorsOf(text: string, exact: string): Selectors {
  const at = text.indexOf(exact);
  assert.ok(at >= 0, `fixture: ${JSON.stringify(exact)} is not in the text`);
  return describeSpan(text, at, at + exact.length);
}

/** The article without one paragraph. */
const without = (paragraphs: string[], drop: string) => article(...paragraphs.filter((p) => p !== drop));

describe('anchoring: a deleted passage never moves onto its look-alike', () => {
  const FARM =
    'Speaking in the north, the farm minister said that the deal would cost 40,000 jobs in farming over ten years.';
  const FISH =
    'Speaking on the coast, the fisheries minister said that the deal would cost 4,000 jobs in fishing over ten years.';

  it('the farm/fisheries example: the reviewed claim is deleted, the parallel one stays: orphaned', () => {
    const paragraphs = [OPENING, FARM, FISH, CLOSING];
    const before = article(...paragraphs);
    const claim = selectorsOf(before, 'the deal would cost 40,000 jobs in farming over ten years');
    const quote = selectorsOf(before, FARM);
    const after = without(paragraphs, FARM);
    for (const selectors of [claim, quote]) {
      const result = anchor(after, selectors);
      assert.equal(result.orphaned, true, JSON.stringify(result));
    }
    // Alone or with its neighbours' evidence, the same.
    assert.ok(
      anchorAll(after, [claim, quote, selectorsOf(before, CLOSING)])
        .slice(0, 2)
        .every((r) => r.orphaned),
    );
  });

  const cases: { name: string; annotated: string; twin: string; reason: RegExp }[] = [
    {
      name: 'one number',
      annotated:
        'The company said on Friday that it would close 12 of its stores across the region by the end of March.',
      twin: 'The company said on Friday that it would close 17 of its stores across the region by the end of March.',
      reason: /number/,
    },
    {
      name: 'one name',
      annotated:
        'The mayor, Anna Lindqvist, said that the new bridge would open to traffic before the winter holidays.',
      twin: 'The mayor, Anna Lindgren, said that the new bridge would open to traffic before the winter holidays.',
      reason: /name/,
    },
    {
      name: 'one word',
      annotated:
        'The central bank warned on Thursday that consumer prices would rise sharply during the coming months.',
      twin: 'The central bank warned on Thursday that consumer prices would fall sharply during the coming months.',
      reason: /word/,
    },
    {
      name: 'a negation',
      annotated: 'The prosecutor told the court that the defendant had been present at the meeting in the harbour.',
      twin: 'The prosecutor told the court that the defendant had not been present at the meeting in the harbour.',
      reason: /negation|words/,
    },
    {
      name: 'a contracted negation',
      annotated: 'The coach said after the match that the team could win the title if the players stayed fit.',
      twin: "The coach said after the match that the team couldn't win the title if the players stayed fit.",
      reason: /negation/,
    },
  ];
  for (const c of cases) {
    it(`a near duplicate with ${c.name} changed is a different statement: orphaned, with the reason`, () => {
      const paragraphs = [OPENING, c.annotated, CLOSING, c.twin];
      const before = article(...paragraphs);
      const selectors = [selectorsOf(before, c.annotated), selectorsOf(before, OPENING), selectorsOf(before, CLOSING)];
      const after = without(paragraphs, c.annotated);
      const alone = anchor(after, selectors[0]!);
      assert.equal(alone.orphaned, true, JSON.stringify(alone));
      assert.match(alone.orphaned ? alone.reason : '', c.reason);
      assert.equal(anchorAll(after, selectors)[0]!.orphaned, true);
    });
  }

  it('templated passages (results, listings): the deleted line never moves onto another line', () => {
    const results = [
      'Riverside beat Hillcrest 3-1 at home on Saturday, with two goals from Jonas Falk.',
      'Northgate beat Eastbury 2-0 at home on Saturday, with two goals from Peter Holm.',
      'Lakeview beat Westfield 3-1 at home on Saturday, with two goals from Jonas Falk.',
    ];
    const listings = [
      'Two-bedroom flat, 64 square metres, third floor, balcony facing south, asking price 2,450,000.',
      'Two-bedroom flat, 68 square metres, third floor, balcony facing south, asking price 2,450,000.',
      'Two-bedroom flat, 64 square metres, second floor, balcony facing south, asking price 2,450,000.',
    ];
    for (const lines of [results, listings]) {
      const paragraphs = [OPENING, ...lines, CLOSING];
      const before = article(...paragraphs);
      for (const line of lines) {
        const after = without(paragraphs, line);
        const result = anchor(after, selectorsOf(before, line));
        assert.equal(result.orphaned, true, `${line} → ${JSON.stringify(result)}`);
      }
    }
  });
});

describe('anchoring: edits that keep the meaning keep the annotation', () => {
  const QUOTE =
    '“The agreement will protect 40,000 jobs in farming and give the northern regions ten years to adapt,” said Ole Berg.';
  const edits: [string, (s: string) => string][] = [
    ['a typo fixed in a long word', (s) => s.replace('agreement', 'agreemnet')],
    ['reflowed lines', (s) => s.replace(' jobs in', '\njobs in').replace(' regions ten', '\nregions ten')],
    ['straight quotation marks', (s) => s.replace('“', '"').replace('”', '"')],
    ['spacing and punctuation', (s) => s.replace(' and give', ', and  give')],
    ['a grammatical word dropped', (s) => s.replace('give the northern', 'give northern')],
  ];
  for (const [name, edit] of edits) {
    it(`${name}: anchored on the edited passage`, () => {
      const before = article(OPENING, QUOTE, CLOSING);
      const edited = edit(QUOTE);
      assert.notEqual(edited, QUOTE);
      const after = article(OPENING, edited, CLOSING);
      const result = anchor(after, selectorsOf(before, QUOTE));
      assert.equal(result.orphaned, false, JSON.stringify(result));
      if (!result.orphaned) assert.equal(after.slice(result.start, result.end), edited);
    });
  }

  it('a reworded passage (a content word added) orphans even where it stands', () => {
    const before = article(OPENING, QUOTE, CLOSING);
    const after = article(OPENING, QUOTE.replace('will protect', 'will probably protect'), CLOSING);
    const result = anchor(after, selectorsOf(before, QUOTE));
    assert.equal(result.orphaned, true, JSON.stringify(result));
  });
});
