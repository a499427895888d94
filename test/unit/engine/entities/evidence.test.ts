// A capitalised common word needs evidence to be a name; a surname used as a person joins the person.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function typed(text: string): string[] {
  return analyze(text).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('entities: evidence for common words', () => {
  const cases: { name: string; text: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a common word opening a sentence names nothing',
      text: 'The crowd broke through the barriers at Stade Merlin.\nRiot police took ten minutes to restore order.',
      present: [],
      absent: ['Riot/ORG', 'Riot/PER', 'Riot/LOC'],
    },
    {
      name: 'a common word opening a sentence is a name with a speech cue beside it',
      text: 'Rain delayed the start by an hour.\nHunter said the pitch had helped the bowlers.',
      present: ['Hunter/PER'],
      absent: [],
    },
    {
      name: 'a common word opening a table row is a team',
      text: 'Results on Saturday:\nHarrow 2 Stoke 1\nMadley 0 Vicar 3\nArsenal 2 Tolworth 2\nBury 4 Parnell 0',
      present: ['Arsenal/ORG', 'Bury/ORG'],
      absent: [],
    },
    {
      name: 'a surname used as a person joins the person, even when it is a country',
      text: 'Bill Jordan, general secretary of the union, spoke in Oslo. Jordan said the vote was a disgrace.',
      present: ['Bill Jordan/PER', 'Jordan/PER'],
      absent: ['Jordan/LOC'],
    },
    {
      name: 'a capitalised word that is no common English word opens a name',
      text: 'Money list:\n11. Peter Lund (Norway) 211,175\n12. Frank Torvald (Sweden) 209,412',
      present: ['Peter Lund/PER', 'Frank Torvald/PER'],
      absent: ['Torvald/ORG'],
    },
    {
      name: 'a lone common word inside a sentence with no evidence of a name names nothing',
      text: 'They boarded Train 40 to Vienna.',
      present: ['Vienna/LOC'],
      absent: ['Train/ORG', 'Train/PER', 'Train/LOC'],
    },
    {
      name: 'capitalised common words alone, with no evidence, are no person',
      text: 'The band, known as "The Quiet Farmers", played in Oslo.',
      present: ['Oslo/LOC'],
      absent: ['Quiet Farmers/PER', 'The Quiet Farmers/PER'],
    },
    {
      name: 'a name that opens in a capitals headline is typed from its mentions in running text',
      text: 'SOCCER - LINDHOLM BEAT KORVAN 3-1.\nOSLO 1996-12-07\nLindholm romped to a 3-1 win over Korvan on Saturday.',
      present: ['KORVAN/ORG', 'Korvan/ORG'],
      absent: [],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = typed(c.text);
      for (const p of c.present) assert.ok(got.includes(p), `${p} missing from ${JSON.stringify(got)}`);
      for (const a of c.absent) assert.ok(!got.includes(a), `${a} found in ${JSON.stringify(got)}`);
    });
});
