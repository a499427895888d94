// Words: what a capital letter says about a word (months used as dates).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function typed(text: string): string[] {
  return analyze(text).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('entities: words', () => {
  const cases: { name: string; text: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a month after a preposition opening the sentence is a date',
      text: 'The board met twice.\nIn May the court ruled on the case. Prime Minister Theresa May spoke in Leeds.',
      present: ['Theresa May/PER', 'Leeds/LOC'],
      absent: ['May/LOC', 'May/ORG', 'May/PER'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = typed(c.text);
      for (const p of c.present) assert.ok(got.includes(p), `${p} missing from ${JSON.stringify(got)}`);
      for (const a of c.absent) assert.ok(!got.includes(a), `${a} found in ${JSON.stringify(got)}`);
    });
});
