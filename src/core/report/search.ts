// Full-text search over the collection's quotes and claims, with speaker, folder and date filters, served by
// an inverted index (searchIndex.ts) built once per corpus on the first search.
import { articleFilter, dateOf, refTo, type Corpus } from './corpus';
import type { SearchQuery, SearchResult, SearchResults } from './protocol';
import { buildSearchIndex, matchingEntries, searchTerms, type SearchIndex } from './searchIndex';

export { foldForSearch } from './searchIndex';

export const MAX_SEARCH_RESULTS = 100;

const indexes = new WeakMap<Corpus, SearchIndex>();

/** The corpus's search index, built on first use. */
export function searchIndexOf(corpus: Corpus): SearchIndex {
  let index = indexes.get(corpus);
  if (!index) indexes.set(corpus, (index = buildSearchIndex(corpus)));
  return index;
}

/** Every quote and claim whose text holds all the query's words and whose speaker or source name holds `speaker`. */
export function searchCollection(corpus: Corpus, query: SearchQuery, limit = MAX_SEARCH_RESULTS): SearchResults {
  if (!query.text.trim() && !query.speaker?.trim()) return { query, total: 0, results: [] };
  const index = searchIndexOf(corpus);
  const inArticle = articleFilter(corpus, query);
  const who = searchTerms(query.speaker ?? '');
  const groupMatches = index.groups.map((g) => who.every((t) => g.folded.includes(t)));
  const results: SearchResult[] = [];
  let total = 0;
  for (const id of matchingEntries(index, searchTerms(query.text))) {
    const entry = index.entries[id]!;
    if (!groupMatches[entry.group] || !inArticle(entry.path)) continue;
    if (total++ >= limit) continue;
    const date = dateOf(corpus, entry.path);
    results.push({
      kind: entry.kind,
      text: entry.item.text,
      who: index.groups[entry.group]!.name,
      ...(date ? { date } : {}),
      ref: refTo(corpus, entry.path, entry.item.range),
    });
  }
  return { query, total, results };
}
