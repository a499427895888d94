// A long document analysed in two steps: its first window (about 50 KB from the start, or to the end of the
// visible range), whose results show while the rest is analysed, then the whole document, asked for once the
// window is done so that the window has the machine to itself. The store and the hover benchmark both go
// through here.
import { firstWindow } from '../../engine';
import { SupersededError, type AnalysisResult, type ReviewRequest } from './workerPool';

/** The service's (or the pool's) analysis call: a newer call with the same key replaces one still waiting. */
export type AnalyzeCall = (text: string, key: string, request?: ReviewRequest) => Promise<AnalysisResult>;

export interface StagedAnalysis {
  /** The first window's analysis (its `window` set), for a long text only. */
  first?: Promise<AnalysisResult>;
  whole: Promise<AnalysisResult>;
}

/** A window's own key, so that the document's whole analysis does not replace it. */
export const windowKey = (key: string): string => `${key}#window`;

/**
 * Asks for the first window of a long `text` (reaching `minEnd`), and for the whole text when the window is done,
 * unless `current()` says the text changed meanwhile (the whole then fails with SupersededError: the newer
 * text has been asked for).
 */
export function analyzeWindowFirst(
  analyze: AnalyzeCall,
  text: string,
  key: string,
  request: ReviewRequest = {},
  minEnd = 0,
  current: () => boolean = () => true,
): StagedAnalysis {
  const window = firstWindow(text, minEnd);
  if (!window) return { whole: analyze(text, key, request) };
  const first = analyze(text, windowKey(key), { ...request, window });
  const askWhole = (): Promise<AnalysisResult> =>
    current() ? analyze(text, key, request) : Promise.reject(new SupersededError('superseded by a newer version'));
  return { first, whole: first.then(askWhole, askWhole) };
}
