// The Sources tree: a speaker's quotes grouped by article.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildSourceTree, findNode } from '../../../../src/core/presentation/sourceNodes';
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
