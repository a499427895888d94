// Pasted or plain text → paragraphs and a dateline date.
import { findDatesInText, isDateLine } from './dateText';
import { normaliseSpaces, splitOnBlankLines } from './text';

export interface PlainTextArticle {
  title?: string;
  paragraphs: string[];
  date: string | null;
  dateEvidence: string | null;
}

/** Lines at the top searched for a dateline or date line. */
const DATELINE_LINES = 5;

/**
 * Paragraphs from blank lines; when the text has none, every line is a paragraph. A line that is only a date
 * ("June 24, 2020") is dropped and gives the date; else a date in the first lines' first 100 characters does.
 */
export function extractPlainText(text: string, now: Date): PlainTextArticle {
  const unified = text.replace(/\r\n?/g, '\n');
  const paragraphs = /\n[ \t\u00a0]*\n/.test(unified)
    ? splitOnBlankLines(unified)
    : unified.split('\n').map(normaliseSpaces).filter(Boolean);
  const latest = now.toISOString().slice(0, 10);
  const sane = (date: string): boolean => date <= latest && date >= '1990-01-01';
  const dateLine = paragraphs.slice(0, DATELINE_LINES).findIndex((p) => isDateLine(p, sane));
  if (dateLine >= 0) {
    const date = findDatesInText(paragraphs[dateLine] as string)[0]?.date ?? null;
    return { paragraphs: paragraphs.filter((_, i) => i !== dateLine), date, dateEvidence: 'date line' };
  }
  const head = paragraphs
    .slice(0, DATELINE_LINES)
    .map((p) => p.slice(0, 100))
    .join('\n');
  const dateline = findDatesInText(head).find((d) => sane(d.date));
  return { paragraphs, date: dateline?.date ?? null, dateEvidence: dateline ? 'dateline' : null };
}
