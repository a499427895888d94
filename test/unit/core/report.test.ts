// The Collection Report's numbers (src/core/report): time buckets, folders and filters, counts, gender
// shares, conflicts, search, the webview message protocol and the page's security policy.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { buildReport, OTHERS } from '../../../src/core/report/buildReport';
import { findConflicts, quoteWords, wordSimilarity } from '../../../src/core/report/conflicts';
import { articleFilter, buildCorpus, folderOf, type Corpus } from '../../../src/core/report/corpus';
import { contentSecurityPolicy, reportPage, scriptSafeJson } from '../../../src/core/report/html';
import { parseWebviewMessage, type QuoteItem } from '../../../src/core/report/protocol';
import { searchCollection } from '../../../src/core/report/search';
import { autoBucket, bucketRange, isoWeek } from '../../../src/core/report/timeBuckets';
import { summarize, type EntitySummary, type FileSummary, type QuoteSummary } from '../../../src/core/summary/summary';
import { buildWorkspaceModel } from '../../../src/core/model/workspaceModel';

type Person = [name: string, gender?: 'male' | 'female', role?: string];

/** An article: its people (PER entities) and quotes as [speaker name, text], speakers keyed as entities. */
function article(
  path: string,
  date: string | undefined,
  people: Person[],
  quotes: [speaker: string, text: string, anonymous?: boolean][],
  extra: Partial<FileSummary> = {},
): FileSummary {
  const entities: EntitySummary[] = people.map(([name, gender, role]) => ({
    key: `PER:${name.toLowerCase()}`,
    type: 'PER',
    name,
    aliases: [name],
    mentions: [0, 0, 0, name.length],
    ...(gender ? { gender } : {}),
    ...(role ? { role } : {}),
  }));
  const quoteSummaries: QuoteSummary[] = quotes.map(([speaker, text, anonymous], i) => ({
    range: [2 + i * 2, 0, 2 + i * 2, text.length + 2],
    text,
    partial: false,
    speaker,
    speakerKey: anonymous ? `ANON:${speaker.toLowerCase()}` : `PER:${speaker.toLowerCase()}`,
    rule: 'adjacent',
    confidence: 0.9,
    ...(anonymous ? { anonymous: true } : {}),
  }));
  return {
    path,
    ...(date ? { date } : {}),
    title: path,
    entities,
    quotes: quoteSummaries,
    claims: [],
    problemCounts: {},
    ...extra,
  };
}

