// Pairs of word sets whose overlap (shared words ÷ the smaller set) reaches a threshold, found without
// comparing every pair: an exact set-similarity join by prefix filtering. Words are ranked rarest first;
// two sets sharing ≥ ⌈t·|x|⌉ words (x the smaller) must share a word of x's first |x| − ⌈t·|x|⌉ + 1, so
// each set probes the index with that prefix only. No false negatives (unlike MinHash), no false positives
// (every candidate is checked).

/** Shared words needed by overlap `t` for a set of `size` words (guarded against 0.1 + 0.2 style drift). */
export function sharedNeeded(t: number, size: number): number {
  return Math.max(1, Math.ceil(t * size - 1e-9));
}

/** Word ids of each set, distinctive words first, then rarest first (ties by id); which ids are distinctive. */
function rankWords(
  sets: readonly ReadonlySet<string>[],
  distinctive: (word: string) => boolean,
): { ranked: Int32Array[]; proposes: boolean[] } {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const asIds = sets.map((set) => {
    const out = new Int32Array(set.size);
    let i = 0;
    for (const word of set) {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = df.push(0) - 1));
      df[id]!++;
      out[i++] = id;
    }
    return out;
  });
  const proposes = [...ids.keys()].map(distinctive);
  const rank = (id: number): number => (proposes[id] ? 0 : sets.length + 1) + df[id]!;
  for (const list of asIds) list.sort((a, b) => rank(a) - rank(b) || a - b);
  return { ranked: asIds, proposes };
}

/**
 * Calls `found(i, j)` once for every pair of sets (i ≠ j, in no set order) sharing at least
 * ⌈t·min(|A|, |B|)⌉ words, one of them `distinctive` (by default any word). Cost: the postings of the
 * distinctive words of each set's prefix, not n². Distinctive words rank first, so a pair that shares one
 * shares one in the prefix.
 */
export function overlapJoin(
  sets: readonly ReadonlySet<string>[],
  threshold: number,
  found: (i: number, j: number) => void,
  distinctive: (word: string) => boolean = () => true,
): void {
  const { ranked, proposes } = rankWords(sets, distinctive);
  // largest first, so that every set already indexed is at least as large as the one probing
  const order = sets.map((_, i) => i).sort((a, b) => sets[b]!.size - sets[a]!.size || a - b);
  const postings = new Map<number, number[]>();
  const seen = new Int32Array(sets.length).fill(-1);
  // The probing set's words, marked by its index: a candidate's shared words are counted on integers.
  const mark = new Int32Array(proposes.length).fill(-1);
  for (const x of order) {
    const words = ranked[x]!;
    for (const w of words) mark[w] = x;
    const needed = sharedNeeded(threshold, words.length);
    const prefix = words.length - needed + 1;
    for (let k = 0; k < prefix && k < words.length; k++) {
      if (!proposes[words[k]!]) continue;
      for (const y of postings.get(words[k]!) ?? []) {
        if (seen[y] === x) continue;
        seen[y] = x;
        if (countMarked(ranked[y]!, mark, x) >= needed) found(y, x);
      }
    }
    for (const w of words) {
      if (!proposes[w]) continue;
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(x);
    }
  }
}

/** How many of `words` are marked with `x`. */
function countMarked(words: Int32Array, mark: Int32Array, x: number): number {
  let shared = 0;
  for (let i = 0; i < words.length; i++) if (mark[words[i]!] === x) shared++;
  return shared;
}
