// Entities a reader trusts: venues, datelines, company names, ordinals, events and sentence-initial words.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

function typed(text: string): string[] {
  return analyze(text).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('entities: precision', () => {
  const cases: { name: string; text: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a month used as a date is not a name; a person named May is',
      text: 'The board met in May and again since May. May 13 Arrive in Lisbon. Prime Minister Theresa May spoke.',
      present: ['Theresa May/PER', 'Lisbon/LOC'],
      absent: ['May/LOC', 'May/ORG', 'May/PER'],
    },
    {
      name: 'a role phrase without its holder names nobody; the place in it is kept',
      text: 'She was the first woman to hold the position of Secretary of State. He was named Archbishop of Cape Town.',
      present: ['Cape Town/LOC'],
      absent: ['Secretary of State/LOC', 'Secretary of State/ORG', 'State/LOC', 'Archbishop of Cape Town/LOC'],
    },
    {
      name: 'weak names in a list take the type the list agrees on',
      text: 'Talks were held in Lisbon, Madrid, Porto and Vigorra last week. Hadley Zorn, Nina Brask and Tobin Sall attended.',
      present: ['Vigorra/LOC', 'Hadley Zorn/PER', 'Nina Brask/PER', 'Tobin Sall/PER'],
      absent: ['Vigorra/ORG'],
    },
    {
      name: 'a name inside a "-based" modifier is not a mention; the company after it is',
      text: 'The Lisbon-based group sued. A New York-based fund and the U.S.-based Tarvin Data Corporation joined.',
      present: ['Tarvin Data Corporation/ORG'],
      absent: ['New/LOC', 'New/ORG', 'U.S.-based Tarvin Data Corporation/ORG', 'Lisbon-based/LOC'],
    },
    {
      name: 'an acronym defined after a name is a name even where it spells a common word',
      text: 'She rejoined the Civic Union (AN) on Friday. AN leader Paolo Brenti welcomed her back to AN.',
      present: ['Civic Union/ORG', 'AN/ORG', 'Paolo Brenti/PER'],
      absent: [],
    },
    {
      name: 'an organization "in" a known city is the organization and the city',
      text: 'Mara Lind, an analyst at Union Bank of Norland in Tokyo, said the Orvel Animal Hospital in Chicago had closed.',
      present: ['Union Bank of Norland/ORG', 'Tokyo/LOC', 'Orvel Animal Hospital/ORG', 'Chicago/LOC'],
      absent: ['Union Bank of Norland in Tokyo/ORG'],
    },
    {
      name: 'where an analyst works is an organization',
      text: '"It is a sudden plunge," said Carla Ponte, research director at Santander. Tom Ruiz, an analyst with Verdel Brothers, agreed.',
      present: ['Santander/ORG', 'Verdel Brothers/ORG', 'Carla Ponte/PER', 'Tom Ruiz/PER'],
      absent: ['Santander/LOC', 'Verdel Brothers/PER'],
    },
    {
      name: 'a lower-case place noun beside a name makes it a place; a comma between does not',
      text: 'Soldiers at the Varun checkpoint stopped him. Rain fell in the Corvel area and in the capital Port Amsel, the coastal town of Bel Tavi. Trade fell at the airport, Norvik said.',
      present: ['Varun/LOC', 'Corvel/LOC', 'Port Amsel/LOC', 'Bel Tavi/LOC'],
      absent: ['Varun/ORG', 'Corvel/ORG', 'Port Amsel/PER', 'Bel Tavi/PER', 'Norvik/LOC'],
    },
    {
      name: 'a capitalised descriptor before a full name is not part of it',
      text: 'The champion brushed aside unseeded Englishman Mark Tolley on Friday, and Queenslander Daniel Hebb lost.',
      present: ['Mark Tolley/PER', 'Daniel Hebb/PER'],
      absent: ['Englishman Mark Tolley/PER', 'Queenslander Daniel Hebb/PER'],
    },
    {
      name: 'an appositive naming a kind of organization, or "said it", makes an organization; a role appositive does not',
      text: 'Varnok Pank, one of the largest banks in Estonia, made a profit. Engineer Tolmec said it doubled output. Ivo Sarn, the chairman of the Tolmec board, left.',
      present: ['Varnok Pank/ORG', 'Tolmec/ORG', 'Ivo Sarn/PER'],
      absent: ['Varnok Pank/PER', 'Tolmec/PER', 'Ivo Sarn/ORG'],
    },
    {
      name: 'two names joined by "and" do not share a type; a person "said it" stays a person',
      text: 'Nora Vell reported from New York and Tae-Min Soh from Seoul. Martin Ruhl said it was over. The party sent money to GOP state parties.',
      present: ['Tae-Min Soh/PER', 'Martin Ruhl/PER', 'New York/LOC'],
      absent: ['Tae-Min Soh/LOC', 'Martin Ruhl/ORG', 'GOP/LOC'],
    },
    {
      name: 'a lone unknown word that only qualifies a noun is no organization; one before a kind of organization is',
      text: 'He is from the Varsoma tribe, and the four men were shot at from a Keltra car. Sales at the Brightmore supermarket chain rose.',
      present: ['Brightmore/ORG'],
      absent: ['Varsoma/ORG', 'Keltra/ORG'],
    },
    {
      name: 'a role in an appositive makes a person; a role noun right after a name makes no person',
      text: 'Bill Tarrow, chairman of the Dock Workers Group, told reporters. Hal Brinn, general secretary of the union, agreed. Reporters said Vantor chief Ada Koll agreed.',
      present: ['Bill Tarrow/PER', 'Hal Brinn/PER', 'Ada Koll/PER'],
      absent: ['Bill Tarrow/ORG', 'Hal Brinn/ORG', 'Vantor/PER'],
    },
    {
      name: 'a Title Case line that lists names is no headline; a name ending like a nationality that speaks is a name',
      text: 'Northland - Tries: Sean Mallory, Walter Brisk, Justin Harrow.\n"It is over," said Campelese.',
      present: ['Sean Mallory/PER', 'Walter Brisk/PER', 'Justin Harrow/PER', 'Campelese/PER'],
      absent: [],
    },
    {
      name: 'a Title Case headline with commas is still a headline',
      text: 'Exclusive: Mara Quill, Harbor Activist, Running For Congress.\nHarbor activist Mara Quill is running for Congress.',
      present: ['Mara Quill/PER'],
      absent: ['Running For Congress/ORG', 'Harbor Activist/PER', 'Harbor Activist/ORG'],
    },
    {
      name: 'the region after a dateline city is a place',
      text: 'MILWAUKEE, Wisconsin 1996-08-29\nThe tournament opened on Thursday.',
      present: ['MILWAUKEE/LOC', 'Wisconsin/LOC'],
      absent: ['Wisconsin/ORG'],
    },
    {
      name: 'a result line opens with its venue; a ground is followed by its town',
      text: 'CRICKET - ENGLISH COUNTY RESULTS.\nLONDON 1996-08-30\nLeicester: Leicestershire beat Somerset by an innings and 39 runs.\nAugust 7-11 Fifth test (at Trent Bridge, Nottingham)',
      present: ['Leicester/LOC', 'Nottingham/LOC'],
      absent: ['Leicester/ORG', 'Nottingham/ORG', 'Fifth/ORG'],
    },
    {
      name: 'company suffixes end a name; "and" between two companies splits them',
      text: 'Among the buyers are Norwest Corp., Ohio-based KeyCorp and Banc One Corp. and First Chicago NBD Corp. in Illinois.',
      present: [
        'Norwest Corp./ORG',
        'KeyCorp/ORG',
        'Banc One Corp./ORG',
        'First Chicago NBD Corp./ORG',
        'Illinois/LOC',
      ],
      absent: ['KeyCorp and Banc One Corp./ORG'],
    },
    {
      name: 'ordinals and words after a date at a line start are not names',
      text: "TOUR SCHEDULE\nMay 13 Arrive in London\nJune 19-23 Second test (at Lord's)",
      present: ['London/LOC'],
      absent: ['Arrive/ORG', 'Second/ORG'],
    },
    {
      name: 'a lone sentence-initial common word is not an organization; a Grand Prix is an event',
      text: '"Death does have some sad dimensions," he said. The Grand Prix starts on Sunday.',
      present: [],
      absent: ['Death/ORG', 'Grand Prix/PER', 'Grand Prix/ORG'],
    },
    {
      name: 'party words, groups of people and families are not organisations',
      text: 'Hillary Clinton spoke in Ohio. Democratic leaders and Latino voters cheered, and the Clintons left.',
      present: ['Hillary Clinton/PER', 'Ohio/LOC'],
      absent: ['Democratic/ORG', 'Latino/ORG', 'Clintons/ORG'],
    },
    {
      name: 'a state and a party is the state; a PAC is an organisation; a law is not a person',
      text: 'Texas Republicans met on Monday. The Ted Cruz Super PAC spent money. The Second Amendment was debated.',
      present: ['Texas/LOC', 'Ted Cruz Super PAC/ORG'],
      absent: ['Texas Republicans/ORG', 'Texas Republicans/LOC', 'Second Amendment/PER', 'Ted Cruz Super PAC/PER'],
    },
    {
      name: 'a Title-Case headline with a verb yields only names known from the text',
      text: 'Hillary Clinton leads in the polls.\n\nPoll Gives Hillary Clinton A Double-Digit Lead\n\nThe lead grew.',
      present: ['Hillary Clinton/PER'],
      absent: ['Poll Gives Hillary Clinton A Double-Digit Lead/PER'],
    },
    {
      name: 'the signature of a wire story and a line-up are people',
      text: 'SOCCER - IRELAND TEAM.\nDUBLIN 1996-08-30\nIreland: Given, Breen, Staunton, Irwin, McAteer.\n-- Luli Popescu, Bucharest Newsroom 40-1 3120264',
      present: ['Staunton/PER', 'McAteer/PER', 'Luli Popescu/PER'],
      absent: ['Luli Popescu/LOC', 'Staunton/ORG'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = typed(c.text);
      for (const p of c.present) assert.ok(got.includes(p), `${p} missing from ${got.join(', ')}`);
      for (const a of c.absent) assert.ok(!got.includes(a), `${a} unexpected in ${got.join(', ')}`);
    });
  }
});