function corpusOf(files: FileSummary[]): Corpus {
  return buildCorpus({
    summaries: files,
    model: buildWorkspaceModel(files),
    relative: (p) => p.replace(/^\/ws\//, ''),
  });
}

const LONG_A = 'We will never accept a deal that leaves our farmers without any protection at all';
const LONG_B = 'We will never accept any deal that leaves our farmers with no protection whatsoever';

function collection(): FileSummary[] {
  return [
    article(
      '/ws/seeds/bbc/a1.txt',
      '2016-06-06',
      [
        ['Ann Lee', 'female'],
        ['Bo Chan', 'male'],
      ],
      [
        ['Ann Lee', 'first quote from Ann'],
        ['Ann Lee', 'second quote from Ann'],
        ['Bo Chan', LONG_A],
      ],
    ),
    article(
      '/ws/seeds/bbc/a2.txt',
      '2016-06-20',
      [['Ann Lee', 'female']],
      [
        ['Ann Lee', 'third quote from Ann'],
        ['officials', 'an anonymous remark here', true],
      ],
    ),
    article(
      '/ws/seeds/cnn/c1.txt',
      '2016-07-04',
      [['Bo Chan'], ['Cy Diaz']],
      [
        ['Bo Chan', LONG_B],
        ['Cy Diaz', 'a remark by Cy Diaz'],
      ],
    ),
    article(
      '/ws/seeds/cnn/c2.txt',
      undefined,
      [['Dee Fox', undefined, 'Congresswoman']],
      [['Dee Fox', 'undated remark by Dee']],
    ),
  ];
}

describe('report time buckets', () => {
  const weeks: [string, string][] = [
    ['2016-06-09', '2016-W23'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'],
    ['2023-01-01', '2022-W52'],
  ];
  for (const [date, week] of weeks) it(`${date} is in ISO week ${week}`, () => assert.equal(isoWeek(date), week));

  it('lists every month between two dates, across a year, gaps included', () => {
    assert.deepEqual(bucketRange('2015-11-20', '2016-02-01', 'month'), ['2015-11', '2015-12', '2016-01', '2016-02']);
  });

  it('lists every week between two dates', () => {
    assert.deepEqual(bucketRange('2020-12-30', '2021-01-12', 'week'), ['2020-W53', '2021-W01', '2021-W02']);
    assert.deepEqual(bucketRange('2021-01-12', '2020-12-30', 'week'), []);
  });

  it('picks weeks for half a year or less, months beyond', () => {
    assert.equal(autoBucket('2016-01-01', '2016-06-01'), 'week');
    assert.equal(autoBucket('2016-01-01', '2016-12-01'), 'month');
  });
});

describe('report folders and filters', () => {
  it('takes the folder of a relative path', () => {
    assert.equal(folderOf('seeds/bbc/a.txt'), 'seeds/bbc');
    assert.equal(folderOf('a.txt'), '');
    assert.equal(folderOf('articles\\2016\\x.txt'), 'articles/2016');
  });

  it('lists folders with their ancestors and groups articles below the folders they all share', () => {
    const corpus = corpusOf(collection());
    assert.deepEqual(corpus.folders, ['seeds', 'seeds/bbc', 'seeds/cnn']);
    assert.equal(corpus.groupOf('seeds/bbc'), 'seeds/bbc');
    const nested = corpusOf([
      article('/ws/a/bbc/2016/x.txt', '2016-01-01', [], []),
      article('/ws/a/cnn/y.txt', '2016-01-01', [], []),
    ]);
    assert.equal(nested.groupOf('a/bbc/2016'), 'a/bbc');
  });

  const cases: [filters: Parameters<typeof articleFilter>[1], expected: string[]][] = [
    [{}, ['a1', 'a2', 'c1', 'c2']],
    [{ folder: 'seeds/bbc' }, ['a1', 'a2']],
    [{ folder: 'seeds/bbc/' }, ['a1', 'a2']],
    [{ folder: 'seeds/bb' }, []],
    [{ from: '2016-06-10' }, ['a2', 'c1']],
    [{ to: '2016-06-20' }, ['a1', 'a2']],
    [{ from: '2016-06-07', to: '2016-06-30', folder: 'seeds' }, ['a2']],
  ];
  for (const [filters, expected] of cases) {
    it(`filters articles by ${JSON.stringify(filters)}`, () => {
      const corpus = corpusOf(collection());
      const pass = articleFilter(corpus, filters);
      assert.deepEqual(
        [...corpus.articles.keys()].filter(pass).map((p) => p.replace(/^.*\/|\.txt$/g, '')),
        expected,
      );
    });
  }
});

describe('report counts', () => {
  it('counts quotes per speaker, most quoted first, with the first quote to open', () => {
    const data = buildReport(corpusOf(collection()));
    assert.deepEqual(
      data.speakers.map((s) => [s.name, s.quotes, s.articles]),
      [
        ['Ann Lee', 3, 2],
        ['Bo Chan', 2, 2],
        ['Cy Diaz', 1, 1],
        ['Dee Fox', 1, 1],
        ['officials', 1, 1],
      ],
    );
    const ann = data.speakers[0]!;
    assert.equal(ann.ref.file, 'seeds/bbc/a1.txt');
    assert.deepEqual(ann.ref.range, [2, 0, 2, 'first quote from Ann'.length + 2]);
    assert.deepEqual(data.totals, {
      articles: 4,
      quotes: 8,
      attributedQuotes: 8,
      speakers: 5,
      claims: 0,
      anonymousQuotes: 1,
    });
  });

  it('applies the date range and folder filters to every number', () => {
    const data = buildReport(corpusOf(collection()), { folder: 'seeds/cnn' });
    assert.deepEqual(
      data.speakers.map((s) => [s.name, s.quotes]),
      [
        ['Bo Chan', 1],
        ['Cy Diaz', 1],
        ['Dee Fox', 1],
      ],
    );
    assert.equal(data.totals.articles, 2);
    const june = buildReport(corpusOf(collection()), { from: '2016-06-01', to: '2016-06-30' });
    assert.deepEqual(
      june.speakers.map((s) => [s.name, s.quotes]),
      [
        ['Ann Lee', 3],
        ['Bo Chan', 1],
        ['officials', 1],
      ],
    );
    assert.deepEqual(june.dateRange, { from: '2016-06-06', to: '2016-06-20' });
  });

  it('counts people, organizations and anonymous quotes per folder', () => {
    const rows = buildReport(corpusOf(collection())).folderRows.map((r) => [
      r.folder,
      r.articles,
      r.quotes,
      r.people,
      r.anonymousQuotes,
    ]);
    assert.deepEqual(rows, [
      ['seeds/bbc', 2, 5, 2, 1],
      ['seeds/cnn', 2, 3, 3, 0],
    ]);
  });

  it('buckets dated quotes over time, stacked by the top speakers, and counts the undated', () => {
    const data = buildReport(corpusOf(collection()), { bucket: 'month' });
    const line = data.timeline;
    assert.deepEqual(line.buckets, ['2016-06', '2016-07']);
    const count = (bucket: string, series: string) =>
      line.cells.find((c) => c.bucket === bucket && c.series === series)?.count;
    assert.equal(count('2016-06', 'Ann Lee'), 3);
    assert.equal(count('2016-07', 'Bo Chan'), 1);
    assert.equal(line.undated, 1);
    assert.equal(
      line.cells.reduce((n, c) => n + c.count, 0),
      data.totals.attributedQuotes - line.undated,
    );
    const weekly = buildReport(corpusOf(collection()), { bucket: 'week' }).timeline;
    assert.deepEqual(weekly.buckets, ['2016-W23', '2016-W24', '2016-W25', '2016-W26', '2016-W27']);
  });

  it('groups speakers beyond the top ones as Others', () => {
    const files = Array.from({ length: 8 }, (_, i) =>
      article(
        `/ws/s/${i}.txt`,
        '2016-01-0' + (i + 1),
        [[`P${i} Q`]],
        Array.from({ length: 8 - i }, () => [`P${i} Q`, `words ${i}`] as [string, string]),
      ),
    );
    const line = buildReport(corpusOf(files), { bucket: 'month' }).timeline;
    assert.deepEqual(line.series, ['P0 Q', 'P1 Q', 'P2 Q', 'P3 Q', 'P4 Q', OTHERS]);
    assert.equal(line.cells.find((c) => c.series === OTHERS)?.count, 3 + 2 + 1);
  });

  it('shows one person over time with their quotes', () => {
    const data = buildReport(corpusOf(collection()), { bucket: 'month', person: 'PER:ann lee' });
    assert.deepEqual(
      data.person?.cells.map((c) => c.count),
      [3, 0],
    );
    assert.deepEqual(
      data.person?.quotes.map((q) => q.text),
      ['first quote from Ann', 'second quote from Ann', 'third quote from Ann'],
    );
  });

  it('reports an empty collection without failing', () => {
    const data = buildReport(corpusOf([]));
    assert.equal(data.totals.articles, 0);
    assert.deepEqual(data.timeline.buckets, []);
    assert.deepEqual(
      data.gender.map((g) => g.share),
      [0, 0, 0],
    );
  });
});

describe('report gender shares', () => {
  it('counts named people quoted by the gender their articles reveal; unknown stays unknown', () => {
    const gender = buildReport(corpusOf(collection())).gender;
    // Ann Lee: female (first article); Bo Chan: male in one article, no evidence in the other; Cy Diaz: none;
    // Dee Fox: "Congresswoman"; the anonymous officials are not counted.
    assert.deepEqual(
      gender.map((g) => [g.gender, g.people, g.quotes]),
      [
        ['female', 2, 4],
        ['male', 1, 2],
        ['unknown', 1, 1],
      ],
    );
    assert.equal(
      gender.reduce((n, g) => n + g.share, 0),
      1,
    );
  });

  it('leaves organizations and unrecognised sources out of the people counted', () => {
    const file = article(
      '/ws/x/1.txt',
      '2016-01-01',
      [['Sam Roe', 'male']],
      [
        ['Sam Roe', 'one'],
        ['Acme Corp', 'two'],
        ['the ministry', 'three'],
      ],
    );
    file.quotes[1]!.speakerKey = 'ORG:acme corp';
    file.quotes[2]!.speakerKey = 'SRC:the ministry';
    const data = buildReport(corpusOf([file]));
    assert.equal(data.speakers.length, 3);
    assert.deepEqual(
      data.gender.map((g) => g.people),
      [0, 1, 0],
    );
  });

  it('calls contradicting evidence unknown', () => {
    const files = [
      article('/ws/x/1.txt', '2016-01-01', [['Sam Roe', 'male']], [['Sam Roe', 'one']]),
      article('/ws/x/2.txt', '2016-01-02', [['Sam Roe', 'female']], []),
    ];
    assert.deepEqual(
      buildReport(corpusOf(files)).gender.map((g) => g.people),
      [0, 0, 1],
    );
  });

  it('takes gender from the engine: an honorific or a first name', () => {
    const text =
      'date 2016-03-01 The council met on Monday.\n\n“We are ready to vote,” said Mrs Harriet Quill.\n\n“The budget is not finished,” Mr Tobias Wren said.\n\n“Nobody asked us,” said Zorblat Quenk.\n';
    const file = summarize('/ws/seeds/one.txt', text, analyze(text, { expectHeader: true }));
    const data = buildReport(corpusOf([file]));
    const bySpeaker = new Map(data.speakers.map((s) => [s.name, s.gender]));
    assert.equal(bySpeaker.get('Harriet Quill'), 'female');
    assert.equal(bySpeaker.get('Tobias Wren'), 'male');
    assert.equal(bySpeaker.get('Zorblat Quenk'), 'unknown');
  });
});

describe('report conflicts', () => {
  const item = (speaker: string, text: string, path: string): QuoteItem => ({
    text,
    speaker,
    speakerKey: `PER:${speaker.toLowerCase()}`,
    ref: { path, file: path, range: [0, 0, 0, 1] },
  });

  it('reads words the same whatever the apostrophes and a cut preview', () => {
    assert.deepEqual(quoteWords('We’re “done” — truly…'), ["we're", 'done', 'truly']);
    assert.deepEqual(wordSimilarity(new Set(['a', 'b']), new Set(['a', 'b', 'c', 'd'])), { jaccard: 0.5, overlap: 1 });
  });

  const cases: [name: string, quotes: QuoteItem[], expected: string[]][] = [
    [
      'the same quote given to two speakers in two articles',
      [item('Ann', LONG_A, 'a'), item('Bo', LONG_A, 'b')],
      ['different-speakers'],
    ],
    [
      'nearly the same quote (a word changed) given to two speakers',
      [item('Ann', LONG_A, 'a'), item('Bo', LONG_A.replace('farmers', 'growers'), 'b')],
      ['different-speakers'],
    ],
    [
      'two speakers in one article (an attribution question, not a conflict)',
      [item('Ann', LONG_A, 'a'), item('Bo', LONG_A, 'a')],
      [],
    ],
    ['one speaker, reworded', [item('Bo', LONG_A, 'a'), item('Bo', LONG_B, 'b')], ['reworded']],
    ['one speaker, identical words', [item('Bo', LONG_A, 'a'), item('Bo', LONG_A, 'b')], []],
    [
      'one speaker, an excerpt of the longer quote',
      [item('Bo', LONG_A, 'a'), item('Bo', LONG_A.split(' ').slice(0, 9).join(' '), 'b')],
      [],
    ],
    [
      'one speaker, two different statements',
      [item('Bo', LONG_A, 'a'), item('Bo', 'The harvest this year was the best our region has seen in a decade', 'b')],
      [],
    ],
    ['short fragments', [item('Ann', 'disgusting', 'a'), item('Bo', 'disgusting', 'b')], []],
  ];
  for (const [name, quotes, expected] of cases)
    it(`finds ${JSON.stringify(expected)} for ${name}`, () =>
      assert.deepEqual(
        findConflicts(quotes).map((c) => c.kind),
        expected,
      ));

  it('finds a pair among many unrelated quotes', () => {
    const filler = Array.from({ length: 500 }, (_, i) =>
      item(`S${i % 40}`, `statement number ${i} about topic ${i * 7} and item ${i * 13} today`, `f${i}`),
    );
    const found = findConflicts([...filler, item('Ann', LONG_A, 'x'), item('Bo', LONG_A, 'y')]);
    assert.deepEqual(
      found.map((c) => [c.kind, c.a.speaker, c.b.speaker]),
      [['different-speakers', 'Ann', 'Bo']],
    );
  });

  it("lists the collection's conflicts with both places", () => {
    const conflicts = buildReport(corpusOf(collection())).conflicts;
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]!.kind, 'reworded');
    assert.deepEqual([conflicts[0]!.a.ref.file, conflicts[0]!.b.ref.file].sort(), [
      'seeds/bbc/a1.txt',
      'seeds/cnn/c1.txt',
    ]);
  });
});

