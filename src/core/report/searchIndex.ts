// An inverted index over the collection's quotes and claims, built once per corpus on the first search.
// Texts are folded (foldForSearch) and split on white space; a typed term (no white space) lies inside one
// such token, so a query term's postings are those of every token containing it: the same hits as a scan
// of every text with `includes`, without reading the texts. Entries are numbered in the results' order
// (newest first, then file and place), so hits come out sorted.
import type { ClaimSummary, QuoteSummary } from '../summary/summary';
import { dateOf, type Corpus } from './corpus';

export interface IndexedEntry {
  kind: 'quote' | 'claim';
  path: string;
  /** The speaker's or source's group, an index into `groups`. */
  group: number;
  item: QuoteSummary | ClaimSummary;
}

export interface SearchIndex {
  entries: IndexedEntry[];
  /** Speaker and source names, folded, for the "who" filter. */
  groups: { name: string; folded: string }[];
  /** Folded token → the ids of the entries holding it, ascending. */
  postings: Map<string, Int32Array>;
}

/** Lower case without accents, for matching typed text against articles. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
}

/** The words of a query or a text as the index keeps them. */
export function searchTerms(text: string): string[] {
  return foldForSearch(text).split(/\s+/).filter(Boolean);
}

function collectEntries(corpus: Corpus): { entries: IndexedEntry[]; groups: SearchIndex['groups'] } {
  const entries: IndexedEntry[] = [];
  const groups: SearchIndex['groups'] = [];
  for (const speaker of corpus.model.speakers) {
    const group = groups.push({ name: speaker.name, folded: foldForSearch(speaker.name) }) - 1;
    for (const { path, quote } of speaker.quotes) entries.push({ kind: 'quote', path, group, item: quote });
  }
  for (const source of corpus.model.claimSources) {
    const group = groups.push({ name: source.name, folded: foldForSearch(source.name) }) - 1;
    for (const { path, claim } of source.claims) entries.push({ kind: 'claim', path, group, item: claim });
  }
  return { entries, groups };
}

/** The results' order: newest first, then file, then place in the file. */
function resultOrder(corpus: Corpus): (a: IndexedEntry, b: IndexedEntry) => number {
  const file = (path: string): string => corpus.articles.get(path)?.file ?? path;
  return (a, b) =>
    (dateOf(corpus, b.path) ?? '').localeCompare(dateOf(corpus, a.path) ?? '') ||
    file(a.path).localeCompare(file(b.path)) ||
    a.item.range[0] - b.item.range[0] ||
    a.item.range[1] - b.item.range[1];
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const { entries, groups } = collectEntries(corpus);
  entries.sort(resultOrder(corpus));
  const lists = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const token of new Set(searchTerms(entry.item.text))) {
      const list = lists.get(token);
      if (list) list.push(id);
      else lists.set(token, [id]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [token, ids] of lists) postings.set(token, Int32Array.from(ids));
  return { entries, groups, postings };
}

/** Ids of the entries whose text holds `term`: the union of the postings of every token containing it. */
function termMatches(index: SearchIndex, term: string): Int32Array {
  const parts: Int32Array[] = [];
  for (const [token, ids] of index.postings) if (token.includes(term)) parts.push(ids);
  if (parts.length === 1) return parts[0]!;
  const seen = new Uint8Array(index.entries.length);
  for (const ids of parts) for (const id of ids) seen[id] = 1;
  const out: number[] = [];
  for (let id = 0; id < seen.length; id++) if (seen[id]) out.push(id);
  return Int32Array.from(out);
}

/** Ids (ascending) of the entries holding every term; every entry when there is no term. */
export function matchingEntries(index: SearchIndex, terms: readonly string[]): Iterable<number> {
  if (!terms.length) return index.entries.keys();
  const lists = terms.map((t) => termMatches(index, t)).sort((a, b) => a.length - b.length);
  let result = lists[0]!;
  for (const other of lists.slice(1)) {
    const keep = new Uint8Array(index.entries.length);
    for (const id of other) keep[id] = 1;
    result = result.filter((id) => keep[id] === 1);
  }
  return result;
}
