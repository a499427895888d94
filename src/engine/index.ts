// The engine's entry point: analyze(text) → Analysis. Pure: no vscode, no I/O.
import { prepareText, runFinders } from './pipeline';
import type { Analysis, AnalyzeOptions } from './types';
import { firstWindow, windowAnalysis } from './windows';

export * from './types';
export { clearParseCache } from './text/tokens';
export { firstWindow, WINDOWED_MIN_CHARS } from './windows';
import type { AnalysisWindow } from './types';

export const DEFAULT_MAX_CHARS = 2_000_000;

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const truncated = input.length > maxChars;
  const text = truncated ? input.slice(0, cutPoint(input, maxChars)) : input;
  const analysis = runFinders(prepareText(text, options), options);
  const problems = analysis.problems;
  if (truncated) {
    problems.push({
      start: lastCharStart(text),
      end: text.length,
      code: 'truncated-input',
      severity: 'warning',
      message: `Only the first ${text.length.toLocaleString('en-US')} of ${input.length.toLocaleString('en-US')} characters were analysed.`,
    });
  }
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return analysis;
}

/**
 * The first window of a long text (see windows.ts), reaching at least `minEnd` (the end of the visible range),
 * its analysis marked with `window`; a text of ordinary length is analysed whole.
 */
export function analyzeFirstWindow(input: string, options: AnalyzeOptions = {}, minEnd = 0): Analysis {
  const window = firstWindow(input, minEnd);
  return window ? analyzeWindow(input, window, options) : analyze(input, options);
}

/** The analysis of `window` of `input` (from firstWindow): what starts in its covered part, marked with `window`. */
export function analyzeWindow(input: string, window: AnalysisWindow, options: AnalyzeOptions = {}): Analysis {
  return windowAnalysis(input, window, analyze, options);
}

/** Cut at a paragraph or line break before `max` where possible, never inside a surrogate pair. */
function cutPoint(text: string, max: number): number {
  const lastBreak = text.lastIndexOf('\n', max);
  let cut = lastBreak > max * 0.9 ? lastBreak : max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return cut;
}

/** Offset of the last character (code point), so a span over it never splits a surrogate pair. */
function lastCharStart(text: string): number {
  if (text.length < 2) return 0;
  const low = text.charCodeAt(text.length - 1);
  const high = text.charCodeAt(text.length - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.length - (pair ? 2 : 1);
}

export { toPrediction } from './prediction';
export { speakerFeatures, speakerProbability, SPEAKER_FEATURES } from './quotes/confidence';
export { claimSourceFeatures, CLAIM_SOURCE_FEATURES } from './claims/claimConfidence';
export type { Prediction } from './prediction';
export { decodeSeedBytes, formatBytes, DEFAULT_MAX_BYTES } from './text/decode';
