// A short hash of an annotated text, stored beside a position (`seed:textHash` on a TextPositionSelector)
// so that a position alone can be checked: it is trusted only while the text there hashes the same.

/** FNV-1a (32-bit) over UTF-16 code units, with the length: "fnv1a32:<length>:<hex>". */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a32:${text.length}:${hash.toString(16).padStart(8, '0')}`;
}
