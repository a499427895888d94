// Bytes of one source → an article or a feed, through the extraction library (core/import); this adapter adds the
// snapshot's format and, for plain text (a clipboard, stdin), a first line that reads as the headline.
import { extractArticle, type FeedItem, type ImportedArticle } from '..';
import type { FetchedBytes } from './types';

/** The library's article without its joined text, with the snapshot's format. */
export type ExtractedArticle = Omit<ImportedArticle, 'source' | 'text'> & {
  /** The snapshot's extension: html, pdf, txt. */
  format: SnapshotFormat;
};

export interface ExtractedFeed {
  kind: 'feed';
  title?: string;
  items: FeedItem[];
}

export type SnapshotFormat = 'html' | 'pdf' | 'txt';

const MAX_HEADLINE_LENGTH = 200;

export async function extractSource(
  fetched: FetchedBytes,
  options: { url?: string; now: Date },
): Promise<ExtractedArticle | ExtractedFeed> {
  const result = await extractArticle({ ...fetched, url: options.url ?? fetched.url, now: options.now });
  if (result.kind === 'feed') return { kind: 'feed', title: result.title, items: result.items };
  const format: SnapshotFormat = result.source === 'text' ? 'txt' : result.source;
  const article: ExtractedArticle = {
    kind: 'article',
    paragraphs: result.paragraphs,
    title: result.title,
    byline: result.byline,
    outlet: result.outlet,
    url: result.url,
    language: result.language,
    date: result.date,
    dateEvidence: result.dateEvidence,
    guess: result.guess,
    format,
  };
  return format === 'txt' && !article.title ? withHeadline(article) : article;
}

/** Text copied from a page starts with its headline: a short line without closing punctuation becomes the title. */
function withHeadline(article: ExtractedArticle): ExtractedArticle {
  const [first, ...rest] = article.paragraphs;
  if (!first || !rest.length || first.length > MAX_HEADLINE_LENGTH || /[.!?:;,]["”’»]?$/.test(first)) return article;
  if (first.split(/\s+/).length < 3 || !/\p{Lu}/u.test(first)) return article;
  return { ...article, title: first, paragraphs: rest };
}
