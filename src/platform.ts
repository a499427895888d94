// What differs between the desktop (Node) extension host and the web worker host (vscode.dev, code-server's
// web host): how analysis workers start, how many cores there are, and whether files on disk can be
// read directly with a summary cache. Everything else goes through the VS Code API and runs in both.
import type * as vscode from 'vscode';
import type { SummarizeFilesResult } from './core/indexBuilder';
import type { ReviewAnnotation } from './core/review/model';
import type { FileSummary } from './core/summary';
import type { AnalysisWorkerPool } from './core/workerPool';
import type { WorkerFactory } from './core/workerProtocol';

export interface Platform {
  /** Cores available for analysis workers. */
  readonly cores: number;
  /** Starts analysis workers; undefined where none can run (analysis then runs in small in-process slices). */
  workerFactory(context: vscode.ExtensionContext): Promise<WorkerFactory | undefined>;
  /** Node only: files of the `file` scheme read straight from disk by the workers, with an on-disk cache. */
  localFiles?(context: vscode.ExtensionContext): LocalFileIndexer;
}

export interface LocalSummarizeOptions {
  paths: readonly string[];
  maxBytes: number;
  /** Ignore (and clear) the cache. */
  fresh?: boolean;
  pool?: AnalysisWorkerPool;
  onProgress?(done: number, total: number): void;
  onResult?(path: string, summary: FileSummary): void;
  isCancelled?(): boolean;
  reviewsFor?(path: string): readonly ReviewAnnotation[] | undefined;
}

export interface LocalFileIndexer {
  /** The first bytes of a file, for the seed-header sniff. */
  readHead(path: string): Promise<Uint8Array>;
  summarize(options: LocalSummarizeOptions): Promise<SummarizeFilesResult>;
  /** The path is a regular file now. */
  isFile(path: string): Promise<boolean>;
  /** Drops a file from the cache. */
  forget(path: string): void;
  /** Keeps only these files in the cache and writes it. */
  persist(keep?: ReadonlySet<string>): Promise<void>;
}
