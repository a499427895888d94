// The import pipeline's contracts: what a source is, what each source's result line says, and the I/O it is given.

/** One thing to import, as named on the command line, in a `--list` line or picked in the editor. */
export interface ImportSource {
  /** As given: a URL, a path, or `-` for text on standard input. */
  source: string;
  /** The page's original address (a saved file's URL): used for date patterns, duplicates and provenance. */
  url?: string;
  /** A publication date given by the user (YYYY-MM-DD): it wins over any found. */
  date?: string;
  /** Text already in hand (stdin, the clipboard). */
  text?: string;
  /** Why the source cannot be used (a malformed list line): reported as failed, in its place. */
  error?: string;
}

export type ImportStatus = 'imported' | 'duplicate' | 'skipped' | 'failed';

/** One result line (`--jsonl`), exact fields; a feed gives one per item. */
export interface ImportRecord {
  source: string;
  url: string | null;
  status: ImportStatus;
  /** The seed file written, or the one this source duplicates (relative to the collection root). */
  file: string | null;
  date: string | null;
  dateEvidence: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  words: number;
  duplicateOf?: string;
  error?: string;
}

/** Raw bytes of a source, with what the transport says about them. */
export interface FetchedBytes {
  bytes: Uint8Array;
  contentType?: string;
  /** The final address after redirects (URLs only). */
  url?: string;
  /** The file name, for the kind of a file without a content type. */
  fileName?: string;
}

/** Files under the collection root, '/'-separated paths relative to it. */
export interface CollectionFiles {
  /** The text of a file, or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
  /** Names of the files in a folder ('' for the root); none when it does not exist. */
  namesIn(folder: string): Promise<string[]>;
  /** Writes atomically (temp + rename), creating folders; fails when `path` exists and `overwrite` is false. */
  write(path: string, data: Uint8Array | string, options?: { overwrite?: boolean }): Promise<void>;
  /** Removes a file written by this import (undo on a later failure); missing is fine. */
  remove(path: string): Promise<void>;
  /** Seed files (`*.txt`) anywhere under the root, outside dot-folders. */
  listSeedFiles(): Promise<string[]>;
  /** Sidecars (`.seed-annotations/**.json`), excluding snapshots. */
  listSidecars(): Promise<string[]>;
}

/** What the pipeline asks the outside world for. */
export interface ImportIO {
  fetchUrl(url: string, signal?: AbortSignal): Promise<FetchedBytes>;
  readSource(path: string): Promise<FetchedBytes>;
  files: CollectionFiles;
  now(): Date;
  newId(): string;
  /** Asks the user for a date when none was found; undefined = skip this source. */
  askDate?(question: DateQuestion): Promise<string | undefined>;
  /** Progress for people (stderr, a notification). */
  progress?(message: string): void;
}

export interface DateQuestion {
  source: string;
  title?: string;
  guess?: { date: string; reason: string };
}

export interface ImportOptions {
  /** The output folder, relative to the collection root ('/'-separated, '' for the root itself). */
  outFolder: string;
  keepSnapshot: boolean;
  /** How many sources are worked on at once. */
  concurrency: number;
  signal?: AbortSignal;
}
