// Title, byline, outlet, canonical URL and language of a page, from its meta tags, JSON-LD and markup.
import { all, attr, type DomDocument } from './dom';
import { articleNodes, type JsonLdNode, stringOf, stringProperty } from './jsonLd';
import { decodeEntities, normaliseSpaces } from './text';

export interface PageMetadata {
  title?: string;
  byline?: string;
  outlet?: string;
  /** The page's canonical address (http or https), else the address it was fetched from. */
  url?: string;
  /** Primary language subtag, lower case (`en`, `pt`). */
  language?: string;
  /** The language tag as the page gives it (`en-US`), for reading ambiguous numeric dates. */
  languageTag?: string;
}

/** Reads the page's metadata; `url` is where the page was fetched from (relative links resolve against it). */
export function readMetadata(document: DomDocument, jsonLd: readonly JsonLdNode[], url?: string): PageMetadata {
  const article = articleNodes(jsonLd)[0];
  const languageTag = readLanguageTag(document, article);
  return {
    title: readTitle(document, article),
    byline: readByline(document, article),
    outlet: readOutlet(document, jsonLd, url),
    url: readCanonicalUrl(document, url),
    language: languageTag?.split('-')[0]?.toLowerCase(),
    languageTag,
  };
}

/** `content` of the first `<meta>` whose property, name or itemprop is `key` (case-insensitive). */
export function metaContent(document: DomDocument, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const meta of all(document, 'meta')) {
    const names = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')];
    if (names.some((n) => n?.toLowerCase() === lower)) {
      const content = attr(meta, 'content');
      // Pages often escape twice (`&amp;#039;`): what is left after the parser's decoding is decoded here.
      if (content) return normaliseSpaces(decodeEntities(content));
    }
  }
  return undefined;
}

function readTitle(document: DomDocument, article: JsonLdNode | undefined): string | undefined {
  const candidates = [
    article && stringProperty(article, 'headline'),
    metaContent(document, 'og:title'),
    metaContent(document, 'twitter:title'),
    document.querySelector('h1')?.textContent ?? undefined,
    document.title,
  ];
  return candidates.map((c) => (c ? normaliseSpaces(decodeEntities(c)) : '')).find((c) => c.length > 0);
}

function readByline(document: DomDocument, article: JsonLdNode | undefined): string | undefined {
  const fromJsonLd = article ? authorNames(article['author']) : [];
  const raw = fromJsonLd.length ? fromJsonLd.join(', ') : (metaContent(document, 'author') ?? metaContent(document, 'article:author') ?? metaContent(document, 'byl'));
  if (!raw || /^https?:\/\//i.test(raw)) return undefined;
  return normaliseSpaces(raw.replace(/^(by|por|von|par|di)\s+/i, '')) || undefined;
}

function authorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((a) => stringOf(a)).filter((n): n is string => !!n && !/^https?:\/\//i.test(n));
  return [...new Set(names)].slice(0, 5);
}

function readOutlet(document: DomDocument, jsonLd: readonly JsonLdNode[], url: string | undefined): string | undefined {
  const publisher = jsonLd.map((n) => n['publisher']).find((p) => p !== undefined);
  const candidates = [metaContent(document, 'og:site_name'), stringOf(publisher), metaContent(document, 'application-name')];
  const named = candidates.find((c) => c && c.length <= 100);
  return named ? normaliseSpaces(named) : hostName(url);
}

/** The host of `url` without a leading `www.`, or undefined. */
export function hostName(url: string | undefined): string | undefined {
  const host = safeUrl(url)?.hostname;
  return host ? host.replace(/^www\d?\./, '') : undefined;
}

function readCanonicalUrl(document: DomDocument, url: string | undefined): string | undefined {
  const candidates = [attr(document.querySelector('link[rel~="canonical" i]'), 'href'), metaContent(document, 'og:url'), url];
  for (const candidate of candidates) {
    const resolved = safeUrl(candidate, url);
    if (resolved && (resolved.protocol === 'http:' || resolved.protocol === 'https:')) return resolved.href;
  }
  return undefined;
}

function readLanguageTag(document: DomDocument, article: JsonLdNode | undefined): string | undefined {
  const candidates = [
    attr(document.documentElement, 'lang'),
    attr(document.documentElement, 'xml:lang'),
    metaContent(document, 'og:locale')?.replace('_', '-'),
    attr(document.querySelector('meta[http-equiv="content-language" i]'), 'content'),
    article && stringProperty(article, 'inLanguage'),
  ];
  return candidates.map((c) => c?.split(',')[0]?.trim()).find((c): c is string => !!c && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(c));
}

function safeUrl(value: string | undefined, base?: string): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
