// The Sources view's Articles group: imported articles under their outlet, hand-made ones under their folder.
import assert from 'node:assert/strict';
import { buildArticlesGroup, groupArticles } from '../../../../src/core/presentation/articleTree';
import type { FileSummary } from '../../../../src/core/summary/summary';

const summary = (path: string, date: string, quotes = 0): FileSummary =>
  ({ path, date, title: '', entities: [], quotes: new Array(quotes).fill({}), claims: [], problemCounts: {} }) as never;

const SUMMARIES = [
  summary('/c/articles/2020-06-24-sun-judges.txt', '2020-06-24', 2),
  summary('/c/articles/2020-06-25-sun-court.txt', '2020-06-25'),
  summary('/c/articles/2020-06-20-post-vote.txt', '2020-06-20', 1),
  summary('/c/seeds/000.txt', '2016-06-01', 3),
];
const PROVENANCE: Record<string, { outlet?: string; title?: string }> = {
  '/c/articles/2020-06-24-sun-judges.txt': { outlet: 'Daily Sun', title: 'Judges named' },
  '/c/articles/2020-06-25-sun-court.txt': { outlet: 'Daily Sun', title: 'Court rules' },
  '/c/articles/2020-06-20-post-vote.txt': { outlet: 'Evening <b>Post</b>' },
};
const options = {
  fileLabel: (p: string) => p.slice(p.lastIndexOf('/') + 1),
  folderOf: (p: string) => p.slice(3, p.lastIndexOf('/')),
  sourceOf: (p: string) => PROVENANCE[p],
};

describe('Sources view: articles by outlet, else by folder', () => {
  it('groups imported articles by outlet and hand-made ones by folder, groups by name', () => {
    const groups = groupArticles(SUMMARIES, options);
    assert.deepEqual(
      [...groups].map(([key, g]) => [key, g.articles.length]),
      [
        ['outlet:Daily Sun', 2],
        ['outlet:Evening <b>Post</b>', 1],
        ['folder:seeds', 1],
      ],
    );
  });

  it('lists a group newest first, by the provenance title when there is one', () => {
    const root = buildArticlesGroup(SUMMARIES, options);
    assert.equal(root.label, 'Articles');
    assert.equal(root.description, '4');
    const sun = root.children[0]!;
    assert.equal(sun.description, 'outlet · 2 articles');
    assert.deepEqual(
      sun.children.map((a) => [a.label, a.description]),
      [
        ['Court rules', '2020-06-25 · 0 quotes'],
        ['Judges named', '2020-06-24 · 2 quotes'],
      ],
    );
    assert.equal(root.children[2]!.children[0]!.label, '000.txt');
  });

  it('groups everything by folder without provenance', () => {
    const groups = groupArticles(SUMMARIES, { ...options, sourceOf: () => undefined });
    assert.deepEqual([...groups.keys()], ['folder:articles', 'folder:seeds']);
  });
});
