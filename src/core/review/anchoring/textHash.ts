// A short hash of an annotated text and its surroundings, stored beside a position (`seed:textHash` on a
// TextPositionSelector) so that a position alone can be checked: it is trusted only while the text there,
// with the CONTEXT_CHARS either side that describeSpan gives, hashes the same (a repeated name moved onto
// the old offsets by an edit elsewhere does not).

/** FNV-1a (32-bit) over UTF-16 code units of prefix, exact and suffix: "fnv1a32:<exact length>:<hex>". */
export function textHash(quote: { prefix: string; exact: string; suffix: string }): string {
  const text = `${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a32:${quote.exact.length}:${hash.toString(16).padStart(8, '0')}`;
}
