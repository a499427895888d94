// Paragraphs as feeds export them: single line breaks, punctuation-only lines, hard-wrapped text.
import assert from 'node:assert/strict';
import { verbForms } from '../../../src/engine/lexicon/verbs';
import { findParagraphs } from '../../../src/engine/text/structure';

const paragraphsOf = (text: string): string[] => findParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('findParagraphs', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'blank lines', text: 'One.\n\nTwo.\n\n\nThree.', expected: ['One.', 'Two.', 'Three.'] },
    {
      name: 'single line breaks',
      text: 'Ana Ruiz spoke first.\n“We will appeal.”\nThe council adjourned.',
      expected: ['Ana Ruiz spoke first.', '“We will appeal.”', 'The council adjourned.'],
    },
    {
      name: '"." lines between paragraphs',
      text: 'One.\n.\nTwo.\n \n.\n\nThree.',
      expected: ['One.', 'Two.', 'Three.'],
    },
    {
      name: 'other punctuation-only lines',
      text: 'One.\n* * *\nTwo.\n―\nThree.',
      expected: ['One.', 'Two.', 'Three.'],
    },
    {
      name: 'a line going on in lower case joins the one before',
      text: 'The mayor said the plan would\ncost more than expected.\nNext item.',
      expected: ['The mayor said the plan would\ncost more than expected.', 'Next item.'],
    },
    {
      name: 'a hard-wrapped block stays one paragraph',
      text: 'The council met on Monday to discuss the\nbudget for next year, which Ana Ruiz said\nWould be the tightest in a decade because\nof falling tax revenue.\n\nNext.',
      expected: [
        'The council met on Monday to discuss the\nbudget for next year, which Ana Ruiz said\nWould be the tightest in a decade because\nof falling tax revenue.',
        'Next.',
      ],
    },
    { name: 'Windows line ends', text: 'One.\r\nTwo.\r\n\r\nThree.', expected: ['One.', 'Two.', 'Three.'] },
    { name: 'only punctuation', text: '.\n.\n...', expected: [] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepEqual(paragraphsOf(text), expected));
  }

  it('skips a header given by its end offset', () => {
    const text = 'date 2024-01-01\nLead.\nSecond.';
    assert.deepEqual(
      findParagraphs(text, 16).map((p) => text.slice(p.start, p.end)),
      ['Lead.', 'Second.'],
    );
  });
});

describe('cue verb forms come from compromise’s conjugation', () => {
  const table: [string, string[]][] = [
    ['admit', ['admitted', 'admits', 'admitting']],
    ['slam', ['slammed', 'slams', 'slamming']],
    ['state', ['stated', 'states', 'stating']],
    ['say', ['said', 'says', 'saying']],
    ['go', ['went', 'goes', 'gone']],
    ['quip', ['quipped']],
  ];
  for (const [base, forms] of table) {
    it(`${base} → ${forms.join(', ')}`, () => {
      const all = verbForms(base);
      for (const form of forms) assert.ok(all.includes(form), `${form} in ${all.join(', ')}`);
    });
  }
});
