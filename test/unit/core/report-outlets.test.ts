// The Collection Report groups imported articles by outlet, and articles made by hand by folder.
import assert from 'node:assert/strict';
import { buildReport } from '../../../src/core/report/buildReport';
import { buildCorpus } from '../../../src/core/report/corpus';
import { buildWorkspaceModel } from '../../../src/core/model/workspaceModel';
import type { FileSummary } from '../../../src/core/summary/summary';

const summary = (path: string): FileSummary => ({
  path,
  date: '2021-01-02',
  title: path,
  entities: [],
  quotes: [],
  claims: [],
  problemCounts: {},
});

describe('report rows by outlet', () => {
  it('uses the outlet when the article has provenance, the folder otherwise', () => {
    const files = ['/ws/articles/a.txt', '/ws/articles/b.txt', '/ws/articles/c.txt', '/ws/seeds/d.txt'].map(summary);
    const outlets: Record<string, string> = {
      '/ws/articles/a.txt': 'Metro Daily',
      '/ws/articles/b.txt': 'Metro Daily',
      '/ws/articles/c.txt': 'Coast Herald',
    };
    const corpus = buildCorpus({
      summaries: files,
      model: buildWorkspaceModel(files),
      relative: (p) => p.replace(/^\/ws\//, ''),
      outletOf: (p) => outlets[p],
    });
    const rows = buildReport(corpus).folderRows.map((r) => [r.folder, r.articles]);
    assert.deepEqual(rows, [
      ['Coast Herald', 1],
      ['Metro Daily', 2],
      ['seeds', 1],
    ]);
  });
});
