// Persistent cache of file summaries, keyed by path + mtime + size and invalidated by a version string
// (summary format + analysis bundle fingerprint), so reopening a workspace skips unchanged files. Where it
// is stored is the caller's: a file on disk (fileCacheStorage.ts) or under the workspace storage through
// VS Code's file system API (the web). The file is JSON lines: a header, then one entry per line, written
// and read line by line where the storage can (no copy of the whole cache as one string); a damaged line
// loses that entry only. The 0.3.0 cache (one JSON object) is read once and replaced.
import { internSummary, sharedStrings } from './intern';
import type { FileSummary } from './summary';

/** Coarsest common file-system timestamp resolution (FAT: 2 s; ext3 and many network shares: 1 s). */
export const TIMESTAMP_GRANULARITY_MS = 2_000;

/** Where the cache's text lives. */
export interface CacheStorage {
  /** The stored text; rejects when there is none. */
  read(): Promise<string>;
  /** Replaces the stored text atomically. */
  write(text: string): Promise<void>;
  /** The stored text line by line, without holding it whole (optional: `read` is used otherwise). */
  readLines?(): AsyncIterable<string>;
  /** Replaces the stored text atomically with these lines, written as they come (optional). */
  writeLines?(lines: Iterable<string>): Promise<void>;
  /** Removes temporary files a crashed write left behind. */
  removeLeftovers(): Promise<void>;
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  /** inode and change time: a same-size edit within the file system's timestamp granularity still changes these. */
  identity?: string;
  /** Fingerprint of the review annotations merged into the summary ('' or absent: none). */
  reviews?: string;
  summary: FileSummary;
}

/** The 0.3.0 cache: one JSON object. */
interface LegacyCacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

/** The first line of the cache file. */
export const CACHE_FORMAT = 'seed-annotator-summary-cache/2';

/** At most this many files are cached (the largest collection the index is measured on has 100,000). */
export const MAX_CACHE_ENTRIES = 250_000;

function isCacheEntry(entry: unknown): entry is CacheEntry {
  const e = entry as CacheEntry;
  const s = e?.summary as FileSummary | undefined;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.mtimeMs === 'number' &&
    typeof e.size === 'number' &&
    typeof s === 'object' &&
    s !== null &&
    typeof s.path === 'string' &&
    typeof s.title === 'string' &&
    Array.isArray(s.entities) &&
    Array.isArray(s.quotes) &&
    Array.isArray(s.claims) &&
    typeof s.problemCounts === 'object' &&
    s.problemCounts !== null
  );
}

export class SummaryCache {
  private entries = new Map<string, CacheEntry>();
  private dirty = false;

  constructor(
    private readonly storage: CacheStorage,
    private readonly version: string,
  ) {}

  /**
   * Loads the cache file; a missing, unreadable or outdated file leaves the cache empty, entries of the
   * wrong shape (or lines cut short by a crash) are dropped, and temporary files a crashed save left behind
   * are removed. A 0.3.0 cache is taken in once and rewritten in the current format at the next save.
   */
  async load(): Promise<void> {
    await this.storage.removeLeftovers().catch(() => undefined);
    this.entries = new Map();
    try {
      const lines = this.storage.readLines ? this.storage.readLines() : splitLines(await this.storage.read());
      this.dirty = await this.readLines(lines);
    } catch {
      this.entries.clear();
    }
  }

  /** Reads the header, then the entries; returns whether something was dropped or migrated. */
  private async readLines(lines: AsyncIterable<string> | Iterable<string>): Promise<boolean> {
    let started = false;
    let dropped = false;
    for await (const line of lines) {
      if (!started) {
        const header = JSON.parse(line) as { format?: unknown; version?: unknown } | null;
        if (header?.format !== CACHE_FORMAT) return this.migrate(header as LegacyCacheFile | null);
        if (header.version !== this.version) return false;
        started = true;
        continue;
      }
      if (!line) continue;
      const parsed = parseLine(line);
      if (parsed) internSummary(parsed[1].summary, sharedStrings); // names repeated across articles kept once
      if (parsed && this.entries.size < MAX_CACHE_ENTRIES) this.entries.set(parsed[0], parsed[1]);
      else dropped = true;
    }
    return dropped;
  }

  /** The 0.3.0 cache: its valid entries when its version matches; rewritten at the next save either way. */
  private migrate(legacy: LegacyCacheFile | null): boolean {
    if (legacy?.version === this.version && legacy.entries && typeof legacy.entries === 'object') {
      const valid = Object.entries(legacy.entries).filter(([, entry]) => isCacheEntry(entry));
      this.entries = new Map(valid.slice(0, MAX_CACHE_ENTRIES));
    }
    return true;
  }

  get(filePath: string, mtimeMs: number, size: number, reviews = '', identity = ''): FileSummary | undefined {
    const entry = this.entries.get(filePath);
    if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size || (entry.reviews ?? '') !== reviews)
      return undefined;
    return (entry.identity ?? '') === identity ? entry.summary : undefined;
  }

  set(filePath: string, mtimeMs: number, size: number, summary: FileSummary, reviews = '', identity = ''): void {
    if (this.entries.size >= MAX_CACHE_ENTRIES && !this.entries.has(filePath)) return;
    this.entries.set(filePath, {
      mtimeMs,
      size,
      summary,
      ...(reviews ? { reviews } : {}),
      ...(identity ? { identity } : {}),
    });
    this.dirty = true;
  }

  delete(filePath: string): void {
    if (this.entries.delete(filePath)) this.dirty = true;
  }

  /** Drops entries for files no longer present. */
  retainOnly(paths: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (!paths.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
  }

  clear(): void {
    this.entries.clear();
    this.dirty = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes (atomically) when something changed. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      if (this.storage.writeLines) await this.storage.writeLines(this.lines());
      else await this.storage.write([...this.lines()].join('\n') + '\n');
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  private *lines(): Generator<string> {
    yield JSON.stringify({ format: CACHE_FORMAT, version: this.version });
    for (const entry of this.entries) yield JSON.stringify(entry);
  }
}

function* splitLines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    yield text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
  }
}

/** One entry line, `[path, entry]`, or undefined when it is damaged. */
function parseLine(line: string): [string, CacheEntry] | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isCacheEntry(value[1]))
      return [value[0], value[1]];
  } catch {
    // a line cut short by a crash: that entry is analysed again
  }
  return undefined;
}
