// Messages between the worker pool and dist/analysisWorker.js.
import type { ReviewAnnotation } from './review/model';
import type { FileSummary } from './summary';

export interface SummarizeRequest {
  id: number;
  paths: string[];
  maxBytes: number;
  /** The review annotations of the articles that have a sidecar. */
  reviews?: Record<string, ReviewAnnotation[]>;
}

export interface SummarizeResult {
  path: string;
  /** The stat the summary was built from (absent when the file could not be read). */
  mtimeMs?: number;
  size?: number;
  /** inode and change time, see SummaryCache. */
  identity?: string;
  summary: FileSummary;
}

export interface SummarizeResponse {
  id: number;
  results: SummarizeResult[];
}
