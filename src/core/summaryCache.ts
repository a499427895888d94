// On-disk cache of file summaries, keyed by path + mtime + size and invalidated by a version string
// (summary format + analysis bundle fingerprint), so reopening a workspace skips unchanged files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSummary } from './summary';

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
    typeof e === 'object' && e !== null && typeof e.mtimeMs === 'number' && typeof e.size === 'number' &&
    typeof s === 'object' && s !== null && typeof s.path === 'string' && typeof s.title === 'string' &&
    Array.isArray(s.entities) && Array.isArray(s.quotes) && Array.isArray(s.claims) && typeof s.problemCounts === 'object' && s.problemCounts !== null
  );
}

export class SummaryCache {
  private entries = new Map<string, CacheEntry>();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /**
   * Loads the cache file; a missing, unreadable or outdated file leaves the cache empty, entries of the
   * wrong shape are dropped, and temporary files a crashed save left behind are removed.
   */
  async load(): Promise<void> {
    await this.removeLeftovers();
    try {
      const parsed = JSON.parse(await fs.promises.readFile(this.file, 'utf8')) as CacheFile;
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
    if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size || (entry.reviews ?? '') !== reviews) return undefined;
    return (entry.identity ?? '') === identity ? entry.summary : undefined;
  }

  set(filePath: string, mtimeMs: number, size: number, summary: FileSummary, reviews = '', identity = ''): void {
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(filePath)) return;
    this.entries.set(filePath, { mtimeMs, size, summary, ...(reviews ? { reviews } : {}), ...(identity ? { identity } : {}) });
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

  private async removeLeftovers(): Promise<void> {
    const dir = path.dirname(this.file);
    const base = path.basename(this.file);
    const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith(`${base}.`) && n.endsWith('.tmp')).map((n) => fs.promises.rm(path.join(dir, n), { force: true }).catch(() => undefined)));
  }

  clear(): void {
    this.entries.clear();
    this.dirty = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes atomically (temp file + rename) when something changed. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const data: CacheFile = { version: this.version, entries: Object.fromEntries(this.entries) };
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
      await fs.promises.writeFile(temp, JSON.stringify(data));
      await fs.promises.rename(temp, this.file);
    } catch (error) {
      this.dirty = true;
      await fs.promises.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}
