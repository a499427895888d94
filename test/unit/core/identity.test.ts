// One identity across a collection: table-driven merges and non-merges of entities, speakers and sources.
import assert from 'node:assert/strict';
import { linkIdentities } from '../../../src/core/identity/identity';
import { personForm, placeOrOrgForm } from '../../../src/core/identity/nameForms';
import { entityKey } from '../../../src/core/summary/entityKey';
import { type FileSummary } from '../../../src/core/summary/summary';
import { buildWorkspaceModel } from '../../../src/core/model/workspaceModel';

type EntitySpec = [type: 'PER' | 'LOC' | 'ORG', name: string, aliases?: string[]];

/** An article summary with these entities (one mention each) and quotes by these speakers (entity names or sources). */
function article(path: string, entities: EntitySpec[], speakers: string[] = []): FileSummary {
  const byName = new Map(entities.map(([type, name]) => [name, entityKey(type, name)]));
  return {
    path,
    title: path,
    entities: entities.map(([type, name, aliases = [name]], i) => ({
      key: entityKey(type, name),
      type,
      name,
      aliases,
      mentions: [i, 0, i, name.length],
    })),
    quotes: speakers.map((speaker, i) => ({
      range: [20 + i, 0, 20 + i, 5],
      text: `quote ${i}`,
      partial: false,
      speaker,
      speakerKey: byName.get(speaker) ?? `SRC:${speaker.toLowerCase()}`,
      rule: 'adjacent',
      confidence: 0.9,
    })),
    claims: [],
    problemCounts: {},
  };
}

/** The display name of the identity an article's entity or speaker resolves to. */
function identityOf(files: FileSummary[], path: string, type: 'PER' | 'LOC' | 'ORG' | 'SRC', name: string): string {
  const model = buildWorkspaceModel(files);
  const key = model.resolve(type === 'SRC' ? `SRC:${name.toLowerCase()}` : entityKey(type, name), path);
  return model.entities.get(key)?.name ?? key;
}

describe('personForm', () => {
  const cases: [name: string, key: string | undefined, bareKey?: string][] = [
    ['Donald Trump', 'donald trump'],
    ['Donald J. Trump', 'donald j trump', 'donald trump'],
    ['N.C.—Donald Trump', 'donald trump'],
    ['U.S. President Barack Obama', 'barack obama'],
    ['President Obama', 'obama'],
    ["Trump's", 'trump'],
    ['Ted Cruz, R-Texas', 'ted cruz'],
    ['Sen. Ted Cruz (R-Texas)', 'ted cruz'],
    ['Hillary Rodham Clinton', 'hillary rodham clinton', 'hillary clinton'],
    ['George H.W. Bush', 'george hw bush', 'george bush'],
    ['Donald Trump Jr.', 'donald trump jr'],
    ['Bill de Blasio', 'bill de blasio'],
    ['de Blasio', 'de blasio'],
    ['Al Gore', 'al gore'],
    ['G.K. Butterfield', 'g.k. butterfield'.replace(/\./g, '')],
    ['Senate Majority', 'senate majority'],
    ['President', undefined],
  ];
  for (const [name, key, bareKey] of cases) {
    it(`${JSON.stringify(name)} → ${key ?? 'no name'}`, () => {
      const form = personForm(name);
      assert.equal(form?.key, key);
      assert.equal(form?.bareKey, bareKey);
    });
  }
  it('a lone surname is one word, with its particles', () => {
    assert.deepEqual(
      [personForm('Trump')?.words, personForm('de Blasio')?.surname, personForm('Bill de Blasio')?.surname],
      [1, 'de blasio', 'de blasio'],
    );
  });
});

describe('placeOrOrgForm', () => {
  const cases: [name: string, key: string, acronym: string | undefined][] = [
    ['the United States', 'united states', undefined],
    ['Democratic National Committee', 'democratic national committee', 'dnc'],
    ['Islamic State of Iraq and Syria', 'islamic state of iraq and syria', 'isis'],
    ['NRC Handelsblad', 'nrc handelsblad', undefined],
    ['DNC', 'dnc', 'dnc'],
    ['N.C.', 'n.c.', undefined],
  ];
  for (const [name, key, acronym] of cases) {
    it(`${JSON.stringify(name)} → ${key} (${acronym ?? 'no acronym'})`, () => {
      const form = placeOrOrgForm(name);
      assert.equal(form?.key, key);
      assert.equal(form?.acronym, acronym);
    });
  }
});

