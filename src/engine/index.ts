// The engine's entry point: analyze(text) → Analysis. Pure: no vscode, no I/O.
import type { DocContext } from './context';
import { findDates } from './dates';
import { findEntities } from './entities';
import { parseHeader, todayIso } from './header';
import { findClaims } from './claims';
import { attributeQuotes } from './attribution';
import { findQuotes } from './quotes';
import { collectProblems } from './problems';
import { findParagraphs } from './structure';
import { StageErrors } from './stageErrors';
import { tokenize } from './tokens';
import type { Analysis, AnalyzeOptions, Problem } from './types';

export * from './types';
export { clearParseCache } from './tokens';

export const DEFAULT_MAX_CHARS = 2_000_000;

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const truncated = input.length > maxChars;
  const text = truncated ? input.slice(0, cutPoint(input, maxChars)) : input;
  const { header, bodyStart, problems: headerProblems } = parseHeader(text, options.expectHeader ?? false, options.today ?? todayIso());
  const paragraphs = findParagraphs(text, bodyStart);
  const { tokens, sentences } = tokenize(text, paragraphs, options.tagging);
  const ctx: DocContext = { text, header, bodyStart, paragraphs, sentences, tokens, sentenceFirstToken: firstTokens(tokens, sentences.length) };

  const stages = new StageErrors(options.onError);
  const { entities, mentions } = stages.run('entities', { entities: [], mentions: [] }, () => findEntities(ctx));
  const { quotes, problems: quoteProblems } = stages.run('quotes', { quotes: [], problems: [] }, () => findQuotes(ctx));
  stages.run('speakers', undefined, () => attributeQuotes(ctx, quotes, entities, mentions));
  const claims = stages.run('claims', [], () => findClaims(ctx, entities, mentions, quotes));
  const dates = stages.run('dates', [], () => findDates(ctx, header.date ?? options.referenceDate));

  const problems: Problem[] = [...headerProblems, ...quoteProblems, ...collectProblems(ctx, quotes, claims), ...stages.problems];
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
  return { length: text.length, header, paragraphs, sentences, entities, mentions, quotes, claims, dates, problems };
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

function firstTokens(tokens: DocContext['tokens'], sentenceCount: number): number[] {
  const first = new Array<number>(sentenceCount).fill(-1);
  for (let i = tokens.length - 1; i >= 0; i--) first[tokens[i]!.sentence] = i;
  let next = tokens.length;
  for (let s = sentenceCount - 1; s >= 0; s--) {
    if (first[s] === -1) first[s] = next;
    else next = first[s]!;
  }
  return first;
}
export { toPrediction } from './prediction';
export type { Prediction } from './prediction';
export { decodeSeedBytes, formatBytes, DEFAULT_MAX_BYTES } from './decode';
