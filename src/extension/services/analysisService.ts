// The one analysis service of the extension: open documents and the workspace index both go through its
// workers, off the extension host's thread. Only where no worker can start (a web host that refuses them)
// does analysis run in-process, one document at a time.
import * as vscode from 'vscode';
import { affects, readConfig } from '../config';
import { summarizeBytes } from '../../core/summary/summarizeBytes';
import { analyzeDocument } from '../../core/workers/workerMain';
import {
  AnalysisWorkerPool,
  WorkersUnavailableError,
  indexWorkerCount,
  type AnalysisResult,
  type ReviewRequest,
} from '../../core/workers/workerPool';
import type { SummarizeResult, WorkerFile } from '../../core/workers/workerProtocol';
import { log } from '../log';
import type { Platform } from '../platform';

/** Workers hold a copy of the NLP model each: they end after this long without work. */
const IDLE_MS = 60_000;

export type AnalysisMode = 'workers' | 'in-process';

export class AnalysisService implements vscode.Disposable {
  private pool: Promise<AnalysisWorkerPool | undefined> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** `in-process` once workers turned out not to start here. */
  mode: AnalysisMode = 'workers';

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly platform: Platform,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'index.workers', 'analysis.maxFileBytes', 'analysis.timeoutSeconds')) this.reset();
      }),
    );
  }

  /** The worker pool, started on first use; undefined where workers cannot run. */
  workers(): Promise<AnalysisWorkerPool | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.pool ??= this.platform.workerFactory(this.context).then(
      (factory) => {
        if (!factory) return this.noWorkers('no worker script');
        const config = readConfig();
        return new AnalysisWorkerPool(factory, {
          size: indexWorkerCount(config.indexWorkers, this.platform.cores),
          maxBytes: config.maxFileBytes,
          timeoutMs: config.timeoutSeconds * 1000,
          idleMs: IDLE_MS,
        });
      },
      (error: Error) => this.noWorkers(error.message),
    );
    return this.pool;
  }

  /**
   * Analyses one document's text and applies its review in the worker; `key` lets a newer version replace one
   * still waiting. In-process (no workers), the review is left to the caller.
   */
  async analyze(text: string, key?: string, review?: ReviewRequest): Promise<AnalysisResult> {
    const pool = await this.workers();
    if (pool) {
      try {
        return await pool.analyze(text, key, review);
      } catch (error) {
        if (!(error instanceof WorkersUnavailableError)) throw error;
        this.noWorkers(error.message);
      }
    }
    return review?.machine ? { analysis: review.machine, ms: 0, failures: [] } : analyzeDocument(text, review?.window);
  }

  /** Summaries of files given as bytes (virtual file systems, the web), in order. */
  async summarize(files: WorkerFile[], maxBytes: number): Promise<SummarizeResult[]> {
    const pool = await this.workers();
    if (pool) {
      try {
        return await pool.summarize(files);
      } catch (error) {
        if (!(error instanceof WorkersUnavailableError)) throw error;
        this.noWorkers(error.message);
      }
    }
    const results: SummarizeResult[] = [];
    for (const file of files) {
      results.push({
        path: file.path,
        summary: summarizeBytes(file.path, file.bytes ?? new Uint8Array(), maxBytes, file.reviews),
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return results;
  }

  dispose(): void {
    this.disposed = true;
    this.reset();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private noWorkers(reason: string): undefined {
    if (this.mode !== 'in-process') log().warn(`Analysis workers unavailable (${reason}); analysing in-process`);
    this.mode = 'in-process';
    this.pool = Promise.resolve(undefined);
    return undefined;
  }

  private reset(): void {
    const old = this.pool;
    this.pool = undefined;
    this.mode = 'workers';
    void old?.then((p) => p?.dispose());
  }
}
