// Title, byline, outlet, canonical URL and language of a page, from its meta tags, JSON-LD and markup.
import { attr, type DomDocument } from './dom';
import { articleNodes, type JsonLdNode, stringOf, stringProperty } from './jsonLd';
import { MetaTags } from './metaTags';
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
export function readMetadata(
  document: DomDocument,
  jsonLd: readonly JsonLdNode[],
  meta: MetaTags,
  url?: string,
): PageMetadata {
  const article = articleNodes(jsonLd)[0];
  const languageTag = readLanguageTag(document, meta, article);
  return {
    title: readTitle(document, meta, article),
    byline: readByline(meta, article),
    outlet: readOutlet(meta, jsonLd, url),
    url: readCanonicalUrl(document, meta, url),
    language: languageTag?.split('-')[0]?.toLowerCase(),
    languageTag,
  };
}

function readTitle(document: DomDocument, meta: MetaTags, article: JsonLdNode | undefined): string | undefined {
  const candidates = [
    article && stringProperty(article, 'headline'),
    meta.first('og:title'),
    meta.first('twitter:title'),
    document.querySelector('h1')?.textContent ?? undefined,
    document.title,
  ];
  return candidates.map((c) => (c ? normaliseSpaces(decodeEntities(c)) : '')).find((c) => c.length > 0);
}

function readByline(meta: MetaTags, article: JsonLdNode | undefined): string | undefined {
  const fromJsonLd = article ? authorNames(article['author']) : [];
  const raw = fromJsonLd.length
    ? fromJsonLd.join(', ')
    : (meta.first('author') ?? meta.first('article:author') ?? meta.first('byl'));
  if (!raw || /^https?:\/\//i.test(raw)) return undefined;
  return normaliseSpaces(raw.replace(/^(by|por|von|par|di)\s+/i, '')) || undefined;
}

function authorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((a) => stringOf(a)).filter((n): n is string => !!n && !/^https?:\/\//i.test(n));
  return [...new Set(names)].slice(0, 5);
}

function readOutlet(meta: MetaTags, jsonLd: readonly JsonLdNode[], url: string | undefined): string | undefined {
  const publisher = jsonLd.map((n) => n['publisher']).find((p) => p !== undefined);
  const candidates = [meta.first('og:site_name'), stringOf(publisher), meta.first('application-name')];
  const named = candidates.find((c) => c && c.length <= 100);
  return named ? normaliseSpaces(named) : hostName(url);
}

/** The host of `url` without a leading `www.`, or undefined. */
export function hostName(url: string | undefined): string | undefined {
  const host = safeUrl(url)?.hostname;
  return host ? host.replace(/^www\d?\./, '') : undefined;
}

function readCanonicalUrl(document: DomDocument, meta: MetaTags, url: string | undefined): string | undefined {
  const candidates = [attr(document.querySelector('link[rel~="canonical" i]'), 'href'), meta.first('og:url'), url];
  for (const candidate of candidates) {
    const resolved = safeUrl(candidate, url);
    if (resolved && (resolved.protocol === 'http:' || resolved.protocol === 'https:')) return resolved.href;
  }
  return undefined;
}

function readLanguageTag(document: DomDocument, meta: MetaTags, article: JsonLdNode | undefined): string | undefined {
  const candidates = [
    attr(document.documentElement, 'lang'),
    attr(document.documentElement, 'xml:lang'),
    meta.first('og:locale')?.replace('_', '-'),
    meta.first('content-language'),
    article && stringProperty(article, 'inLanguage'),
  ];
  return candidates
    .map((c) => c?.split(',')[0]?.trim())
    .find((c): c is string => !!c && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(c));
}

function safeUrl(value: string | undefined, base?: string): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
