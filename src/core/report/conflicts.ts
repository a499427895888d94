// Conflicts a fact-checker looks for: the same (or nearly the same) quote given to different speakers in
// different articles, and one speaker quoted with different wording of one statement (a possible misquote).
import type { Conflict, ConflictKind, QuoteItem } from './protocol';

export interface ConflictOptions {
  /** Quotes shorter than this many words are too common to compare ("disgusting"). */
  minWords?: number;
  /** Word overlap (of the shorter quote) from which two quotes count as the same quote. */
  sameQuote?: number;
  /** Word similarity (Jaccard) from which one speaker's two quotes count as one statement reworded. */
  reworded?: number;
  limit?: number;
}

const DEFAULTS: Required<ConflictOptions> = { minWords: 6, sameQuote: 0.9, reworded: 0.5, limit: 200 };
/** Words in more quotes than this share of the collection do not propose candidate pairs. */
const COMMON_WORD_SHARE = 0.02;
const MIN_COMMON_WORD_COUNT = 30;
/** Candidate pairs must share this many distinct uncommon words. */
const MIN_SHARED_WORDS = 3;

/** Lower-case words of a quote, apostrophes folded, a trailing ellipsis (a cut preview) ignored. */
export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/…\s*$/, '')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export interface WordSimilarity {
  /** |A ∩ B| / |A ∪ B| over distinct words. */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): 1 when one quote's words are all in the other. */
  overlap: number;
}

export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): WordSimilarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  const union = a.size + b.size - shared;
  return { jaccard: union ? shared / union : 0, overlap: small.size ? shared / small.size : 0 };
}

/** How two quotes conflict, if they do. */
export function classifyPair(
  a: QuoteItem,
  b: QuoteItem,
  sim: WordSimilarity,
  sameText: boolean,
  options: Required<ConflictOptions>,
): ConflictKind | undefined {
  if (a.ref.path === b.ref.path) return undefined;
  if (a.speakerKey !== b.speakerKey) return sim.overlap >= options.sameQuote ? 'different-speakers' : undefined;
  // the same speaker: an excerpt of a longer quote, or the identical words, is no rewording
  if (sameText || sim.overlap >= 0.95) return undefined;
  return sim.jaccard >= options.reworded ? 'reworded' : undefined;
}

interface QuoteWords {
  count: number;
  words: Set<string>;
  joined: string;
}

interface Prepared extends QuoteWords {
  item: QuoteItem;
}

/** Reports are rebuilt on every filter change over the same quotes: their words are kept by text. */
const wordCache = new Map<string, QuoteWords>();
const WORD_CACHE_LIMIT = 100_000;

function wordsOf(text: string): QuoteWords {
  let entry = wordCache.get(text);
  if (!entry) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    const words = quoteWords(text);
    wordCache.set(text, (entry = { count: words.length, words: new Set(words), joined: words.join(' ') }));
  }
  return entry;
}

/** Candidate pairs (i > j) sharing enough uncommon words, found through an inverted index. */
function* candidatePairs(quotes: readonly Prepared[]): Generator<[number, number]> {
  const df = new Map<string, number>();
  for (const q of quotes) for (const w of q.words) df.set(w, (df.get(w) ?? 0) + 1);
  const commonAbove = Math.max(MIN_COMMON_WORD_COUNT, quotes.length * COMMON_WORD_SHARE);
  const postings = new Map<string, number[]>();
  const shared = new Int32Array(quotes.length);
  const touched: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const rare = [...quotes[i]!.words].filter((w) => (df.get(w) ?? 0) <= commonAbove);
    for (const w of rare) {
      const list = postings.get(w);
      if (!list) continue;
      for (const j of list) if (shared[j]!++ === 0) touched.push(j);
    }
    const needed = Math.min(MIN_SHARED_WORDS, rare.length);
    for (const j of touched) {
      if (needed > 0 && shared[j]! >= needed) yield [i, j];
      shared[j] = 0;
    }
    touched.length = 0;
    for (const w of rare) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(i);
    }
  }
}

export function findConflicts(items: readonly QuoteItem[], options: ConflictOptions = {}): Conflict[] {
  const opts = { ...DEFAULTS, ...options };
  const prepared: Prepared[] = [];
  for (const item of items) {
    const entry = wordsOf(item.text);
    if (entry.count >= opts.minWords) prepared.push({ item, ...entry });
  }
  const conflicts: Conflict[] = [];
  for (const [i, j] of candidatePairs(prepared)) {
    const [a, b] = [prepared[j]!, prepared[i]!];
    const sim = wordSimilarity(a.words, b.words);
    const kind = classifyPair(a.item, b.item, sim, a.joined === b.joined, opts);
    if (kind) conflicts.push({ kind, similarity: Math.round(sim.jaccard * 100) / 100, a: a.item, b: b.item });
  }
  const order = (c: Conflict): number => (c.kind === 'different-speakers' ? 0 : 1);
  conflicts.sort(
    (x, y) => order(x) - order(y) || y.similarity - x.similarity || x.a.ref.file.localeCompare(y.a.ref.file),
  );
  return conflicts.slice(0, opts.limit);
}
