// The page's <meta> tags read once into a map by property / name / itemprop / http-equiv (lower case).
import { all, attr, type DomDocument } from './dom';
import { decodeEntities, normaliseSpaces } from './text';

/** Contents of the page's meta tags by key, in page order. */
export class MetaTags {
  private readonly byKey = new Map<string, string[]>();

  constructor(document: DomDocument | undefined) {
    if (!document) return;
    for (const meta of all(document, 'meta')) {
      const content = attr(meta, 'content');
      if (!content) continue;
      // Pages often escape twice (`&amp;#039;`): what is left after the parser's decoding is decoded here.
      const value = normaliseSpaces(decodeEntities(content));
      for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
        const name = meta.getAttribute(key)?.trim().toLowerCase();
        if (!name) continue;
        const list = this.byKey.get(name);
        if (list) list.push(value);
        else this.byKey.set(name, [value]);
      }
    }
  }

  /** Every content given for `key` (case-insensitive). */
  all(key: string): readonly string[] {
    return this.byKey.get(key.toLowerCase()) ?? [];
  }

  /** The first content given for `key`, or undefined. */
  first(key: string): string | undefined {
    return this.all(key)[0];
  }
}
