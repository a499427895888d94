// The report's search served by its inverted index finds exactly what a scan of every quote and claim finds
// (the search before the index), on generated collections and queries (fast-check).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleFilter, buildCorpus, dateOf, refTo, type Corpus } from '../../../../src/core/report/corpus';
import type { SearchQuery, SearchResult } from '../../../../src/core/report/protocol';
import { foldForSearch, searchCollection } from '../../../../src/core/report/search';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import type { FileSummary } from '../../../../src/core/summary/summary';

/** The search as it was: every text folded and tested with `includes`. */
function scanSearch(corpus: Corpus, query: SearchQuery, limit = 100): { total: number; results: SearchResult[] } {
  if (!query.text.trim() && !query.speaker?.trim()) return { total: 0, results: [] };
  const matcher = (text: string) => {
    const terms = foldForSearch(text).split(/\s+/).filter(Boolean);
    return (candidate: string) => terms.every((t) => foldForSearch(candidate).includes(t));
  };
  const [textMatches, whoMatches, inArticle] = [
    matcher(query.text),
    matcher(query.speaker ?? ''),
    articleFilter(corpus, query),
  ];
  const hits: SearchResult[] = [];
  const add = (
    kind: 'quote' | 'claim',
    who: string,
    path: string,
    item: { text: string; range: FileSummary['quotes'][number]['range'] },
  ) => {
    if (!whoMatches(who) || !inArticle(path) || !textMatches(item.text)) return;
    const date = dateOf(corpus, path);
    hits.push({ kind, text: item.text, who, ...(date ? { date } : {}), ref: refTo(corpus, path, item.range) });
  };
  for (const s of corpus.model.speakers) for (const { path, quote } of s.quotes) add('quote', s.name, path, quote);
  for (const s of corpus.model.claimSources) for (const { path, claim } of s.claims) add('claim', s.name, path, claim);
  hits.sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.ref.file.localeCompare(b.ref.file) ||
      a.ref.range[0] - b.ref.range[0] ||
      a.ref.range[1] - b.ref.range[1],
  );
  return { total: hits.length, results: hits.slice(0, limit) };
}

const WORDS = ['Señora', 'said', 'SAID,', 'don’t', "won't", 'the', 'plan.', 'Müller', 'tax', 'taxes', 'co-op', '«no»'];
const NAMES = ['Ann Lee', 'José Díaz', 'the council', 'officials'];
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

const fileArb = fc.record({
  folder: fc.constantFrom('a', 'b', 'a/c'),
  date: fc.option(fc.constantFrom('2024-01-05', '2024-02-10', '2024-03-15'), { nil: undefined }),
  quotes: fc.array(fc.record({ text: textArb, who: fc.constantFrom(...NAMES), line: fc.nat(30) }), { maxLength: 5 }),
  claims: fc.array(fc.record({ text: textArb, who: fc.constantFrom(...NAMES), line: fc.nat(30) }), { maxLength: 3 }),
});

type GeneratedFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function corpusOf(files: GeneratedFile[]): Corpus {
  const summaries: FileSummary[] = files.map((f, i) => ({
    path: `/ws/${f.folder}/f${i}.txt`,
    ...(f.date ? { date: f.date } : {}),
    title: '',
    entities: [],
    quotes: f.quotes.map((q) => ({
      range: [q.line, 0, q.line, q.text.length],
      text: q.text,
      partial: false,
      speaker: q.who,
      speakerKey: `SRC:${q.who.toLowerCase()}`,
    })),
    claims: f.claims.map((c) => ({
      range: [c.line, 1, c.line, c.text.length],
      text: c.text,
      source: c.who,
      sourceKey: `SRC:${c.who.toLowerCase()}`,
      cue: 'said',
      hedges: [],
    })),
    problemCounts: {},
  }));
  return buildCorpus({ summaries, model: buildWorkspaceModel(summaries), relative: (p) => p.slice(4) });
}

const queryArb = fc.record({
  text: fc.oneof(
    fc.constantFrom('', 'said', 'SAI', 'dont', 'don’t', 'don', 'muller', 'senora tax', "won't", 'o-o', '«', 'x'),
    textArb,
  ),
  speaker: fc.option(fc.constantFrom('ann', 'DÍAZ', 'council', 'o'), { nil: undefined }),
  folder: fc.option(fc.constantFrom('a', 'b', 'a/c'), { nil: undefined }),
  from: fc.option(fc.constantFrom('2024-02-01'), { nil: undefined }),
});

describe('report search index', () => {
  it('finds what a scan of every text finds, in the same order', () =>
    fc.assert(
      fc.property(
        fc.array(fileArb, { maxLength: 12 }),
        fc.array(queryArb, { minLength: 1, maxLength: 5 }),
        (files, queries) => {
          const corpus = corpusOf(files);
          for (const query of queries) {
            const found = searchCollection(corpus, query, 7);
            const expected = scanSearch(corpus, query, 7);
            assert.equal(found.total, expected.total);
            assert.deepEqual(found.results, expected.results);
          }
        },
      ),
      { numRuns: 300 },
    ));
});
