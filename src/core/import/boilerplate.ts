// Step before Readability: remove page furniture (captions, share bars, related links, newsletter boxes…).
import { all, type DomDocument, type DomElement, type DomNode, isElement, TEXT_NODE } from './dom';

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
  const lengths = unlinkedTextLengths(body);
  const total = lengths.get(body) ?? 0;
  let removed = 0;
  for (const element of all(body, '*')) {
    if (!element.parentNode || !isFurniture(element)) continue;
    if (total > 0 && (lengths.get(element) ?? 0) > MAX_TEXT_SHARE * total) continue;
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

/** For `root` and every element under it: characters of its text outside links (whitespace runs count once). */
function unlinkedTextLengths(root: DomElement): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const visit = (node: DomNode, inLink: boolean): number => {
    if (node.nodeType === TEXT_NODE) return inLink ? 0 : (node.textContent ?? '').replace(/\s+/g, ' ').length;
    if (!isElement(node)) return 0;
    const link = inLink || node.localName.toLowerCase() === 'a';
    let length = 0;
    for (const child of Array.from(node.childNodes)) length += visit(child, link);
    lengths.set(node, length);
    return length;
  };
  visit(root, false);
  return lengths;
}
