// Conflicts a fact-checker looks for: the same (or nearly the same) quote given to different speakers in
// different articles, and one speaker quoted with different wording of one statement (a possible misquote).
import type { Conflict, ConflictKind, QuoteItem } from './protocol';
import { overlapJoin } from './similarityJoin';

export interface ConflictOptions {
  /** Quotes shorter than this many words are too common to compare ("disgusting"). */
  minWords?: number;
  /** Word overlap (of the shorter quote) from which two quotes count as the same quote. */
  sameQuote?: number;
  /** Word similarity (Jaccard) from which one speaker's two quotes count as one statement reworded. */
  reworded?: number;
  limit?: number;
}

export const DEFAULTS: Required<ConflictOptions> = { minWords: 6, sameQuote: 0.9, reworded: 0.5, limit: 200 };
/** Words in more quotes than this share of the collection ("said", "the") are no evidence of one statement. */
const COMMON_WORD_SHARE = 0.02;
const MIN_COMMON_WORD_COUNT = 30;
/** Two quotes must share this many uncommon words (fewer only when neither quote has as many). */
const MIN_SHARED_WORDS = 3;

/** Which words are uncommon among these quotes' word sets (counted once per quote). */
export function uncommonWords(quoteWordSets: Iterable<ReadonlySet<string>>): (word: string) => boolean {
  const df = new Map<string, number>();
  let quotes = 0;
  for (const words of quoteWordSets) {
    quotes++;
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const commonAbove = Math.max(MIN_COMMON_WORD_COUNT, quotes * COMMON_WORD_SHARE);
  return (word) => (df.get(word) ?? 0) <= commonAbove;
}

/**
 * Whether the later of two quotes (in the report's order) shares enough uncommon words with the earlier one:
 * `MIN_SHARED_WORDS`, or all of its own when it has fewer, and at least one.
 */
export function shareEnoughUncommonWords(rareLater: ReadonlySet<string>, rareEarlier: ReadonlySet<string>): boolean {
  const needed = Math.min(MIN_SHARED_WORDS, rareLater.size);
  if (needed === 0) return false;
  let shared = 0;
  for (const w of rareLater) if (rareEarlier.has(w) && ++shared >= needed) return true;
  return false;
}

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

/** One normalised wording (the hash of its words) and the quotes that have it, by speaker. */
interface Wording {
  words: Set<string>;
  /** Its uncommon words (filled once every quote is grouped). */
  rare: Set<string>;
  bySpeaker: Map<string, number[]>;
}

/** Quotes with the same speakers-and-similarity outcome: every (left, right) pair from other articles. */
interface Block {
  kind: ConflictKind;
  similarity: number;
  left: readonly number[];
  right: readonly number[];
  /** Only pairs whose later quote (by index) is on this side share enough uncommon words; absent: all pairs. */
  later?: 'left' | 'right';
}

function groupWordings(
  items: readonly QuoteItem[],
  minWords: number,
): { wordings: Wording[]; isUncommon: (word: string) => boolean } {
  const byText = new Map<string, Wording>();
  items.forEach((item, i) => {
    const entry = wordsOf(item.text);
    if (entry.count < minWords) return;
    let wording = byText.get(entry.joined);
    if (!wording) byText.set(entry.joined, (wording = { words: entry.words, rare: new Set(), bySpeaker: new Map() }));
    const list = wording.bySpeaker.get(item.speakerKey);
    if (list) list.push(i);
    else wording.bySpeaker.set(item.speakerKey, [i]);
  });
  const wordings = [...byText.values()];
  const sets = wordings.flatMap((w) => [...w.bySpeaker.values()].flatMap((list) => list.map(() => w.words)));
  const uncommon = uncommonWords(sets);
  for (const w of wordings) w.rare = new Set([...w.words].filter(uncommon));
  return { wordings, isUncommon: uncommon };
}

const rounded = (x: number): number => Math.round(x * 100) / 100;

/** Same words, different speakers: every pair of speaker groups of one wording. */
function sameWordingBlocks(wording: Wording, blocks: Block[]): void {
  if (!wording.rare.size) return;
  const groups = [...wording.bySpeaker.values()];
  for (let s = 0; s < groups.length; s++)
    for (let t = s + 1; t < groups.length; t++)
      blocks.push({ kind: 'different-speakers', similarity: 1, left: groups[s]!, right: groups[t]! });
}

function pairBlocks(a: Wording, b: Wording, opts: Required<ConflictOptions>, blocks: Block[]): void {
  const aLater = shareEnoughUncommonWords(a.rare, b.rare);
  const bLater = shareEnoughUncommonWords(b.rare, a.rare);
  if (!aLater && !bLater) return;
  const later = aLater && bLater ? undefined : aLater ? 'left' : 'right';
  const sim = wordSimilarity(a.words, b.words);
  for (const [speakerA, left] of a.bySpeaker)
    for (const [speakerB, right] of b.bySpeaker) {
      const kind =
        speakerA !== speakerB
          ? sim.overlap >= opts.sameQuote
            ? 'different-speakers'
            : undefined
          : sim.overlap < 0.95 && sim.jaccard >= opts.reworded
            ? 'reworded'
            : undefined;
      if (kind) blocks.push({ kind, similarity: rounded(sim.jaccard), left, right, ...(later ? { later } : {}) });
    }
}

const kindOrder = (kind: ConflictKind): number => (kind === 'different-speakers' ? 0 : 1);

/** The report's order of conflicts: different speakers first, most similar first, then by place. */
export function compareConflicts(x: Conflict, y: Conflict): number {
  return (
    kindOrder(x.kind) - kindOrder(y.kind) ||
    y.similarity - x.similarity ||
    x.a.ref.file.localeCompare(y.a.ref.file) ||
    x.b.ref.file.localeCompare(y.b.ref.file) ||
    compareRanges(x.a.ref.range, y.a.ref.range) ||
    compareRanges(x.b.ref.range, y.b.ref.range) ||
    x.a.speakerKey.localeCompare(y.a.speakerKey) ||
    x.b.speakerKey.localeCompare(y.b.speakerKey)
  );
}

function compareRanges(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The pairs of the best blocks, in report order, stopping once `limit` pairs can no longer change. */
function materialise(items: readonly QuoteItem[], blocks: Block[], limit: number): Conflict[] {
  blocks.sort((x, y) => kindOrder(x.kind) - kindOrder(y.kind) || y.similarity - x.similarity);
  const out: Conflict[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const { kind, similarity, left, right, later } = blocks[k]!;
    for (const i of left)
      for (const j of right) {
        if ((later === 'left' && i < j) || (later === 'right' && j < i)) continue;
        const [a, b] = i < j ? [items[i]!, items[j]!] : [items[j]!, items[i]!];
        if (a.ref.path !== b.ref.path) out.push({ kind, similarity, a, b });
      }
    const next = blocks[k + 1];
    if (out.length >= limit && (!next || next.kind !== kind || next.similarity !== similarity)) break;
  }
  return out.sort(compareConflicts).slice(0, limit);
}

/**
 * Conflicts among the quotes: quotes are grouped by their normalised wording (a hash, so a quote repeated in
 * a thousand articles is compared once), and wordings that share enough words are paired by an exact
 * similarity join (similarityJoin.ts) rather than by comparing every pair.
 */
export function findConflicts(items: readonly QuoteItem[], options: ConflictOptions = {}): Conflict[] {
  const opts = { ...DEFAULTS, ...options };
  const { wordings, isUncommon } = groupWordings(items, opts.minWords);
  const blocks: Block[] = [];
  for (const wording of wordings) sameWordingBlocks(wording, blocks);
  overlapJoin(
    wordings.map((w) => w.words),
    Math.min(opts.sameQuote, opts.reworded),
    (i, j) => pairBlocks(wordings[i]!, wordings[j]!, opts, blocks),
    isUncommon,
  );
  return materialise(items, blocks, opts.limit);
}
