// A short, stable fingerprint of an article's review annotations: part of the index cache key, so a
// summary is rebuilt when its sidecar changes.
import { annotationJson } from './jsonldWrite';
import type { ReviewAnnotation } from './model';

export function reviewFingerprint(annotations: readonly ReviewAnnotation[]): string {
  if (!annotations.length) return '';
  const text = JSON.stringify(annotations.map(annotationJson));
  // FNV-1a, 32-bit, over UTF-16 code units; with the length, collisions are negligible for a cache key.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
