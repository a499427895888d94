// What differs between the desktop (Node) extension host and the web worker host (vscode.dev, code-server's
// web host): how analysis workers start, how many cores there are, and whether files on disk can be
// read directly with a summary cache. Everything else goes through the VS Code API and runs in both.
import type * as vscode from 'vscode';
import type { SummarizeFilesOptions, SummarizeFilesResult } from '../node/indexBuilder';
import type { WorkerFactory } from '../core/workers/workerProtocol';

export interface Platform {
  /** Cores available for analysis workers. */
  readonly cores: number;
  /** Starts analysis workers; undefined where none can run (analysis then runs in small in-process slices). */
  workerFactory(context: vscode.ExtensionContext): Promise<WorkerFactory | undefined>;
  /** Where imports fetch pages: Node follows and checks each redirect itself; a browser follows them and may block by CORS. */
  readonly fetchHost: 'node' | 'browser';
  /** Node only: files of the `file` scheme read straight from disk by the workers, with an on-disk cache. */
  localFiles?(context: vscode.ExtensionContext): LocalFileIndexer;
}

/** summarizeFiles' options; the indexer brings its own cache, which `fresh` ignores (and clears). */
export type LocalSummarizeOptions = Omit<SummarizeFilesOptions, 'cache'> & { fresh?: boolean };

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
