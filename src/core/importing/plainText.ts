// Text copied from a browser, piped on stdin or saved as .txt → paragraphs and a date read from a dateline.
import { findPublicationDate } from '../import/dates';
import { normaliseSpaces } from '../import/text';

export interface PlainTextArticle {
  paragraphs: string[];
  date: string | null;
  dateEvidence: string | null;
  /** A first short line that reads as a headline. */
  title?: string;
}

/** Lines read for a date line or dateline at the top of the text. */
const DATE_LINES = 6;
const MAX_TITLE_LENGTH = 200;

/** Paragraphs from blank lines; from single line breaks when the text has no blank lines. */
export function textParagraphs(text: string): string[] {
  const unix = text.replace(/\r\n?/g, '\n');
  const splitter = /\n[ \t\u00a0]*\n/.test(unix) ? /\n[ \t\u00a0]*\n/ : /\n/;
  return unix
    .split(splitter)
    .map(normaliseSpaces)
    .filter((p) => p.length > 0);
}

export function readPlainText(text: string, now: Date): PlainTextArticle {
  const seed = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/.exec(text);
  const body = seed ? text.slice(seed[0].length) : text;
  let paragraphs = textParagraphs(body);
  if (seed) return { paragraphs, date: seed[1]!, dateEvidence: 'seed header' };
  const lines = paragraphs.slice(0, DATE_LINES).map((p) => p.slice(0, 120));
  const found = findPublicationDate({ textLines: lines }, now);
  const dateLine = paragraphs.findIndex((p, i) => i < DATE_LINES && isDateLine(p));
  const title = paragraphs[0] && paragraphs.length > 1 && isHeadline(paragraphs[0]) ? paragraphs[0] : undefined;
  // A line that is only a date (or a byline with a date) is not article text.
  paragraphs = paragraphs.filter((_p, i) => i !== dateLine && !(title && i === 0));
  return { paragraphs, date: found.date, dateEvidence: found.date ? 'dateline in the text' : null, title };
}

function isDateLine(line: string): boolean {
  return line.length < 80 && !/[.!?]["”’]?$/.test(line) && /\d{4}/.test(line);
}

function isHeadline(line: string): boolean {
  return (
    line.length <= MAX_TITLE_LENGTH && !/[.!?:]["”’]?$/.test(line) && /\p{L}/u.test(line) && line.split(' ').length >= 3
  );
}
