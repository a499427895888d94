// Messages between the analysis service (worker pool) and its workers, on Node worker threads and in
// Web Workers alike: plain data, structured-clone safe.
import type { Analysis, AnalysisWindow } from '../../engine';
import type { ReviewedAnalysis } from '../review/apply';
import type { ReviewAnnotation } from '../review/model';
import type { FileSummary } from '../summary/summary';
import type { ReviewInput } from './workerReview';

/** One file to summarise: read by the worker from `path`, or given as `bytes` (web, virtual file systems). */
export interface WorkerFile {
  path: string;
  bytes?: Uint8Array;
  /** The article's review annotations, when it has a sidecar. */
  reviews?: ReviewAnnotation[];
}

export type WorkerRequest =
  /**
   * A document's analysis, with its review applied when `review` is given; with `machine`, the analysis is
   * not run again and only the review is applied (after the sidecar changed); with `window`, only that window
   * of the text is analysed (a long text's first part, before the whole).
   */
  | { id: number; kind: 'analyze'; text: string; review?: ReviewInput; machine?: Analysis; window?: AnalysisWindow }
  | { id: number; kind: 'summarize'; maxBytes: number; files: WorkerFile[] };

/** A stage of the engine that failed inside the worker (the analysis went on without it). */
export interface StageFailure {
  stage: string;
  message: string;
}

export type WorkerReply =
  /** Sent once when the worker has loaded, before anything else. */
  | { id: 0; kind: 'ready' }
  | {
      id: number;
      kind: 'analysis';
      analysis: Analysis;
      ms: number;
      failures: StageFailure[];
      /** The analysis with the request's review applied. */
      reviewed?: ReviewedAnalysis;
    }
  /**
   * One per file of a summarize request, in order: its SummarizeResult as JSON text. Parsed on the receiving
   * side, it takes less memory than a structured clone of the same objects (measured: 11.3 → 8.8 KB of heap
   * per article), and the index keeps every summary.
   */
  | { id: number; kind: 'file'; result: string }
  | { id: number; kind: 'error'; message: string };

export interface SummarizeResult {
  path: string;
  /** The stat the summary was built from (absent when the file could not be read). */
  mtimeMs?: number;
  size?: number;
  /** inode and change time, see SummaryCache. */
  identity?: string;
  summary: FileSummary;
}

/** The few calls the pool needs of a worker, whatever kind of worker it is. */
export interface WorkerHandle {
  postMessage(message: WorkerRequest): void;
  onMessage(listener: (reply: WorkerReply) => void): void;
  /** An uncaught error or an unexpected exit. */
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

/** Starts one worker; throws when workers cannot be started here. */
export type WorkerFactory = () => WorkerHandle;
