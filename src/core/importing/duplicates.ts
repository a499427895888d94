// Duplicate detection: an article whose canonical URL or normalised text is already in the collection.

/** A URL compared across schemes, `www.`, fragments, tracking parameters and a trailing slash. */
export function urlKey(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const params = [...parsed.searchParams].filter(
    ([k]) => !/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|cmpid|ocid)$/i.test(k),
  );
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = parsed.hostname.toLowerCase().replace(/^www\d?\./, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${host}${port}${parsed.pathname.replace(/\/+$/, '')}${query}`;
}

/** Words of the article text, lower-cased, without the seed header's date: equal for the same article. */
export function textKey(text: string): string | undefined {
  const words = text
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length < 5) return undefined;
  return hash53(words.join(' '));
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
