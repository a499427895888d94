// Step: Mozilla Readability on the (already cleaned) document; returns its article element, not an HTML string.
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom';

export interface ReadabilityResult {
  content: DomElement;
  title?: string;
  byline?: string;
  siteName?: string;
  excerpt?: string;
}

/** Readability's main content of `document` (which it modifies), or undefined when it finds none. */
export function runReadability(document: DomDocument): ReadabilityResult | undefined {
  const reader = new Readability<DomElement>(document as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
  });
  const result = reader.parse();
  if (!result?.content) return undefined;
  return {
    content: result.content,
    title: result.title?.trim() || undefined,
    byline: result.byline?.trim() || undefined,
    siteName: result.siteName?.trim() || undefined,
    excerpt: result.excerpt?.trim() || undefined,
  };
}
