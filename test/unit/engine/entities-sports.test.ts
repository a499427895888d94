// Sport tables and score lines: clubs are organizations, national sides and venues are places, scorers are people.
// Every text here is invented for the test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

function typed(text: string): string[] {
  return analyze(text).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('entities: sport tables and score lines', () => {
  const cases: { name: string; text: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a standings row names its team in one cell, adjectives and weekdays included',
      text: "SOCCER - NORTHLAND LEAGUE STANDINGS.\nStandings after Sunday's games:\nRoyal Harbour 15 8 5 2 28 13 29\nEast Brackwater 15 7 4 4 28 22 25\nMillford Wednesday 15 4 4 7 15 22 16",
      present: ['Royal Harbour/ORG', 'East Brackwater/ORG', 'Millford Wednesday/ORG'],
      absent: ['Harbour/ORG', 'Brackwater/ORG', 'Millford/ORG'],
    },
    {
      name: "a team after the other side's score is one cell too",
      text: 'SOCCER - NORTHLAND RESULTS.\nResults of games on Saturday:\nKelby 0 Upper Marston 1\nDunmore 2 Royal Harbour 2',
      present: ['Upper Marston/ORG', 'Royal Harbour/ORG', 'Kelby/ORG', 'Dunmore/ORG'],
      absent: ['Marston/ORG', 'Harbour/ORG'],
    },
    {
      name: 'scorers in parentheses are people, the sides around them are teams',
      text: 'SOCCER - NORTHLAND SUMMARIES.\nSummaries of games on Saturday:\nKelby 2 (Tarrant 39, Ross 89) Dunmore 1 (Hay 83).\nBrackwater 1 (Olwen 60) Marston 2 (Pellow 27, Sindle 75).',
      present: [
        'Ross/PER',
        'Hay/PER',
        'Olwen/PER',
        'Pellow/PER',
        'Sindle/PER',
        'Kelby/ORG',
        'Dunmore/ORG',
        'Brackwater/ORG',
        'Marston/ORG',
      ],
      absent: ['Ross/ORG', 'Olwen/ORG', 'Sindle/ORG'],
    },
    {
      name: 'a club in parentheses after a player is an organization, a country stays a place',
      text: 'SOCCER - SQUAD NAMED.\nDefenders - Tomas Arvelo (Porto), Dario Venn (Barcelona, Spain), Ivo Castel (Braga), Luka Marn (Celtic)',
      present: ['Porto/ORG', 'Barcelona/ORG', 'Spain/LOC', 'Braga/ORG', 'Celtic/ORG', 'Tomas Arvelo/PER'],
      absent: ['Barcelona/LOC', 'Porto/LOC'],
    },
    {
      name: 'a city heading a capitals standings row is its team, apart from the city in the prose',
      text: 'BASEBALL - STANDINGS.\nNEW YORK 1996-08-30\nFans in New York cheered.\nEASTERN DIVISION\nNEW YORK 74 59 .556 -\nBOSTON 70 63 .526 4\nNEW YORK AT TORONTO',
      present: ['New York/LOC', 'NEW YORK/ORG', 'BOSTON/ORG', 'TORONTO/LOC'],
      absent: [],
    },
    {
      name: 'a list of counties in a cricket report names teams, not a place and its region',
      text: 'CRICKET - COUNTY ROUND-UP.\nLONDON 1996-08-30\nTitle rivals Essex, Derbyshire and Surrey all closed in on victory.',
      present: ['Essex/ORG', 'Derbyshire/ORG', 'Surrey/ORG'],
      absent: ['Essex/LOC'],
    },
    {
      name: 'a cricket scorecard names players after its marks and before bowling figures',
      text: 'CRICKET - NORTHLAND V SOUTHMARK SCOREBOARD.\nT. Brell c Anwaro b Keshavan 13\nR. Mott b Keshavan 22\nBowling: Velloor 7-0-29-0, Keshavan 9-0-49-1, Anwaro 8.1-0-43-3',
      present: ['Keshavan/PER', 'Anwaro/PER', 'Velloor/PER'],
      absent: ['Keshavan/ORG', 'Anwaro/ORG', 'Velloor/ORG'],
    },
    {
      name: 'a capitalised plural after "the" in a sports report is a team',
      text: 'BASEBALL - NORTHLAND LEAGUE.\nThe Harriers remained tied with the Falcons for the lead, with the Ospreys a game back.',
      present: ['Harriers/ORG', 'Falcons/ORG', 'Ospreys/ORG'],
      absent: [],
    },
    {
      name: 'a team whose name reads like a nationality is still a team in a table cell or in parentheses',
      text: 'SOCCER - NORTHLAND RESULTS.\nResults on Saturday:\nKelby 17 Dunmorians 54\nTarvonians 2 1 1 0 1 0 4\nMilo Brenn (Vastorese) scored twice.',
      present: ['Dunmorians/ORG', 'Tarvonians/ORG', 'Vastorese/ORG'],
      absent: [],
    },
    {
      name: 'a city qualifying a noun after a determiner is the place; the city as a side is the team',
      text: 'SOCCER - NORTHLAND ROUND-UP.\nBoth Lisbon teams lost on Sunday and the Madrid side drew.\nMadrid beat Porto 2-1 and Lisbon captain Rui Brava scored.',
      present: ['Lisbon/LOC', 'Madrid/LOC', 'Madrid/ORG', 'Porto/ORG', 'Lisbon/ORG'],
      absent: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = typed(c.text);
      for (const p of c.present) assert.ok(got.includes(p), `missing ${p} in ${JSON.stringify(got)}`);
      for (const p of c.absent) assert.ok(!got.includes(p), `unexpected ${p} in ${JSON.stringify(got)}`);
    });
  }
});