describe('linkIdentities: merges across articles', () => {
  const trumps = (): FileSummary[] => [
    article('/c/1.txt', [['PER', 'Donald Trump']]),
    article('/c/2.txt', [['PER', 'Donald Trump']]),
    article('/c/3.txt', [['PER', 'Donald J. Trump']]),
    article('/c/4.txt', [['PER', 'N.C.—Donald Trump']]),
    article('/c/5.txt', [['PER', 'Trump']]),
  ];
  const cases: [
    title: string,
    files: FileSummary[],
    path: string,
    type: 'PER' | 'LOC' | 'ORG' | 'SRC',
    name: string,
    expected: string,
  ][] = [
    ['a middle initial', trumps(), '/c/3.txt', 'PER', 'Donald J. Trump', 'Donald Trump'],
    ['a dateline before the name', trumps(), '/c/4.txt', 'PER', 'N.C.—Donald Trump', 'Donald Trump'],
    ['a surname alone, the only full name in the collection', trumps(), '/c/5.txt', 'PER', 'Trump', 'Donald Trump'],
    [
      'titles and a surname alone',
      [
        article('/c/1.txt', [['PER', 'Barack Obama']]),
        article('/c/2.txt', [['PER', 'U.S. President Barack Obama']]),
        article('/c/3.txt', [['PER', 'Obama']]),
      ],
      '/c/2.txt',
      'PER',
      'U.S. President Barack Obama',
      'Barack Obama',
    ],
    [
      'a surname whose other bearers are rare goes to the dominant one',
      [
        ...Array.from({ length: 19 }, (_, i) => article(`/c/d${i}.txt`, [['PER', 'Barack Obama']])),
        article('/c/m.txt', [['PER', 'Michelle Obama']]),
        article('/c/x.txt', [['PER', 'Obama']]),
      ],
      '/c/x.txt',
      'PER',
      'Obama',
      'Barack Obama',
    ],
    [
      'a middle name used alone with that first and last name',
      [article('/c/1.txt', [['PER', 'Hillary Clinton']]), article('/c/2.txt', [['PER', 'Hillary Rodham Clinton']])],
      '/c/2.txt',
      'PER',
      'Hillary Rodham Clinton',
      'Hillary Clinton',
    ],
    [
      "a surname goes to the article's own full name first",
      [
        article('/c/1.txt', [['PER', 'Hillary Clinton']]),
        article('/c/2.txt', [['PER', 'Hillary Clinton']]),
        article('/c/3.txt', [
          ['PER', 'Bill Clinton'],
          ['PER', 'Clinton'],
        ]),
      ],
      '/c/3.txt',
      'PER',
      'Clinton',
      'Bill Clinton',
    ],
    [
      '"U.S." is the United States',
      [article('/c/1.txt', [['LOC', 'United States']]), article('/c/2.txt', [['LOC', 'U.S.']])],
      '/c/2.txt',
      'LOC',
      'U.S.',
      'United States',
    ],
    [
      '"America" is the United States',
      [article('/c/1.txt', [['LOC', 'America']])],
      '/c/1.txt',
      'LOC',
      'America',
      'United States',
    ],
    [
      'an organization typed as one is still the country',
      [article('/c/1.txt', [['ORG', 'U.S.']])],
      '/c/1.txt',
      'ORG',
      'U.S.',
      'United States',
    ],
    [
      'an acronym of the one full name that has it',
      [article('/c/1.txt', [['ORG', 'Democratic National Committee']]), article('/c/2.txt', [['ORG', 'DNC']])],
      '/c/2.txt',
      'ORG',
      'DNC',
      'Democratic National Committee',
    ],
    [
      'a source that is no entity joins the person it names',
      [...trumps(), article('/c/6.txt', [], ['Donald J. Trump'])],
      '/c/6.txt',
      'SRC',
      'Donald J. Trump',
      'Donald Trump',
    ],
    [
      "a surname source joins the article's person",
      [article('/c/1.txt', [['PER', 'Ann Lee']], ['Lee'])],
      '/c/1.txt',
      'SRC',
      'Lee',
      'Ann Lee',
    ],
  ];
  for (const [title, files, path, type, name, expected] of cases) {
    it(`${title}: ${name} → ${expected}`, () => assert.equal(identityOf(files, path, type, name), expected));
  }
});

