// Where an imported article came from, in its sidecar: the library builds and validates the `describing`
// annotation (core/import/provenance.ts); this file reads it from a sidecar's text and merges it into one.
import { readArticleSource, type ArticleSource } from '..';
import { JSONLD_CONTEXT } from '../../review/jsonld';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The article's provenance in a sidecar's text (its first valid describing annotation), or undefined. */
export function provenanceOfSidecar(text: string | undefined): ArticleSource | undefined {
  for (const item of sidecarItems(text) ?? []) {
    const found = readArticleSource(item);
    if (found) return found;
  }
  return undefined;
}

/** The first valid provenance among a sidecar's describing annotations. */
export function provenanceOfItems(items: readonly unknown[]): ArticleSource | undefined {
  for (const item of items) {
    const found = readArticleSource(item);
    if (found) return found;
  }
  return undefined;
}

/** The describing annotations of a sidecar's items (for writers that must keep them). */
export const isDescribing = (item: unknown): boolean => isObject(item) && item.motivation === 'describing';

function sidecarItems(text: string | undefined): unknown[] | undefined {
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return undefined;
  }
  if (!isObject(json)) return undefined;
  const types = asArray(json.type ?? json['@type']);
  if (types.includes('Annotation')) return [json];
  if (!types.includes('AnnotationPage')) return undefined;
  return asArray(isObject(json.first) ? json.first.items : json.items);
}

/**
 * The sidecar text with `annotation` added (a previous describing annotation replaced). A sidecar that is not a
 * readable AnnotationPage is never overwritten: the result is an error message instead.
 */
export function sidecarWithProvenance(
  existing: string | undefined,
  annotation: object,
): { text: string } | { error: string } {
  if (existing === undefined || !existing.trim()) {
    const page = { '@context': JSONLD_CONTEXT, type: 'AnnotationPage', items: [annotation] };
    return { text: `${JSON.stringify(page, null, 2)}\n` };
  }
  let json: unknown;
  try {
    json = JSON.parse(existing.replace(/^\ufeff/, ''));
  } catch (error) {
    return { error: `the sidecar is not valid JSON (${(error as Error).message}); it was left as it is` };
  }
  if (!isObject(json) || !asArray(json.type ?? json['@type']).includes('AnnotationPage') || isObject(json.first))
    return { error: 'the sidecar is not an AnnotationPage with "items"; it was left as it is' };
  const items = asArray(json.items).filter((item) => !isDescribing(item));
  return { text: `${JSON.stringify({ ...json, items: [annotation, ...items] }, null, 2)}\n` };
}
