// The date decision: a given date wins, then the page's own, then the feed item's, then the user's answer.
// A date is never invented: without one the source is skipped.
import type { ExtractedArticle } from './extract';
import type { ImportIO, ImportSource } from './types';

export interface DecidedDate {
  date: string;
  dateEvidence: string;
}

/** A real calendar day written YYYY-MM-DD. */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const NO_DATE_MESSAGE = 'no publication date found; give one with --list';

export function noDateMessage(guess: ExtractedArticle['guess']): string {
  return guess ? `${NO_DATE_MESSAGE} (best guess ${guess.date}, from ${guess.reason})` : NO_DATE_MESSAGE;
}

export async function decideDate(
  candidate: { input: ImportSource; article: ExtractedArticle; feedDate?: string },
  io: ImportIO,
): Promise<DecidedDate | undefined> {
  const { input, article, feedDate } = candidate;
  if (isIsoDate(input.date)) return { date: input.date, dateEvidence: 'given' };
  if (isIsoDate(article.date)) return { date: article.date, dateEvidence: article.dateEvidence ?? 'page' };
  if (isIsoDate(feedDate)) return { date: feedDate, dateEvidence: 'feed item date' };
  if (!io.askDate) return undefined;
  const answer = await io.askDate({ source: input.url ?? input.source, title: article.title, guess: article.guess });
  return isIsoDate(answer) ? { date: answer, dateEvidence: 'given by the user' } : undefined;
}
