// Persistent cache of file summaries, keyed by path + mtime + size and invalidated by a version string
// (summary format + analysis bundle fingerprint), so reopening a workspace skips unchanged files. Where it
// is stored is the caller's: a file on disk (fileCacheStorage.ts) or under the workspace storage through
// VS Code's file system API (the web).
import type { FileSummary } from './summary';

/** Coarsest common file-system timestamp resolution (FAT: 2 s; ext3 and many network shares: 1 s). */
export const TIMESTAMP_GRANULARITY_MS = 2_000;

/** Where the cache's one JSON text lives. */
export interface CacheStorage {
  /** The stored text; rejects when there is none. */
  read(): Promise<string>;
  /** Replaces the stored text atomically. */
  write(text: string): Promise<void>;
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

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

/** At most this many files are cached (a workspace of 2,000 articles needs 2,000). */
const MAX_ENTRIES = 50_000;

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
   * wrong shape are dropped, and temporary files a crashed save left behind are removed.
   */
  async load(): Promise<void> {
    await this.storage.removeLeftovers().catch(() => undefined);
    try {
      const parsed = JSON.parse(await this.storage.read()) as CacheFile;
      if (parsed?.version === this.version && parsed.entries && typeof parsed.entries === 'object') {
        const valid = Object.entries(parsed.entries).filter(([, entry]) => isCacheEntry(entry));
        this.entries = valid.length <= MAX_ENTRIES ? new Map(valid) : new Map();
        this.dirty = valid.length !== Object.keys(parsed.entries).length;
      }
    } catch {
      this.entries.clear();
    }
  }

  get(filePath: string, mtimeMs: number, size: number, reviews = '', identity = ''): FileSummary | undefined {
    const entry = this.entries.get(filePath);
    if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size || (entry.reviews ?? '') !== reviews)
      return undefined;
    return (entry.identity ?? '') === identity ? entry.summary : undefined;
  }

  set(filePath: string, mtimeMs: number, size: number, summary: FileSummary, reviews = '', identity = ''): void {
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(filePath)) return;
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
    const data: CacheFile = { version: this.version, entries: Object.fromEntries(this.entries) };
    try {
      await this.storage.write(JSON.stringify(data));
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }
}
