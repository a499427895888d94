// The body of every analysis worker (Node worker thread or Web Worker): answers one request at a time.
import { analyze, analyzeWindow, type Analysis, type AnalysisWindow, type AnalyzeOptions } from '../../engine';
import { failedSummary } from '../summary/summary';
import { summarizeBytes } from '../summary/summarizeBytes';
import { applyReviewInput } from './workerReview';
import type { StageFailure, SummarizeResult, WorkerFile, WorkerReply, WorkerRequest } from './workerProtocol';

/** How a worker reads a file it was given by path only (Node); absent where there is no file system. */
export type ReadFileForSummary = (path: string, maxBytes: number, reviews?: WorkerFile['reviews']) => SummarizeResult;

/**
 * One document's analysis (of its `window` only, when given), its duration, and the engine stages that failed
 * (the analysis went on without them).
 */
export function analyzeDocument(
  text: string,
  window?: AnalysisWindow,
): { analysis: Analysis; ms: number; failures: StageFailure[] } {
  const failures: StageFailure[] = [];
  const started = performance.now();
  const options: AnalyzeOptions = {
    expectHeader: true,
    onError: (e) => failures.push({ stage: e.stage, message: (e.error as Error)?.message ?? String(e.error) }),
  };
  const analysis = window ? analyzeWindow(text, window, options) : analyze(text, options);
  return { analysis, ms: performance.now() - started, failures };
}

/** A worker script posts this once when it has loaded: failures before it mean workers cannot start here. */
export const READY: WorkerReply = { id: 0, kind: 'ready' };

export function handleWorkerRequest(
  request: WorkerRequest,
  post: (reply: WorkerReply) => void,
  readFile?: ReadFileForSummary,
): void {
  try {
    if (request.kind === 'analyze') {
      const result = request.machine
        ? { analysis: request.machine, ms: 0, failures: [] }
        : analyzeDocument(request.text, request.window);
      if (!request.review) return post({ id: request.id, kind: 'analysis', ...result });
      const { reviewed, error } = applyReviewInput(result.analysis, request.text, request.review);
      const failures = error ? [...result.failures, { stage: 'review', message: error }] : result.failures;
      post({ id: request.id, kind: 'analysis', ...result, failures, reviewed });
      return;
    }
    for (const file of request.files) {
      const result: SummarizeResult = file.bytes
        ? {
            path: file.path,
            size: file.bytes.length,
            summary: summarizeBytes(file.path, file.bytes, request.maxBytes, file.reviews),
          }
        : readFile
          ? readFile(file.path, request.maxBytes, file.reviews)
          : { path: file.path, summary: failedSummary(file.path, 'no file system in this worker') };
      post({ id: request.id, kind: 'file', result: JSON.stringify(result) });
    }
  } catch (error) {
    post({ id: request.id, kind: 'error', message: (error as Error)?.message ?? String(error) });
  }
}
