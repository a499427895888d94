// Article import, pure: bytes and metadata in (no network, no files), an article or a feed out. Runs in a web worker.
import { decodeBytes } from './decode';
import { ImportError } from './errors';
import { type FeedItem, parseFeed } from './feeds';
import { gunzipBytes } from './gzip';
import { extractHtmlArticle } from './htmlArticle';
import { hostName } from './metadata';
import { extractPdfArticle } from './pdf';
import { extractPlainText } from './plainText';
import { byteKind, textKind } from './sniff';
import { wordTokens } from './text';

export { ImportError, type ImportErrorCode, type PartialImport } from './errors';
export { decodeBytes, type DecodedText } from './decode';
export { findPublicationDate, type PublicationDate } from './dates';
export { findDatesInText, parseDateValue } from './dateText';
export { parseFeed, type Feed, type FeedItem } from './feeds';
export { gzipBytes, gunzipBytes } from './gzip';
export { composeSeedText, normaliseForDuplicates } from './seedText';
export { canonicalUrl } from './urls';
export { seedFileName, slugify, uniqueFileName, MAX_FILE_NAME } from './fileNames';
export {
  buildArticleSourceAnnotation,
  readArticleSource,
  sha256Hex,
  snapshotPath,
  type ArticleSource,
  type ArticleSourceAnnotation,
} from './provenance';

export interface ImportInput {
  bytes: Uint8Array;
  /** The HTTP Content-Type header, when the bytes came from the web. */
  contentType?: string;
  /** Where the bytes came from: resolves relative links, gives the outlet and a date in the path. */
  url?: string;
  fileName?: string;
  /** The current time: no publication date may be later. */
  now: Date;
}

export interface ImportedArticle {
  kind: 'article';
  source: 'html' | 'pdf' | 'text';
  title?: string;
  byline?: string;
  outlet?: string;
  url?: string;
  language?: string;
  /** `YYYY-MM-DD` as the page gives it in its own time zone, or null. */
  date: string | null;
  /** The rule that found `date` (`json-ld datePublished`, `url date`, `dateline`…), or null. */
  dateEvidence: string | null;
  /** A weak date to pre-fill and confirm (a modified date, a PDF's CreationDate), when there is no `date`. */
  guess?: { date: string; reason: string };
  paragraphs: string[];
  /** The paragraphs separated by blank lines (the seed file's body; `composeSeedText` adds the date header). */
  text: string;
}

export interface ImportedFeed {
  kind: 'feed';
  title?: string;
  items: FeedItem[];
}

/** Fewer words than this is no article. */
const MIN_ARTICLE_WORDS = 20;

/**
 * Reads an article (HTML page, PDF, plain text) or a feed from raw bytes. Throws ImportError with a message for the
 * user: binary data, no article text, a malformed feed, a PDF without a text layer.
 */
export async function extractArticle(input: ImportInput): Promise<ImportedArticle | ImportedFeed> {
  let bytes = input.bytes;
  if (!bytes.length) throw new ImportError('empty', 'not an article: the file is empty');
  let kind = byteKind(bytes, input.contentType);
  if (kind === 'gzip') {
    bytes = gunzipBytes(bytes);
    kind = byteKind(bytes);
  }
  if (kind === 'binary') throw new ImportError('binary', 'not an article: binary data');
  if (kind === 'pdf') return finish(input, { source: 'pdf', ...(await extractPdfArticle(bytes, input.now)) });
  const { text } = decodeBytes(bytes, input.contentType);
  const textType = textKind(text, input.contentType, input.fileName);
  if (textType === 'feed') return { kind: 'feed', ...parseFeed(text) };
  if (textType === 'text') return finish(input, { source: 'text', ...extractPlainText(text, input.now) });
  const page = extractHtmlArticle(text, { url: input.url, now: input.now });
  return finish(input, {
    source: 'html',
    ...page,
    date: page.date.date,
    dateEvidence: page.date.evidence,
    guess: page.date.guess,
  });
}

type Draft = Omit<ImportedArticle, 'kind' | 'text'>;

function finish(input: ImportInput, draft: Draft): ImportedArticle {
  const words = draft.paragraphs.reduce((n, p) => n + wordTokens(p).length, 0);
  if (words < MIN_ARTICLE_WORDS) {
    throw new ImportError(
      'no-article',
      words ? `no article text found (only ${words} words)` : 'no article text found',
      {
        title: draft.title,
        url: draft.url ?? input.url,
        outlet: draft.outlet,
        date: draft.date,
        dateEvidence: draft.dateEvidence,
      },
    );
  }
  return {
    kind: 'article',
    source: draft.source,
    title: draft.title,
    byline: draft.byline,
    outlet: draft.outlet ?? hostName(input.url),
    url: draft.url ?? input.url,
    language: draft.language,
    date: draft.date,
    dateEvidence: draft.dateEvidence,
    ...(draft.guess ? { guess: draft.guess } : {}),
    paragraphs: draft.paragraphs,
    text: draft.paragraphs.join('\n\n'),
  };
}
