// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items with link, title, date, author and their text.
import { DOMParser } from 'linkedom';
import { parseDateValue } from './dateText';
import { type DomElement, type DomNode, isElement, parseHtmlDocument } from './dom';
import { ImportError } from './errors';
import { paragraphsOf } from './paragraphs';
import { normaliseSpaces } from './text';
import { xmlTagProblem } from './xmlCheck';

export interface FeedItem {
  title?: string;
  link?: string;
  /** `YYYY-MM-DD` as written in the item's own time zone, or null. */
  date: string | null;
  author?: string;
  /** The item's text (content:encoded, content, description or summary), as paragraphs. */
  paragraphs: string[];
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title?: string;
  items: FeedItem[];
}

/** Whether text starts like a feed (`<rss`, `<feed`, `<rdf:RDF` after an optional XML declaration and comments). */
export function looksLikeFeed(text: string): boolean {
  const start = text
    .slice(0, 2048)
    .replace(/^\ufeff?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*/, '');
  return /^<(rss|feed|rdf:RDF)[\s>]/.test(start);
}

/** Parses a feed. Throws ImportError('malformed-feed') for XML with broken tags or a document that is no feed. */
export function parseFeed(xml: string): Feed {
  const problem = xmlTagProblem(xml);
  if (problem) throw new ImportError('malformed-feed', `malformed feed: ${problem}`);
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    documentElement: DomElement | null;
  };
  const root = document.documentElement;
  const format = root ? feedFormat(root.nodeName) : undefined;
  if (!root || !format)
    throw new ImportError(
      'malformed-feed',
      `malformed feed: the document is <${root?.nodeName ?? 'nothing'}>, not RSS or Atom`,
    );
  const channel = format === 'rss' ? (childrenNamed(root, 'channel')[0] ?? root) : root;
  const items =
    format === 'atom'
      ? childrenNamed(root, 'entry')
      : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  return {
    format,
    title: childText(channel, 'title'),
    items: items.map((item) => (format === 'atom' ? atomEntry(item) : rssItem(item))),
  };
}

function feedFormat(name: string): Feed['format'] | undefined {
  const lower = name.toLowerCase();
  return lower === 'rss' ? 'rss' : lower === 'feed' ? 'atom' : lower === 'rdf:rdf' ? 'rdf' : undefined;
}

function rssItem(item: DomElement): FeedItem {
  const body = childText(item, 'content:encoded', false) ?? childText(item, 'description', false) ?? '';
  const date = childText(item, 'pubDate') ?? childText(item, 'dc:date');
  return {
    title: childText(item, 'title'),
    link: httpUrl(childText(item, 'link') ?? guidLink(item)),
    date: date ? (parseDateValue(date) ?? null) : null,
    author: childText(item, 'dc:creator') ?? childText(item, 'author'),
    paragraphs: htmlParagraphs(body),
  };
}

function atomEntry(entry: DomElement): FeedItem {
  const links = childrenNamed(entry, 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const date = childText(entry, 'published') ?? childText(entry, 'updated');
  const author = childrenNamed(entry, 'author')[0];
  const content = childrenNamed(entry, 'content')[0] ?? childrenNamed(entry, 'summary')[0];
  const isText = content?.getAttribute('type') === 'text';
  return {
    title: childText(entry, 'title'),
    link: httpUrl(link?.getAttribute('href') ?? undefined),
    date: date ? (parseDateValue(date) ?? null) : null,
    author: author ? (childText(author, 'name') ?? normaliseSpaces(author.textContent ?? '')) || undefined : undefined,
    paragraphs: content ? (isText ? textParagraphs(content.textContent ?? '') : htmlParagraphs(atomHtml(content))) : [],
  };
}

/** Atom `type="xhtml"` content is markup in the feed; `html` content is escaped markup (its text). */
function atomHtml(content: DomElement): string {
  return content.getAttribute('type') === 'xhtml' ? content.innerHTML : (content.textContent ?? '');
}

function htmlParagraphs(html: string): string[] {
  if (!html.trim()) return [];
  const document = parseHtmlDocument(html);
  return paragraphsOf(document.body ?? document.documentElement);
}

function textParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(normaliseSpaces)
    .filter(Boolean);
}

function guidLink(item: DomElement): string | undefined {
  const guid = childrenNamed(item, 'guid')[0];
  return guid && guid.getAttribute('isPermaLink') !== 'false' ? (guid.textContent ?? undefined) : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  return url && /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}

function childrenNamed(parent: DomNode, name: string): DomElement[] {
  const lower = name.toLowerCase();
  return Array.from(parent.childNodes).filter(
    (c): c is DomElement => isElement(c) && c.nodeName.toLowerCase() === lower,
  );
}

function childText(parent: DomNode, name: string, normalise = true): string | undefined {
  const text = childrenNamed(parent, name)[0]?.textContent ?? undefined;
  if (text === undefined) return undefined;
  const value = normalise ? normaliseSpaces(text) : text.trim();
  return value || undefined;
}
