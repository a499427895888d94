import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import type { Analysis, Entity, EntityType } from '../../../src/engine/types';

const mentionsOf = (a: Analysis): string[] => a.mentions.map((m) => `${a_text(a, m)}/${m.type}`);
let lastText = '';
const a_text = (_a: Analysis, m: { start: number; end: number }): string => lastText.slice(m.start, m.end);

function run(text: string): Analysis {
  lastText = text;
  return analyze(text);
}

function entity(a: Analysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${JSON.stringify(a.entities.map((x) => x.name))}`);
  return e;
}

describe('entities: spans and types', () => {
  const cases: { name: string; text: string; present: string[]; absent?: string[] }[] = [
    {
      name: 'possessive outside the span',
      text: 'He told CNN’s Wolf Blitzer that Moscow’s plan failed.',
      present: ['CNN/ORG', 'Wolf Blitzer/PER', 'Moscow/LOC'],
    },
    {
      name: 'punctuation outside the span',
      text: 'Officials in Paris, Berlin and Rome said (Reuters) it was over.',
      present: ['Paris/LOC', 'Berlin/LOC', 'Rome/LOC', 'Reuters/ORG'],
    },
    {
      name: 'title outside the person span',
      text: 'NATO Secretary-General Jens Stoltenberg spoke.',
      present: ['NATO/ORG', 'Jens Stoltenberg/PER'],
      absent: ['Secretary-General Jens Stoltenberg/PER'],
    },
    {
      name: 'honorific outside the span',
      text: 'The report was written by Dr. Anna Keller and Mr. Tom Baker.',
      present: ['Anna Keller/PER', 'Tom Baker/PER'],
    },
    {
      name: 'mercenary group is an organization',
      text: 'The mercenary group Wagner has spearheaded the attack. Wagner chief Yevgeny Prigozhin said so.',
      present: ['Wagner/ORG', 'Yevgeny Prigozhin/PER'],
      absent: ['Wagner/PER'],
    },
    {
      name: 'multi-word organizations',
      text: 'The Institute for the Study of War wrote to the Foreign Affairs Council of the European Union.',
      present: ['Institute for the Study of War/ORG', 'Foreign Affairs Council/ORG', 'European Union/ORG'],
    },
    {
      name: 'an "of ... and" organization name',
      text: 'She led the National Institute of Allergy and Infectious Diseases for years.',
      present: ['National Institute of Allergy and Infectious Diseases/ORG'],
    },
    {
      name: 'party and state tags are not names',
      text: 'Sen. Ada Brook, D-N.Y., and Rep. Cole Hart, R-La., voted.',
      present: ['Ada Brook/PER', 'Cole Hart/PER'],
      absent: ['D-N.Y/ORG', 'R-La/ORG', 'D-N.Y./ORG'],
    },
    {
      name: 'a known organization before a capitalised plural',
      text: 'This is an issue that NATO Allies have addressed.',
      present: ['NATO/ORG'],
      absent: ['NATO Allies/ORG'],
    },
    {
      name: 'company suffixes and "and" between two companies',
      text: 'Acme Widgets Inc said it bought Norland Traders Ltd and Pell Foods Corp last year.',
      present: ['Acme Widgets Inc/ORG', 'Norland Traders Ltd/ORG', 'Pell Foods Corp/ORG'],
    },
    {
      name: 'demonyms are not place mentions',
      text: 'Ukrainian troops held the line, Russian officials said in Moscow.',
      present: ['Moscow/LOC'],
      absent: ['Ukrainian/LOC', 'Russian/LOC'],
    },
    {
      name: 'sentence-initial common words are not names',
      text: 'After the vote, Police arrested nobody. However, Maria Lopez left Madrid.',
      present: ['Maria Lopez/PER', 'Madrid/LOC'],
      absent: ['After/ORG', 'However/ORG'],
    },
    {
      name: 'ALL-CAPS headline: only known names',
      text: 'STOLTENBERG WARNS BAKHMUT MAY FALL\nNATO chief Jens Stoltenberg said Bakhmut may fall.',
      present: ['STOLTENBERG/PER', 'BAKHMUT/LOC', 'Jens Stoltenberg/PER'],
      absent: ['WARNS/ORG', 'FALL/ORG', 'MAY/ORG'],
    },
    {
      name: 'Title Case headline: only known names',
      text: 'Mayor Says Harbor Plan Was Never Funded.  Mayor Lena Ortiz said the Harbor Plan was never funded.',
      present: ['Lena Ortiz/PER'],
      absent: [
        'Mayor Says Harbor Plan Was Never Funded/ORG',
        'Says Harbor Plan Was Never Funded/ORG',
        'Was Never Funded/ORG',
      ],
    },
    { name: 'dateline city', text: 'LONDON 1996-08-30\nShares rose on Friday.', present: ['LONDON/LOC'] },
    {
      name: 'results table rows are teams',
      text: 'SOCCER - LEAGUE RESULTS.\nResults of games played on Sunday:\nHallam 3 Kirkby 1\nBrent 0 Castlebury 2',
      present: ['Hallam/ORG', 'Kirkby/ORG', 'Brent/ORG', 'Castlebury/ORG'],
    },
    {
      name: 'initials belong to the name',
      text: 'J. Morton scored twice and S. Pike once.',
      present: ['J. Morton/PER', 'S. Pike/PER'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = mentionsOf(run(c.text));
      for (const p of c.present) assert.ok(got.includes(p), `missing ${p} in ${JSON.stringify(got)}`);
      for (const p of c.absent ?? []) assert.ok(!got.includes(p), `unexpected ${p} in ${JSON.stringify(got)}`);
    });
  }

  it('never crashes on odd input', () => {
    for (const text of [
      '',
      '   ',
      '\n\n',
      "'s",
      'A',
      'THE THE THE',
      'Mr.',
      '- - -',
      'of the and',
      '\u0000\uffff',
      'Ü'.repeat(5000),
    ]) {
      const a = run(text);
      for (const m of a.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
    }
  });
});

describe('entities: clustering, roles, gender', () => {
  it('a surname alone joins the full name, with the title as role', () => {
    const a = run('President Marta Vidal met reporters. Later Vidal said the talks were over.');
    const e = entity(a, 'Marta Vidal');
    assert.equal(e.type, 'PER');
    assert.deepEqual(e.aliases.sort(), ['Marta Vidal', 'Vidal']);
    assert.equal(e.role, 'President');
    assert.equal(e.mentions.length, 2);
  });

  it('a title phrase with "of" is the role', () => {
    const a = run('Secretary of State Antony Blinken arrived in Tel Aviv.');
    assert.equal(entity(a, 'Antony Blinken').role, 'Secretary of State');
    assert.equal(entity(a, 'Tel Aviv').type, 'LOC');
  });

  it('a surname that is also a title joins the person; a lone title does not', () => {
    const a = run(
      'Prime Minister John Major spoke. Later the President left, and Major told parliament he would stay.',
    );
    const e = entity(a, 'John Major');
    assert.ok(e.aliases.includes('Major'));
    assert.ok(!a.entities.some((x) => x.name === 'President'));
  });

  it('gender from an honorific', () => {
    const a = run('Mrs. Olga Brandt arrived. Mr. Piet Hollander left.');
    assert.equal(entity(a, 'Olga Brandt').gender, 'female');
    assert.equal(entity(a, 'Piet Hollander').gender, 'male');
  });

  it('every mention points at an entity of the same type', () => {
    const a = run('Jens Stoltenberg visited Kyiv. Stoltenberg then flew to Brussels, where NATO met.');
    const byId = new Map(a.entities.map((e) => [e.id, e]));
    for (const m of a.mentions) {
      const e = byId.get(m.entityId);
      assert.ok(e);
      assert.equal(e.type, m.type);
      assert.ok(e.mentions.some((s) => s.start === m.start && s.end === m.end));
    }
  });
});

describe('entities: the sample article', () => {
  const file = path.join(repoRoot(), 'seeds/000_ff2cfafdf74160c4.txt');
  const text = fs.readFileSync(file, 'utf8');
  const a = analyze(text, { expectHeader: true });
  const expected: [string, EntityType][] = [
    ['Jens Stoltenberg', 'PER'],
    ['Volodymyr Zelensky', 'PER'],
    ['Yevgeny Prigozhin', 'PER'],
    ['Wolf Blitzer', 'PER'],
    ['Bakhmut', 'LOC'],
    ['Ukraine', 'LOC'],
    ['Russia', 'LOC'],
    ['Donetsk', 'LOC'],
    ['NATO', 'ORG'],
    ['European Union', 'ORG'],
    ['Wagner', 'ORG'],
    ['Institute for the Study of War', 'ORG'],
    ['CNN', 'ORG'],
  ];
  for (const [name, type] of expected) {
    it(`${name} is ${type}`, () => assert.equal(entity(a, name).type, type));
  }
  it('Stoltenberg: alias and role', () => {
    const e = entity(a, 'Jens Stoltenberg');
    assert.ok(e.aliases.includes('Stoltenberg'));
    assert.equal(e.role, 'NATO Secretary-General');
    assert.ok(e.mentions.length >= 3);
  });
  it('Zelensky: role with President', () => {
    assert.match(entity(a, 'Volodymyr Zelensky').role ?? '', /President/);
  });
  it('demonyms are linked to their places', () => {
    assert.ok(entity(a, 'Ukraine').demonyms?.includes('Ukrainian'));
    assert.ok(entity(a, 'Russia').demonyms?.includes('Russian'));
  });
});
