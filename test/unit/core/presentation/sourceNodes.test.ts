// The Sources tree: a speaker's quotes grouped by article; long lists in pages.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildSourceTree, CHILDREN_PAGE, findNode } from '../../../../src/core/presentation/sourceNodes';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { isQuoteFragment, type FileSummary, type QuoteSummary } from '../../../../src/core/summary/summary';

describe("Sources tree: a speaker's quotes by article", () => {
  const quote = (line: number, text: string, partial = false): QuoteSummary => ({
    range: [line, 0, line, 5],
    text,
    partial,
    speaker: 'Ana Ruiz',
    speakerKey: 'PER:ana ruiz',
  });
  const file = (path: string, date: string | undefined, quotes: QuoteSummary[]): FileSummary => ({
    path,
    ...(date ? { date } : {}),
    title: path,
    entities: [],
    quotes,
    claims: [],
    problemCounts: {},
  });
  const long = `We will rebuild every school, ${'and every clinic, '.repeat(12)}before the winter comes.`;
  const model = buildWorkspaceModel([
    file('/w/b.txt', '2016-06-09', [
      quote(2, long),
      quote(4, 'disgusting'),
      quote(6, 'a real turning point for the town', true),
    ]),
    file('/w/a.txt', '2016-07-01', [quote(3, 'The bridge will open in May, and not a day later.')]),
    file('/w/c.txt', undefined, [quote(1, 'shameful')]),
  ]);
  const roots = buildSourceTree(model, {
    sort: 'count',
    fileLabel: (p) => path.basename(p),
    dateOf: (p) => (({ '/w/a.txt': '2016-07-01', '/w/b.txt': '2016-06-09' }) as Record<string, string>)[p],
  });
  const speaker = findNode(roots, 'speaker:PER:ana ruiz')!;

  it('lists the articles in date order, undated last, with their counts', () => {
    assert.equal(speaker.description, '5 quotes · 3 articles');
    assert.deepEqual(
      speaker.children.map((a) => [a.kind, a.label, a.description]),
      [
        ['article', 'b.txt', '2016-06-09 · 1 quote · 2 phrases'],
        ['article', 'a.txt', '2016-07-01 · 1 quote'],
        ['article', 'c.txt', '1 phrase'],
      ],
    );
  });

  it('puts full quotes first and short fragments under "phrases"', () => {
    const [b] = speaker.children;
    assert.deepEqual(
      b!.children.map((n) => n.kind),
      ['quote', 'phrases'],
    );
    const phrases = b!.children[1]!;
    assert.deepEqual(
      phrases.children.map((n) => n.label),
      ['“disgusting”', '“a real turning point for the town”'],
    );
    assert.equal(phrases.children[0]!.parent, phrases);
    assert.deepEqual(phrases.children[1]!.location, { path: '/w/b.txt', range: [6, 0, 6, 5] });
  });

  it('shortens long quotes in labels only', () => {
    const label = speaker.children[0]!.children[0]!.label;
    assert.ok(label.length <= 163 && label.endsWith('…”'), label);
    assert.ok(model.speakers[0]!.quotes.some((q) => q.quote.text === long));
  });

  it('expands the article of a speaker quoted in one article only', () => {
    const single = buildSourceTree(
      buildWorkspaceModel([file('/w/a.txt', undefined, [quote(1, 'One statement made in full here.')])]),
      { sort: 'count', fileLabel: (p) => p },
    );
    assert.equal(findNode(single, 'speaker:PER:ana ruiz')?.children[0]?.expanded, true);
    assert.equal(speaker.children[0]!.expanded, false);
  });

  const fragments: [text: string, partial: boolean, fragment: boolean][] = [
    ['disgusting', false, true],
    ['a turning point', false, true],
    ['We will not accept this', false, false],
    ['We will not accept this', true, true],
    ['state-of-the-art, well-known plan', false, true],
  ];
  for (const [text, partial, fragment] of fragments) {
    it(`“${text}”${partial ? ' (partial)' : ''} is ${fragment ? 'a fragment' : 'a full quote'}`, () =>
      assert.equal(isQuoteFragment({ text, partial }), fragment));
  }
});

describe('Sources tree: long lists in pages of 200', () => {
  const speakers = 450;
  const files: FileSummary[] = Array.from({ length: speakers }, (_, i) => {
    const name = `Speaker ${String(i).padStart(3, '0')}`;
    return {
      path: `/w/${i}.txt`,
      title: name,
      entities: [],
      quotes: Array.from({ length: speakers - i }, (_, q) => ({
        range: [q, 0, q, 5] as [number, number, number, number],
        text: `Quote ${q} of ${name}, long enough to be a statement.`,
        partial: false,
        speaker: name,
        speakerKey: `SRC:${name.toLowerCase()}`,
      })),
      claims: [],
      problemCounts: {},
    };
  });
  const tree = (): ReturnType<typeof buildSourceTree> =>
    buildSourceTree(buildWorkspaceModel(files), { sort: 'count', fileLabel: (p) => path.basename(p) });

  it('shows the first 200 children, then "Show more" with what remains', () => {
    const group = findNode(tree(), 'group:speakers')!;
    assert.equal(group.childCount, speakers);
    const shown = group.children;
    assert.equal(shown.length, CHILDREN_PAGE + 1);
    assert.equal(shown[0]!.label, 'Speaker 000');
    const more = shown[CHILDREN_PAGE]!;
    assert.deepEqual([more.kind, more.label, more.description], ['more', 'Show more', '200 more · 200 of 450 shown']);
    assert.equal(more.parent, group);
  });

  it('"Show more" adds the next page; the last page has no "Show more"', () => {
    const group = findNode(tree(), 'group:speakers')!;
    assert.ok(group.showMore());
    assert.equal(group.children.length, 2 * CHILDREN_PAGE + 1);
    assert.equal(group.children.at(-1)!.description, '50 more · 400 of 450 shown');
    assert.ok(group.showMore());
    assert.equal(group.children.length, speakers);
    assert.ok(group.children.every((n) => n.kind === 'speaker'));
    assert.equal(group.showMore(), false);
  });

  it("a speaker's long list of quotes in one article is paged too", () => {
    const speaker = findNode(tree(), 'speaker:SRC:speaker 000')!;
    const article = speaker.children[0]!;
    assert.equal(article.childCount, speakers);
    assert.equal(article.children.length, CHILDREN_PAGE + 1);
    assert.equal(article.children.at(-1)!.kind, 'more');
  });

  it('finding a child past the pages shown shows its page', () => {
    const roots = tree();
    const grown: string[] = [];
    const found = findNode(roots, 'speaker:SRC:speaker 420', (group) => grown.push(group.id));
    assert.equal(found?.label, 'Speaker 420');
    assert.deepEqual(grown, ['group:speakers']);
    assert.ok(findNode(roots, 'group:speakers')!.children.includes(found!));
  });

  it('a filter narrows the list before it is paged', () => {
    const roots = buildSourceTree(buildWorkspaceModel(files), {
      sort: 'count',
      filter: 'speaker 44',
      fileLabel: (p) => path.basename(p),
    });
    assert.deepEqual(
      findNode(roots, 'group:speakers')!.children.map((n) => n.label),
      Array.from({ length: 10 }, (_, i) => `Speaker 44${i}`),
    );
  });
});
