// On-disk cache of file summaries, keyed by path + mtime + size and invalidated by a version string
// (summary format + analysis bundle fingerprint), so reopening a workspace skips unchanged files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSummary } from './summary';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  /** Fingerprint of the review annotations merged into the summary ('' or absent: none). */
  reviews?: string;
  summary: FileSummary;
}

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

export class SummaryCache {
  private entries = new Map<string, CacheEntry>();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /** Loads the cache file; a missing, unreadable or outdated file leaves the cache empty. */
  async load(): Promise<void> {
    try {
      const parsed = JSON.parse(await fs.promises.readFile(this.file, 'utf8')) as CacheFile;
      if (parsed?.version === this.version && parsed.entries && typeof parsed.entries === 'object') {
        this.entries = new Map(Object.entries(parsed.entries));
      }
    } catch {
      this.entries.clear();
    }
  }

  get(filePath: string, mtimeMs: number, size: number, reviews = ''): FileSummary | undefined {
    const entry = this.entries.get(filePath);
    return entry && entry.mtimeMs === mtimeMs && entry.size === size && (entry.reviews ?? '') === reviews ? entry.summary : undefined;
  }

  set(filePath: string, mtimeMs: number, size: number, summary: FileSummary, reviews = ''): void {
    this.entries.set(filePath, { mtimeMs, size, summary, ...(reviews ? { reviews } : {}) });
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