describe('report search', () => {
  const corpus = corpusOf(collection());
  const cases: [query: Parameters<typeof searchCollection>[1], expected: string[]][] = [
    [{ text: 'quote ann' }, ['third quote from Ann', 'first quote from Ann', 'second quote from Ann']],
    [{ text: 'QUOTE', speaker: 'ann', from: '2016-06-10' }, ['third quote from Ann']],
    [{ text: 'remark' }, ['a remark by Cy Diaz', 'an anonymous remark here', 'undated remark by Dee']],
    [{ text: 'remark', folder: 'seeds/cnn' }, ['a remark by Cy Diaz', 'undated remark by Dee']],
    [{ text: '', speaker: 'officials' }, ['an anonymous remark here']],
    [{ text: '' }, []],
    [{ text: 'nothing like this' }, []],
  ];
  for (const [query, expected] of cases)
    it(`finds ${expected.length} for ${JSON.stringify(query)}`, () =>
      assert.deepEqual(
        searchCollection(corpus, query).results.map((r) => r.text),
        expected,
      ));

  it('folds accents and caps the results, counting them all', () => {
    const files = [
      article(
        '/ws/s/1.txt',
        '2016-01-01',
        [['Zoë Ávila']],
        Array.from({ length: 7 }, (_, i) => ['Zoë Ávila', `café número ${i}`] as [string, string]),
      ),
    ];
    const found = searchCollection(corpusOf(files), { text: 'cafe numero', speaker: 'zoe avila' }, 5);
    assert.equal(found.total, 7);
    assert.equal(found.results.length, 5);
  });
});

