// Where an imported article came from: one W3C `describing` annotation with a `seed:ArticleSource` body,
// built for the sidecar, read back (leniently: sidecars are untrusted) and merged into an existing sidecar.
import { JSONLD_CONTEXT, SEED_PREFIX } from '../review/jsonld';

export const ARTICLE_SOURCE_TYPE = 'seed:ArticleSource';

export interface ArticleProvenance {
  url?: string;
  title?: string;
  outlet?: string;
  byline?: string;
  published?: string;
  dateEvidence?: string;
  language?: string;
  retrieved?: string;
  sha256?: string;
  snapshot?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

const FIELDS: readonly (keyof ArticleProvenance)[] = [
  'url', 'title', 'outlet', 'byline', 'published', 'dateEvidence', 'language', 'retrieved', 'sha256', 'snapshot',
]; // prettier-ignore

/** Longest value kept from a sidecar field: a hostile sidecar cannot blow up a hover. */
const MAX_FIELD_LENGTH = 2000;

/** The annotation, in the shape (keys in its order; absent fields left out). */
export function provenanceAnnotation(id: string, created: string, source: string, p: ArticleProvenance): Json {
  const body: Json = { type: ARTICLE_SOURCE_TYPE };
  for (const field of FIELDS) if (p[field] !== undefined && p[field] !== '') body[`seed:${field}`] = p[field];
  return { id, type: 'Annotation', motivation: 'describing', created, target: { source }, body };
}

/** The provenance in one annotation, or undefined when it is not a describing annotation with an ArticleSource. */
export function provenanceOfAnnotation(item: unknown): ArticleProvenance | undefined {
  if (!isObject(item) || item.motivation !== 'describing') return undefined;
  const body = asArray(item.body).find(
    (b) =>
      isObject(b) &&
      asArray(b.type ?? b['@type']).some((t) => t === ARTICLE_SOURCE_TYPE || t === `${SEED_PREFIX}ArticleSource`),
  ) as Json | undefined;
  if (!body) return undefined;
  const out: ArticleProvenance = {};
  for (const field of FIELDS) {
    const value = body[`seed:${field}`] ?? body[`${SEED_PREFIX}${field}`];
    if (typeof value === 'string' && value.trim()) out[field] = value.trim().slice(0, MAX_FIELD_LENGTH);
  }
  if (out.url && !isWebUrl(out.url)) delete out.url;
  return out;
}

/** The article's provenance in a sidecar's text (the first describing annotation), or undefined. */
export function provenanceOfSidecar(text: string | undefined): ArticleProvenance | undefined {
  const items = sidecarItems(text);
  for (const item of items ?? []) {
    const found = provenanceOfAnnotation(item);
    if (found) return found;
  }
  return undefined;
}

/** An http(s) URL, parsed; anything else (javascript:, data:, file:) is not a link. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

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
 * The sidecar text with `annotation` added (a previous describing annotation of the article replaced). A sidecar
 * that is not a readable AnnotationPage is never overwritten: the result is an error message instead.
 */
export function sidecarWithProvenance(
  existing: string | undefined,
  annotation: Json,
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
  const items = asArray(json.items).filter((item) => !provenanceOfAnnotation(item));
  return { text: `${JSON.stringify({ ...json, items: [annotation, ...items] }, null, 2)}\n` };
}
