// Summaries arrive as copies (from worker threads, from the cache file): every article carries its own copy
// of "PER:donald trump", "Donald Trump", "said". Interning makes the repeated names, keys and cues one
// string each: about a fifth of the index's memory per article on news (measured: 19.3 → 15.3 KB).
import type { FileSummary } from './summary';

/** Distinct strings kept at most; past this the pool starts again (memory stays bounded). */
const POOL_LIMIT = 500_000;

export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The pool's instance of this string. */
  intern<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    if (this.strings.size >= POOL_LIMIT) this.strings.clear();
    this.strings.set(value, value);
    return value;
  }

  get size(): number {
    return this.strings.size;
  }
}

/** The same summary with its names, keys, roles and cues taken from the pool (in place; returned for chaining). */
export function internSummary(summary: FileSummary, pool: StringPool): FileSummary {
  const i = <T extends string | undefined>(s: T): T => pool.intern(s);
  for (const e of summary.entities) {
    e.key = i(e.key);
    e.type = i(e.type);
    e.name = i(e.name);
    e.aliases = e.aliases.map(i);
    if (e.role !== undefined) e.role = i(e.role);
  }
  for (const q of summary.quotes) {
    if (q.speaker !== undefined) q.speaker = i(q.speaker);
    if (q.speakerKey !== undefined) q.speakerKey = i(q.speakerKey);
    if (q.rule !== undefined) q.rule = i(q.rule);
  }
  for (const c of summary.claims) {
    c.source = i(c.source);
    c.sourceKey = i(c.sourceKey);
    c.cue = i(c.cue);
    c.hedges = c.hedges.map(i);
  }
  if (summary.date !== undefined) summary.date = i(summary.date);
  return summary;
}

/** The pool the index and the cache share, so that an article from the cache and one analysed now share names. */
export const sharedStrings = new StringPool();
