// Step before Readability: remove page furniture (captions, share bars, related links, newsletter boxes…).
import { all, type DomDocument, type DomElement } from './dom';

/** Elements that are never article text. */
const FURNITURE_TAGS = ['figcaption', 'aside', 'nav', 'footer', 'form', 'dialog', 'template'];

/** class / id words of furniture (matched as substrings, case-insensitive). */
const FURNITURE_NAMES =
  /share|social|related|newsletter|subscri|caption|credit|byline|author|tags|comment|promo|advert|breadcrumb|recommend|signup|sign-up|paywall|popup|modal|cookie|sidebar|widget/i;

/** Names that look like furniture words but name the article itself. */
const CONTENT_NAMES = /article-?body|story-?body|post-?content|entry-?content|main-?content/i;

/** A candidate holding more than this share of the page's text outside links is the article, whatever its name. */
const MAX_TEXT_SHARE = 0.25;

/** Removes furniture from `document` in place; returns how many elements went. */
export function removeFurniture(document: DomDocument): number {
  const body = document.body ?? document.documentElement;
  for (const element of all(document, 'script, style, noscript, template, svg')) element.remove();
  const total = unlinkedTextLength(body);
  let removed = 0;
  for (const element of all(body, '*')) {
    if (!element.parentNode || !isFurniture(element)) continue;
    if (total > 0 && unlinkedTextLength(element) > MAX_TEXT_SHARE * total) continue;
    element.remove();
    removed++;
  }
  return removed;
}

function isFurniture(element: DomElement): boolean {
  const tag = element.localName.toLowerCase();
  if (FURNITURE_TAGS.includes(tag)) return true;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names);
}

/** Characters of `root`'s text outside links (whitespace runs count once). */
function unlinkedTextLength(root: DomElement): number {
  let length = compactLength(root.textContent);
  for (const link of all(root, 'a')) length -= compactLength(link.textContent);
  return length;
}

const compactLength = (text: string | null): number => (text ?? '').replace(/\s+/g, ' ').length;
