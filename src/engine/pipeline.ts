// The analysis as two named steps: build the document context (header, paragraphs, tokens), then run
// every finder over it. Split so that tests can watch how much of the context each finder reads.
import type { DocContext } from './context';
import { findDates } from './dates';
import { findEntities } from './entities';
import { parseHeader, todayIso } from './text/header';
import { findClaims } from './claims/claims';
import { applyClaimSourceConfidence } from './claims/claimConfidence';
import { attributeQuotes } from './quotes/attribution';
import { findQuotes } from './quotes/quotes';
import { collectProblems } from './problems';
import { findParagraphs } from './text/structure';
import { StageErrors } from './stageErrors';
import { tokenize } from './text/tokens';
import type { Analysis, AnalyzeOptions, Problem } from './types';

export interface PreparedText {
  ctx: DocContext;
  headerProblems: Problem[];
}

/** Header, paragraphs, sentences and tokens of `text`. */
export function prepareText(text: string, options: AnalyzeOptions = {}): PreparedText {
  const { header, bodyStart, problems } = parseHeader(text, options.expectHeader ?? false, options.today ?? todayIso());
  const paragraphs = findParagraphs(text, bodyStart);
  const { tokens, sentences } = tokenize(text, paragraphs, options.tagging, options.parseCache ?? true);
  const ctx: DocContext = {
    text,
    header,
    bodyStart,
    paragraphs,
    sentences,
    tokens,
    sentenceFirstToken: firstTokens(tokens, sentences.length),
  };
  return { ctx, headerProblems: problems };
}

/** Entities, quotes and speakers, claims, dates and problems found over a prepared text; a stage that throws yields nothing and an `engine-error` problem. */
export function runFinders(
  { ctx, headerProblems }: PreparedText,
  options: Pick<AnalyzeOptions, 'referenceDate' | 'onError'> = {},
): Analysis {
  const stages = new StageErrors(options.onError);
  const { entities, mentions } = stages.run('entities', { entities: [], mentions: [] }, () => findEntities(ctx));
  const { quotes, problems: quoteProblems } = stages.run('quotes', { quotes: [], problems: [] }, () => findQuotes(ctx));
  stages.run('speakers', undefined, () => attributeQuotes(ctx, quotes, entities, mentions));
  const claims = stages.run('claims', [], () => {
    const found = findClaims(ctx, entities, mentions, quotes);
    applyClaimSourceConfidence({ text: ctx.text, claims: found, quotes, entities });
    return found;
  });
  const dates = stages.run('dates', [], () => findDates(ctx, ctx.header.date ?? options.referenceDate));
  const problems: Problem[] = [
    ...headerProblems,
    ...quoteProblems,
    ...collectProblems(ctx, quotes, claims),
    ...stages.problems,
  ];
  const { text, header, paragraphs, sentences } = ctx;
  return { length: text.length, header, paragraphs, sentences, entities, mentions, quotes, claims, dates, problems };
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
