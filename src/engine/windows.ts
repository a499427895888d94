// Long texts in windows: the first part of a long text analysed alone, so that its results can show before
// the whole text's. The window runs past the part it reports (the overlap), so that quotes, speakers and
// pronouns at the part's end are found with the text that follows them, as in the whole analysis.
import type { Analysis, AnalysisWindow, AnalyzeOptions, Attribution, Span } from './types';

/** Texts up to this many characters are analysed whole at once (about a second's work). */
export const WINDOWED_MIN_CHARS = 100_000;
/** The part the first window reports: about this many characters, ended at a blank line. */
export const WINDOW_CHARS = 50_000;
/**
 * Characters analysed after the reported part and not reported: far more than the longest look-ahead of any
 * finder (next-sentence speakers, quotes running over paragraphs, bounded in tokens), so that what the window
 * reports was found with the same context as in the whole text.
 */
export const WINDOW_OVERLAP_CHARS = 10_000;
/** A visible range ending further than this is not waited for: the window is the first WINDOW_CHARS then. */
export const WINDOW_MAX_VISIBLE_END = 200_000;
/** A window ends at a blank line (a paragraph end) no further than this past its nominal end, or not at all. */
const MAX_ALIGNMENT_CHARS = 20_000;

/** The sizes above, as one value (tests try others). */
export interface WindowSizes {
  minText: number;
  covered: number;
  overlap: number;
}
const SIZES: WindowSizes = { minText: WINDOWED_MIN_CHARS, covered: WINDOW_CHARS, overlap: WINDOW_OVERLAP_CHARS };

/** The first window of `text`, reaching at least `minEnd` (the end of the visible range); undefined for a text analysed whole. */
export function firstWindow(text: string, minEnd = 0, sizes = SIZES): AnalysisWindow | undefined {
  if (text.length <= sizes.minText) return undefined;
  const covered = blankLineAfter(text, Math.max(sizes.covered, minEnd <= WINDOW_MAX_VISIBLE_END ? minEnd : 0));
  const analysed = covered === undefined ? undefined : blankLineAfter(text, covered + sizes.overlap);
  if (covered === undefined || analysed === undefined || analysed > text.length / 2) return undefined;
  return { covered: { start: 0, end: covered }, analysed };
}

/** Offset of the first blank line at or after `from` (a paragraph boundary), if one is near. */
function blankLineAfter(text: string, from: number): number | undefined {
  const blank = /\n[^\S\n]*\n/g;
  blank.lastIndex = from;
  const match = blank.exec(text);
  return match && match.index - from <= MAX_ALIGNMENT_CHARS ? match.index : undefined;
}

/**
 * The analysis of `window` of `text`, given `analyze` (the engine's, passed in to keep this module below it):
 * what starts in the covered part, with `window` set; `length` stays the whole text's.
 */
export function windowAnalysis(
  text: string,
  window: AnalysisWindow,
  analyze: (text: string, options: AnalyzeOptions) => Analysis,
  options: AnalyzeOptions = {},
): Analysis {
  const analysis = analyze(text.slice(0, window.analysed), options);
  return { ...coveredPart(analysis, window.covered.end), length: text.length, window };
}

/** What of `analysis` starts before `end`; entities keep their earlier mentions, or all of them when a kept quote or claim names them. */
export function coveredPart(analysis: Analysis, end: number): Analysis {
  const before = <T extends Span>(spans: T[]): T[] => spans.filter((s) => s.start < end);
  const quotes = before(analysis.quotes);
  const claims = analysis.claims.filter((c) => c.sentence.start < end);
  const named = new Set<string>();
  const name = (a: Attribution | null): void => void (a?.entityId && named.add(a.entityId));
  for (const q of quotes) name(q.speaker);
  for (const c of claims) name(c.source);
  const mentions = analysis.mentions.filter((m) => m.start < end || named.has(m.entityId));
  const entities = analysis.entities
    .map((e) => (named.has(e.id) ? e : { ...e, mentions: before(e.mentions) }))
    .filter((e) => e.mentions.length);
  return {
    ...analysis,
    paragraphs: before(analysis.paragraphs),
    sentences: before(analysis.sentences),
    entities,
    mentions,
    quotes,
    claims,
    dates: before(analysis.dates),
    problems: before(analysis.problems),
  };
}
