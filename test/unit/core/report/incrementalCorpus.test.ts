// The report built from the incrementally updated corpus, after random edits (articles added, changed,
// removed, moved between folders), equals the report built from scratch (fast-check).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildReport } from '../../../../src/core/report/buildReport';
import { buildCorpus } from '../../../../src/core/report/corpus';
import { IncrementalCorpus } from '../../../../src/core/report/incrementalCorpus';
import type { ReportData, ReportFilters } from '../../../../src/core/report/protocol';
import { searchCollection } from '../../../../src/core/report/search';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import type { FileSummary } from '../../../../src/core/summary/summary';

const FOLDERS = ['seeds/bbc', 'seeds/cnn', 'seeds/cnn/world', 'other'];
const PEOPLE: [name: string, gender?: 'male' | 'female'][] = [['Ann Lee', 'female'], ['Bo Chan', 'male'], ['Cy Diaz']];
const SENTENCES = [
  'We will never accept a deal that leaves our farmers without any protection',
  'We will never accept any deal that leaves our farmers with no protection whatsoever',
  'The port reopens on Monday after three weeks of repairs',
  'Nobody expected the vote to be this close tonight',
];

const articleArb = fc.record({
  slot: fc.integer({ min: 0, max: 9 }),
  folder: fc.constantFrom(...FOLDERS),
  date: fc.option(fc.constantFrom('2024-01-03', '2024-02-14', '2024-06-30'), { nil: undefined }),
  quotes: fc.array(fc.record({ who: fc.nat(PEOPLE.length - 1), what: fc.nat(SENTENCES.length - 1) }), { maxLength: 4 }),
  failed: fc.boolean().map((b) => b && Math.random() < 0.1),
});
type Article = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;

function summaryOf(a: Article): FileSummary {
  const path = `/ws/${a.folder}/a${a.slot}.txt`;
  if (a.failed) return { path, title: '', entities: [], quotes: [], claims: [], problemCounts: {}, error: 'binary' };
  const people = [...new Set(a.quotes.map((q) => q.who))].map((i) => PEOPLE[i]!);
  return {
    path,
    ...(a.date ? { date: a.date } : {}),
    title: path,
    entities: people.map(([name, gender]) => ({
      key: `PER:${name.toLowerCase()}`,
      type: 'PER',
      name,
      aliases: [name],
      mentions: [0, 0, 0, name.length],
      ...(gender ? { gender } : {}),
    })),
    quotes: a.quotes.map((q, i) => ({
      range: [1 + i, 0, 1 + i, 10],
      text: SENTENCES[q.what]!,
      partial: false,
      speaker: PEOPLE[q.who]![0],
      speakerKey: `PER:${PEOPLE[q.who]![0].toLowerCase()}`,
    })),
    claims: [],
    problemCounts: {},
  };
}

const editArb = fc.oneof(
  articleArb.map((a) => ({ kind: 'upsert' as const, a })),
  fc.nat(9).map((slot) => ({ kind: 'remove' as const, slot })),
  fc.constant({ kind: 'same' as const }),
);

const withoutTiming = ({ buildMs: _ignored, ...rest }: ReportData): Omit<ReportData, 'buildMs'> => rest;
const relative = (p: string): string => p.slice(4);
const FILTERS: ReportFilters[] = [{}, { folder: 'seeds/cnn' }, { from: '2024-02-01', person: 'PER:ann lee' }];

describe('report: incremental corpus', function () {
  this.timeout(120000);
  it('after random edits, reports (and searches) equal those built from scratch', () =>
    fc.assert(
      fc.property(
        fc.array(articleArb, { maxLength: 8 }),
        fc.array(editArb, { minLength: 1, maxLength: 12 }),
        (start, edits) => {
          const byPath = new Map<string, FileSummary>();
          const place = (a: Article): void => {
            for (const key of [...byPath.keys()]) if (key.endsWith(`/a${a.slot}.txt`)) byPath.delete(key);
            const s = summaryOf(a);
            byPath.set(s.path, s);
          };
          start.forEach(place);
          const incremental = new IncrementalCorpus(relative);
          for (const edit of [{ kind: 'same' as const }, ...edits]) {
            if (edit.kind === 'upsert') place(edit.a);
            if (edit.kind === 'remove')
              for (const key of [...byPath.keys()]) if (key.endsWith(`/a${edit.slot}.txt`)) byPath.delete(key);
            const summaries = [...byPath.values()];
            const model = buildWorkspaceModel(summaries);
            const updated = incremental.sync(summaries, model);
            const scratch = buildCorpus({ summaries, model, relative });
            for (const filters of FILTERS)
              assert.deepEqual(
                withoutTiming(buildReport(updated, filters)),
                withoutTiming(buildReport(scratch, filters)),
              );
            assert.deepEqual(searchCollection(updated, { text: 'deal' }), searchCollection(scratch, { text: 'deal' }));
          }
        },
      ),
      { numRuns: 100 },
    ));

  it('reads again only the articles whose summary changed', () => {
    const summaries = [0, 1, 2].map((slot) =>
      summaryOf({ slot, folder: 'seeds/bbc', quotes: [], failed: false, date: undefined }),
    );
    const incremental = new IncrementalCorpus(relative);
    incremental.sync(summaries, buildWorkspaceModel(summaries));
    assert.equal(incremental.lastChanged, 3);
    const edited = [summaries[0]!, { ...summaries[1]!, date: '2024-05-05' }, summaries[2]!];
    const corpus = incremental.sync(edited, buildWorkspaceModel(edited));
    assert.equal(incremental.lastChanged, 1);
    assert.equal(corpus.articles.get(summaries[1]!.path)?.date, '2024-05-05');
  });
});
