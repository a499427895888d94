// Article import (draft).
import { decodeBytes } from './decode';
import { extractHtmlArticle } from './htmlArticle';

export interface ImportInput {
  bytes: Uint8Array;
  contentType?: string;
  url?: string;
  fileName?: string;
  now: Date;
}

export async function extractArticle(input: ImportInput) {
  const { text } = decodeBytes(input.bytes, input.contentType);
  const article = extractHtmlArticle(text, { url: input.url, now: input.now });
  return { kind: 'article' as const, ...article, date: article.date.date, dateEvidence: article.date.evidence, guess: article.date.guess, text: article.paragraphs.join('\n\n') };
}
