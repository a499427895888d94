// Full-text search over the collection's quotes and claims, with speaker, folder and date filters.
import { articleFilter, dateOf, refTo, type Corpus } from './corpus';
import type { SearchQuery, SearchResult, SearchResults } from './protocol';

export const MAX_SEARCH_RESULTS = 100;

/** Lower case without accents, for matching typed text against articles. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
}

function matcher(text: string): (candidate: string) => boolean {
  const terms = foldForSearch(text).split(/\s+/).filter(Boolean);
  return (candidate) => {
    if (!terms.length) return true;
    const folded = foldForSearch(candidate);
    return terms.every((t) => folded.includes(t));
  };
}

/** Every quote and claim whose text holds all the query's words and whose speaker or source name holds `speaker`. */
export function searchCollection(corpus: Corpus, query: SearchQuery, limit = MAX_SEARCH_RESULTS): SearchResults {
  const inArticle = articleFilter(corpus, query);
  const textMatches = matcher(query.text);
  const whoMatches = matcher(query.speaker ?? '');
  const hits: SearchResult[] = [];
  if (!query.text.trim() && !query.speaker?.trim()) return { query, total: 0, results: [] };
  for (const speaker of corpus.model.speakers) {
    if (!whoMatches(speaker.name)) continue;
    for (const { path, quote } of speaker.quotes) {
      if (inArticle(path) && textMatches(quote.text))
        hits.push({
          kind: 'quote',
          text: quote.text,
          who: speaker.name,
          ...dated(corpus, path),
          ref: refTo(corpus, path, quote.range),
        });
    }
  }
  for (const source of corpus.model.claimSources) {
    if (!whoMatches(source.name)) continue;
    for (const { path, claim } of source.claims) {
      if (inArticle(path) && textMatches(claim.text))
        hits.push({
          kind: 'claim',
          text: claim.text,
          who: source.name,
          ...dated(corpus, path),
          ref: refTo(corpus, path, claim.range),
        });
    }
  }
  hits.sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.ref.file.localeCompare(b.ref.file) ||
      a.ref.range[0] - b.ref.range[0] ||
      a.ref.range[1] - b.ref.range[1],
  );
  return { query, total: hits.length, results: hits.slice(0, limit) };
}

function dated(corpus: Corpus, path: string): { date?: string } {
  const date = dateOf(corpus, path);
  return date ? { date } : {};
}
