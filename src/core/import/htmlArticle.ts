// HTML page → article: metadata and date first (Readability changes the document), then the cleaned body text.
import { removeFurniture } from './boilerplate';
import { cleanBlocks } from './cleanup';
import { findPublicationDate, type PublicationDate, withDateline } from './dates';
import { densestBlocks } from './density';
import { type DomDocument, parseHtmlDocument } from './dom';
import { articleNodes, type JsonLdNode, jsonLdNodes, stringProperty } from './jsonLd';
import { type PageMetadata, readMetadata } from './metadata';
import { MetaTags } from './metaTags';
import { type Block, blocksOf } from './paragraphs';
import { runReadability } from './readability';
import { splitOnBlankLines, wordTokens } from './text';

export interface HtmlArticle extends PageMetadata {
  paragraphs: string[];
  date: PublicationDate;
  /** Which extractor produced the paragraphs. */
  extractor: 'readability' | 'json-ld articleBody' | 'text density';
}

/** Readability output with fewer words than this is treated as a failure. */
const MIN_WORDS = 40;

/** JSON-LD `articleBody` replaces the extracted text when it has this many times its words. */
const JSON_LD_BODY_FACTOR = 1.5;

/** Lines before and after the headline searched for a dateline, and how much of each line. */
const LINES_BEFORE_HEADLINE = 3;
const LINES_AFTER_HEADLINE = 12;
const DATELINE_CHARS = 100;

export function extractHtmlArticle(html: string, options: { url?: string; now: Date }): HtmlArticle {
  const document = parseHtmlDocument(html);
  const jsonLd = jsonLdNodes(document);
  const meta = new MetaTags(document);
  const metadata = readMetadata(document, jsonLd, meta, options.url);
  const dayFirst = !/^en(-us)?$/i.test(metadata.languageTag ?? 'en');
  const found = findPublicationDate(
    {
      document,
      meta,
      jsonLd,
      url: options.url,
      textLines: linesAroundHeadline(document, metadata.title),
      html,
      dayFirst,
    },
    options.now,
  );
  const { blocks, extractor } = articleBlocks(html, document, jsonLd, metadata);
  const paragraphs = blocks.map((b) => b.text);
  const date = withDateline(
    found,
    paragraphs.slice(0, 3).map((p) => p.slice(0, DATELINE_CHARS)),
    options.now,
    dayFirst,
  );
  return { ...metadata, paragraphs, date, extractor };
}

function articleBlocks(
  html: string,
  document: DomDocument,
  jsonLd: readonly JsonLdNode[],
  metadata: PageMetadata,
): { blocks: Block[]; extractor: HtmlArticle['extractor'] } {
  removeFurniture(document);
  const result = runReadability(document);
  const context = { title: metadata.title ?? result?.title, byline: metadata.byline ?? result?.byline };
  let blocks = result ? cleanBlocks(blocksOf(result.content), context).kept : [];
  let extractor: HtmlArticle['extractor'] = 'readability';
  const words = countWords(blocks);
  const jsonLdBody = articleNodes(jsonLd)
    .map((n) => stringProperty(n, 'articleBody'))
    .find((b) => b && b.length > 0);
  if (jsonLdBody && wordTokens(jsonLdBody).length >= Math.max(MIN_WORDS, words * JSON_LD_BODY_FACTOR)) {
    blocks = splitOnBlankLines(jsonLdBody.replace(/\n/g, '\n\n')).map((text) => ({ text, tag: 'p', linkShare: 0 }));
    extractor = 'json-ld articleBody';
  } else if (words < MIN_WORDS) {
    // Readability has changed the document: the fallback reads a fresh parse of the page.
    const fresh = parseHtmlDocument(html);
    removeFurniture(fresh);
    const dense = cleanBlocks(densestBlocks(fresh), context).kept;
    if (countWords(dense) > words) [blocks, extractor] = [dense, 'text density'];
  }
  return { blocks, extractor };
}

const countWords = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + wordTokens(b.text).length, 0);

/** The page's lines around its headline (the block that reads as the title, else the first `<h1>`), where a dateline stands. */
function linesAroundHeadline(document: DomDocument, title: string | undefined): string[] {
  const blocks = blocksOf(document.body ?? document.documentElement);
  const key = title ? foldTitle(title) : undefined;
  const byTitle = key ? blocks.findIndex((b) => b.text.length < 400 && isHeadlineOf(foldTitle(b.text), key)) : -1;
  const headline = byTitle >= 0 ? byTitle : blocks.findIndex((b) => b.tag === 'h1');
  const start = Math.max(0, headline - LINES_BEFORE_HEADLINE);
  return blocks.slice(start, Math.max(0, headline) + LINES_AFTER_HEADLINE).map((b) => b.text.slice(0, DATELINE_CHARS));
}

const foldTitle = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const isHeadlineOf = (line: string, title: string): boolean =>
  line.length >= 12 && (title.startsWith(line) || line.startsWith(title));