describe('report protocol and page', () => {
  const cases: [message: unknown, ok: boolean][] = [
    [{ type: 'ready' }, true],
    [{ type: 'filters', filters: { from: '2016-01-01', folder: 'seeds', bucket: 'week' } }, true],
    [{ type: 'filters', filters: { from: '01/02/2016' } }, false],
    [{ type: 'filters', filters: { bucket: 'year' } }, false],
    [{ type: 'search', query: { text: 'x', speaker: 'y' } }, true],
    [{ type: 'search', query: { text: 'x'.repeat(600) } }, false],
    [{ type: 'reveal', path: '/ws/a.txt', range: [1, 2, 1, 9] }, true],
    [{ type: 'reveal', path: '/ws/a.txt', range: [1, -2, 1, 9] }, false],
    [{ type: 'reveal', path: 3, range: [1, 2, 1, 9] }, false],
    [{ type: 'eval', code: '1' }, false],
    ['ready', false],
    [null, false],
  ];
  for (const [message, ok] of cases)
    it(`${ok ? 'accepts' : 'rejects'} ${JSON.stringify(message).slice(0, 60)}`, () =>
      assert.equal(!('error' in parseWebviewMessage(message)), ok));

  it('allows only the nonce to run scripts and add styles, and nothing from the network', () => {
    const csp = contentSecurityPolicy('abc', 'https://file+.vscode-resource.vscode-cdn.net');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:\/\/(?!file\+)/);
    assert.doesNotMatch(contentSecurityPolicy('abc'), /font-src|vscode/);
  });

  it('embeds data and code in an exported page that cannot break out of its script elements', () => {
    const data = buildReport(
      corpusOf([
        article('/ws/s/1.txt', '2016-01-01', [['Eve Ng']], [['Eve Ng', '</script><script>alert(1)</script>']]),
      ]),
    );
    const page = reportPage({
      title: 'Collection Report',
      nonce: 'n1',
      style: { inline: 'body{}' },
      script: { inline: 'var s = "</script>";' },
      data,
    });
    assert.equal(page.match(/<\/script>/g)?.length, 2, 'only the data and the code element close');
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)?.[1];
    assert.equal(JSON.parse(json!).speakers[0].name, 'Eve Ng');
    assert.equal(JSON.parse(scriptSafeJson('</script>')), '</script>');
    assert.match(page, /<script nonce="n1">/);
  });
});