describe('linkIdentities: people and places kept apart', () => {
  const clintons = (): FileSummary[] => [
    article('/c/1.txt', [['PER', 'Hillary Clinton']]),
    article('/c/2.txt', [['PER', 'Hillary Clinton']]),
    article('/c/3.txt', [['PER', 'Bill Clinton']]),
    article('/c/4.txt', [['PER', 'Clinton']]),
    article('/c/5.txt', [
      ['PER', 'Bill Clinton'],
      ['PER', 'Hillary Clinton'],
      ['PER', 'Clinton'],
    ]),
  ];
  const cases: [
    title: string,
    files: FileSummary[],
    path: string,
    type: 'PER' | 'LOC' | 'ORG' | 'SRC',
    name: string,
    expected: string,
  ][] = [
    ['a shared surname in an article that names neither', clintons(), '/c/4.txt', 'PER', 'Clinton', 'Clinton'],
    ['a shared surname in an article that names both', clintons(), '/c/5.txt', 'PER', 'Clinton', 'Clinton'],
    ['each full name stays itself', clintons(), '/c/3.txt', 'PER', 'Bill Clinton', 'Bill Clinton'],
    [
      'two middle initials with the same first and last name are two people',
      [
        article('/c/1.txt', [['PER', 'George W. Bush']]),
        article('/c/2.txt', [['PER', 'George H.W. Bush']]),
        article('/c/3.txt', [['PER', 'George Bush']]),
      ],
      '/c/2.txt',
      'PER',
      'George H.W. Bush',
      'George H.W. Bush',
    ],
    [
      'a suffix is another person',
      [article('/c/1.txt', [['PER', 'Donald Trump']]), article('/c/2.txt', [['PER', 'Donald Trump Jr.']])],
      '/c/2.txt',
      'PER',
      'Donald Trump Jr.',
      'Donald Trump Jr.',
    ],
    [
      'a first name alone does not reach across articles',
      [article('/c/1.txt', [['PER', 'Ann Lee']]), article('/c/2.txt', [['PER', 'Ann']])],
      '/c/2.txt',
      'PER',
      'Ann',
      'Ann',
    ],
    [
      'a two-letter abbreviation is not an acronym',
      [article('/c/1.txt', [['ORG', 'National Committee']]), article('/c/2.txt', [['ORG', 'N.C.']])],
      '/c/2.txt',
      'ORG',
      'N.C.',
      'N.C.',
    ],
    [
      "the engine's prefix alias is not a name of the organization",
      [
        article('/c/1.txt', [['ORG', 'RNC Rules Committee', ['RNC Rules Committee', 'RNC']]]),
        article('/c/2.txt', [['ORG', 'RNC']]),
      ],
      '/c/2.txt',
      'ORG',
      'RNC',
      'RNC',
    ],
    [
      'a lower-case source does not join an organization',
      [article('/c/1.txt', [['ORG', 'Poll']], ['the poll'])],
      '/c/1.txt',
      'SRC',
      'the poll',
      'SRC:the poll',
    ],
    [
      'a source that names nobody stays a source',
      [article('/c/1.txt', [['PER', 'Ann Lee']], ['A spokesman'])],
      '/c/1.txt',
      'SRC',
      'A spokesman',
      'SRC:a spokesman',
    ],
  ];
  for (const [title, files, path, type, name, expected] of cases) {
    it(`${title}: ${name} → ${expected}`, () => assert.equal(identityOf(files, path, type, name), expected));
  }
});

describe('buildWorkspaceModel with identities', () => {
  const files = [
    article(
      '/c/1.txt',
      [
        ['PER', 'Donald Trump'],
        ['LOC', 'United States'],
      ],
      ['Donald Trump'],
    ),
    article(
      '/c/2.txt',
      [
        ['PER', 'Donald J. Trump'],
        ['LOC', 'U.S.'],
      ],
      ['Donald J. Trump', 'Donald J. Trump'],
    ),
    article(
      '/c/3.txt',
      [
        ['PER', 'Trump'],
        ['LOC', 'America'],
      ],
      ['Trump'],
    ),
  ];
  const model = buildWorkspaceModel(files);

  it('groups every form of one person under one entry, mentions and articles counted', () => {
    assert.deepEqual(
      model.people.map((p) => [p.name, p.total, p.files.length]),
      [['Donald Trump', 3, 3]],
    );
    assert.deepEqual([...model.people[0]!.aliases].sort(), ['Donald J. Trump', 'Donald Trump', 'Trump']);
  });

  it('groups quotes by one speaker across articles', () => {
    assert.deepEqual(
      model.speakers.map((s) => [s.name, s.quotes.length]),
      [['Donald Trump', 4]],
    );
  });

  it('one place for "U.S.", "United States" and "America"', () => {
    assert.deepEqual(
      model.places.map((p) => [p.name, p.files.length]),
      [['United States', 3]],
    );
  });

  it('resolves a key without a path, and keys it has never seen', () => {
    assert.equal(model.resolve('PER:donald j. trump'), 'PER:donald trump');
    assert.equal(model.resolve('PER:mr. donald trump'), 'PER:donald trump');
    assert.equal(model.resolve('ANON:officials'), 'ANON:officials');
  });

  it('links identities of an empty collection and of names that are no names', () => {
    const identities = linkIdentities([
      article('/c/1.txt', [
        ['PER', '—'],
        ['ORG', '...'],
      ]),
    ]);
    assert.equal(identities.resolve('PER:—', '/c/1.txt'), 'PER:—');
    assert.equal(buildWorkspaceModel([]).people.length, 0);
  });
});
