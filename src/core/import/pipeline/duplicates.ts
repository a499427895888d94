// Duplicate detection: an article whose canonical URL or normalised text is already in the collection.
import { canonicalUrl, normaliseForDuplicates } from '..';

/** A URL compared without tracking parameters, fragment and trailing slash (the library's canonical form). */
export function urlKey(url: string | undefined | null): string | undefined {
  return url ? canonicalUrl(url) : undefined;
}

/** The article's normalised text, hashed: equal for two imports of one article. */
export function textKey(text: string): string | undefined {
  const normalised = normaliseForDuplicates(text);
  return normalised.split(' ').length < 5 ? undefined : hash53(normalised);
}

/** A 53-bit string hash (cyrb53): keys stay small for large collections. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The collection's articles by URL and by text; grows as a batch imports. */
export class DuplicateIndex {
  private readonly byUrl = new Map<string, string>();
  private readonly byText = new Map<string, string>();

  addText(file: string, text: string): void {
    const key = textKey(text);
    if (key && !this.byText.has(key)) this.byText.set(key, file);
  }

  addUrl(file: string, url: string | undefined | null): void {
    const key = urlKey(url);
    if (key && !this.byUrl.has(key)) this.byUrl.set(key, file);
  }

  /** The file this article duplicates, by any of its URLs or by its text. */
  find(urls: readonly (string | undefined | null)[], text: string | undefined): string | undefined {
    for (const url of urls) {
      const key = urlKey(url);
      const file = key && this.byUrl.get(key);
      if (file) return file;
    }
    const key = text === undefined ? undefined : textKey(text);
    return key ? this.byText.get(key) : undefined;
  }
}
