// RSS 2.0 / Atom feeds → items (link, title, date, inline content). A small reader on our side until the
// extraction library in core/import offers one; it only lists items, every page is extracted by the library.
import { DOMParser } from 'linkedom';
import { parseDateValue } from '../import/dateText';
import { ImportError } from '../import/errors';
import { paragraphsOf } from '../import/paragraphs';
import { parseHtmlDocument, type DomElement } from '../import/dom';

export interface FeedItem {
  title?: string;
  link?: string;
  /** The item's own date (pubDate, published, dc:date), as the feed writes it, read as YYYY-MM-DD. */
  date?: string;
  /** The item's content:encoded (or Atom content) as paragraphs, for when the page cannot be fetched. */
  paragraphs: string[];
}

/** Most items read from one feed (a hostile feed cannot queue thousands of fetches). */
export const MAX_FEED_ITEMS = 500;

/** True when the text opens like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/<\?xml[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

export function readFeed(text: string, base?: string): { title?: string; items: FeedItem[] } {
  let root: DomElement | null;
  try {
    root = (new DOMParser().parseFromString(text, 'text/xml') as unknown as { documentElement: DomElement | null })
      .documentElement;
  } catch {
    root = null;
  }
  const name = root?.tagName.toLowerCase();
  if (!root || (name !== 'rss' && name !== 'feed' && name !== 'rdf:rdf'))
    throw new ImportError('malformed-feed', 'malformed feed: no RSS channel or Atom feed could be read');
  const entries = Array.from(root.getElementsByTagName(name === 'feed' ? 'entry' : 'item'));
  const title = childText(name === 'feed' ? root : (firstChild(root, 'channel') ?? root), 'title');
  const items = entries.slice(0, MAX_FEED_ITEMS).map((e) => readItem(e, base));
  if (!items.some((item) => item.link || item.paragraphs.length))
    throw new ImportError('malformed-feed', 'malformed feed: no item with a link or text could be read');
  return { title, items };
}

function readItem(entry: DomElement, base: string | undefined): FeedItem {
  const linkElement = Array.from(entry.children).find(
    (c) => c.tagName.toLowerCase() === 'link' && (c.getAttribute('rel') ?? 'alternate') === 'alternate',
  );
  const rawLink = linkElement?.getAttribute('href') ?? linkElement?.textContent?.trim() ?? childText(entry, 'guid');
  const rawDate = ['pubDate', 'published', 'dc:date', 'issued', 'updated']
    .map((n) => childText(entry, n))
    .find(Boolean);
  const content = ['content:encoded', 'content', 'description', 'summary']
    .map((n) => childText(entry, n))
    .find(Boolean);
  return {
    title: childText(entry, 'title'),
    link: absoluteWebUrl(rawLink, base),
    date: rawDate ? parseDateValue(rawDate, { dayFirst: true }) : undefined,
    paragraphs: content ? paragraphsOf(parseHtmlDocument(`<html><body>${content}</body></html>`).body!) : [],
  };
}

function firstChild(element: DomElement, name: string): DomElement | undefined {
  return Array.from(element.children).find((c) => c.tagName.toLowerCase() === name.toLowerCase());
}

function childText(element: DomElement, name: string): string | undefined {
  const text = firstChild(element, name)?.textContent?.trim();
  return text || undefined;
}

function absoluteWebUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
