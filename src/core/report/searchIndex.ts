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
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase(); // plain ASCII: nothing to decompose
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

/** The results' order: newest first, then file, then place in the file (articles ranked once, not per comparison). */
function sortEntries(corpus: Corpus, entries: IndexedEntry[]): void {
  const paths = [...new Set(entries.map((e) => e.path))].map((path) => ({
    path,
    date: dateOf(corpus, path) ?? '',
    file: corpus.articles.get(path)?.file ?? path,
  }));
  paths.sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
  const rank = new Map<string, number>();
  paths.forEach((p, i) => {
    const previous = paths[i - 1];
    const tied = previous && previous.date === p.date && previous.file.localeCompare(p.file) === 0;
    rank.set(p.path, tied ? rank.get(previous.path)! : i);
  });
  // bucket by article rank (linear), then order each article's few entries by place
  const buckets: IndexedEntry[][] = Array.from({ length: paths.length }, () => []);
  for (const entry of entries) buckets[rank.get(entry.path)!]!.push(entry);
  let i = 0;
  for (const bucket of buckets) {
    bucket.sort((a, b) => a.item.range[0] - b.item.range[0] || a.item.range[1] - b.item.range[1]);
    for (const entry of bucket) entries[i++] = entry;
  }
}

/** The distinct tokens, and each entry's token ids (a text repeated across articles is split once). */
function tokenize(entries: readonly IndexedEntry[]): { tokens: string[]; entryTokens: Int32Array[] } {
  const tokenIds = new Map<string, number>();
  const tokens: string[] = [];
  const byText = new Map<string, Int32Array>();
  const entryTokens = entries.map((entry) => {
    let ids = byText.get(entry.item.text);
    if (!ids) {
      const distinct = new Set(searchTerms(entry.item.text));
      ids = new Int32Array(distinct.size);
      let k = 0;
      for (const token of distinct) {
        let t = tokenIds.get(token);
        if (t === undefined) tokenIds.set(token, (t = tokens.push(token) - 1));
        ids[k++] = t;
      }
      byText.set(entry.item.text, ids);
    }
    return ids;
  });
  return { tokens, entryTokens };
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const { entries, groups } = collectEntries(corpus);
  sortEntries(corpus, entries);
  const { tokens, entryTokens } = tokenize(entries);
  // two passes (count, then fill) so that postings are allocated once, at their size
  const counts = new Int32Array(tokens.length);
  for (const ids of entryTokens) for (const t of ids) counts[t]!++;
  const lists = tokens.map((_, t) => new Int32Array(counts[t]!));
  counts.fill(0);
  entryTokens.forEach((ids, id) => {
    for (const t of ids) lists[t]![counts[t]!++] = id;
  });
  const postings = new Map<string, Int32Array>();
  tokens.forEach((token, t) => postings.set(token, lists[t]!));
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
