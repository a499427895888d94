// W3C Web Annotation (JSON-LD) sidecars: one AnnotationPage per article, read leniently (annotations
// written by other tools in the documented shape); writing is in jsonldWrite.ts.
import {
  VERDICTS,
  type EntityChoice,
  type ReviewAnnotation,
  type ReviewBody,
  type ReviewStatus,
  type Verdict,
} from './model';
import { limitDepth, MAX_FOREIGN_DEPTH, sidecarCountProblem, sidecarSizeProblem } from './sidecarLimits';
import type { Selectors, TextPositionSelector, TextQuoteSelector } from './anchoring/anchoring';

export const SIDECAR_FOLDER = '.seed-annotations';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SEED_PREFIX = 'urn:seed-annotator:';
export const JSONLD_CONTEXT = [ANNO_CONTEXT, { seed: SEED_PREFIX }];

/** `.seed-annotations/<article path>.json`, both relative to the collection root, '/'-separated. */
export function sidecarPathFor(articlePath: string): string {
  return `${SIDECAR_FOLDER}/${articlePath}.json`;
}

/** The article a sidecar belongs to, or undefined when the path is not a sidecar's. */
export function articlePathOf(sidecarPath: string): string | undefined {
  const m = /^\.seed-annotations\/(.+)\.json$/.exec(sidecarPath);
  return m?.[1];
}

export interface ParsedSidecar {
  annotations: ReviewAnnotation[];
  /** Items that could not be read, with the reason (kept out of the layer, never written back). */
  skipped: { index: number; reason: string }[];
  /**
   * `describing` annotations of the whole article (an import's provenance), kept as they are and written back
   * first: the review layer does not edit them.
   */
  describing?: Json[];
  /** Set when the file as a whole is unusable (invalid JSON, not an AnnotationPage, over a cap: "not applied: …"). */
  error?: string;
  /** Annotations kept with a part dropped (values nested too deeply), with the reason. */
  warnings?: { index: number; reason: string }[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const typeOf = (v: Json): string[] => asArray(v.type ?? v['@type']).filter((t): t is string => typeof t === 'string');
/** A `seed:` property, also accepted spelled out with the full prefix. */
const seed = (body: Json, name: string): unknown => body[`seed:${name}`] ?? body[`${SEED_PREFIX}${name}`];
const isSeedType = (types: string[], name: string): boolean =>
  types.includes(`seed:${name}`) || types.includes(`${SEED_PREFIX}${name}`);

const STATUSES = new Set(['confirmed', 'corrected', 'rejected', 'added']);
const ENTITY_CHOICES = new Set(['PER', 'LOC', 'ORG', 'none']);
const ENTITY_TYPES = new Set(['PER', 'LOC', 'ORG']);

export function parseSidecar(content: string, expectedSource?: string): ParsedSidecar {
  const tooLarge = sidecarSizeProblem(content.length);
  if (tooLarge) return { annotations: [], skipped: [], error: tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\ufeff/, ''));
  } catch (error) {
    return { annotations: [], skipped: [], describing: [], error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!isObject(json))
    return { annotations: [], skipped: [], describing: [], error: 'expected a JSON object (an AnnotationPage)' };
  const types = typeOf(json);
  let items: unknown[];
  if (types.includes('AnnotationPage') || types.includes('AnnotationCollection')) {
    items = asArray(isObject(json.first) ? json.first.items : json.items);
  } else if (types.includes('Annotation')) {
    items = [json];
  } else {
    return { annotations: [], skipped: [], describing: [], error: 'expected "type": "AnnotationPage"' };
  }
  const tooMany = sidecarCountProblem(items.length);
  if (tooMany) return { annotations: [], skipped: [], error: tooMany };
  const annotations: ReviewAnnotation[] = [];
  const skipped: ParsedSidecar['skipped'] = [];
  const describing: Json[] = [];
  const warnings: NonNullable<ParsedSidecar['warnings']> = [];
  items.forEach((item, index) => {
    if (isDocumentDescription(item)) {
      describing.push(item);
      return;
    }
    const parsed = parseAnnotation(item, expectedSource);
    if (typeof parsed === 'string') skipped.push({ index, reason: parsed });
    else {
      const { annotation, dropped } = withinDepth(parsed);
      annotations.push(annotation);
      if (dropped)
        warnings.push({ index, reason: `values nested deeper than ${MAX_FOREIGN_DEPTH} levels were dropped` });
    }
  });
  return { annotations, skipped, describing, ...(warnings.length ? { warnings } : {}) };
}

/** A `describing` annotation whose target is the whole article (no selector): an import's provenance. */
function isDocumentDescription(item: unknown): item is Json {
  if (!isObject(item) || item.motivation !== 'describing' || !(str(item.id) ?? str(item['@id']))) return false;
  return asArray(item.target).every((t) => typeof t === 'string' || (isObject(t) && t.selector === undefined));
}

/** The annotation with other tools' values (creator, extra properties, a foreign body) cut to a safe depth. */
function withinDepth(a: ReviewAnnotation): { annotation: ReviewAnnotation; dropped: boolean } {
  let dropped = false;
  const cut = (v: unknown) => {
    const limited = limitDepth(v);
    dropped ||= limited.dropped;
    return limited.value;
  };
  const annotation: ReviewAnnotation = {
    ...a,
    ...(a.creator !== undefined ? { creator: cut(a.creator) } : {}),
    ...(a.extra ? { extra: cut(a.extra) as Record<string, unknown> } : {}),
    ...(a.body.kind === 'foreign' ? { body: { kind: 'foreign', raw: cut(a.body.raw) } } : {}),
  };
  return { annotation, dropped };
}

const KNOWN_KEYS = new Set([
  '@context',
  'id',
  '@id',
  'type',
  '@type',
  'motivation',
  'created',
  'modified',
  'creator',
  'target',
  'body',
]);

/** One annotation, or the reason it cannot be used. */
export function parseAnnotation(item: unknown, expectedSource?: string): ReviewAnnotation | string {
  if (!isObject(item)) return 'not an object';
  const id = str(item.id) ?? str(item['@id']);
  if (!id) return 'no "id"';
  const target = asArray(item.target).find(isObject);
  if (!target) return 'no "target" with selectors';
  const source = str(target.source) ?? expectedSource;
  if (!source) return 'the target names no "source"';
  const selectors = parseSelectors(asArray(target.selector));
  if (!selectors) return 'no TextQuoteSelector with "exact" (or TextPositionSelector)';
  const bodies = asArray(item.body).filter(isObject);
  // With several bodies (a tag beside a review), the review is the one this layer reads.
  const body = parseBody(
    bodies.find((b) => typeOf(b).some((t) => t.startsWith('seed:') || t.startsWith(SEED_PREFIX))) ?? bodies[0],
    str(item.motivation),
  );
  if (typeof body === 'string') return body;
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!KNOWN_KEYS.has(key)) extra[key] = value;
  return {
    id,
    created: str(item.created) ?? '1970-01-01T00:00:00Z',
    ...(str(item.modified) ? { modified: str(item.modified) } : {}),
    ...(item.creator !== undefined ? { creator: item.creator } : {}),
    ...(str(item.motivation) ? { motivation: str(item.motivation) } : {}),
    source,
    selectors,
    body,
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

function parseSelectors(list: unknown[]): Selectors | undefined {
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of list) {
    if (!isObject(s)) continue;
    const types = typeOf(s);
    if (types.includes('TextQuoteSelector') && typeof s.exact === 'string' && s.exact) {
      quote = { type: 'TextQuoteSelector', exact: s.exact, prefix: str(s.prefix) ?? '', suffix: str(s.suffix) ?? '' };
    } else if (
      types.includes('TextPositionSelector') &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      (s.start as number) >= 0 &&
      (s.end as number) >= (s.start as number)
    ) {
      const hash = str(seed(s, 'textHash'));
      position = {
        type: 'TextPositionSelector',
        start: s.start as number,
        end: s.end as number,
        ...(hash ? { textHash: hash } : {}),
      };
    }
  }
  // With a quote, the hash is written from it again: the model keeps it only for a position alone.
  if (quote) return position ? { quote, position: withoutHash(position) } : { quote };
  // A position alone: the quote is filled in from the article when anchoring.
  return position ? { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, position } : undefined;
}

const withoutHash = ({ textHash: _, ...position }: TextPositionSelector): TextPositionSelector => position;

function parseBody(body: Json | undefined, motivation: string | undefined): ReviewBody | string {
  if (!body) return 'no "body"';
  const types = typeOf(body);
  const status = str(seed(body, 'status'));
  const validStatus = status && STATUSES.has(status) ? (status as ReviewStatus) : undefined;
  const name = (key: string): string | undefined => str(seed(body, key))?.trim() || undefined;
  const entityType = (key: string) => {
    const t = str(seed(body, key));
    return t && ENTITY_TYPES.has(t) ? (t as 'PER' | 'LOC' | 'ORG') : undefined;
  };
  if (isSeedType(types, 'QuoteReview')) {
    if (!validStatus) return 'QuoteReview without a valid "seed:status"';
    return {
      kind: 'quote',
      status: validStatus,
      ...(name('speaker') ? { speaker: name('speaker') } : {}),
      ...(entityType('speakerType') ? { speakerType: entityType('speakerType') } : {}),
      ...(seed(body, 'noSpeaker') === true ? { noSpeaker: true } : {}),
      ...(name('machineSpeaker') ? { machineSpeaker: name('machineSpeaker') } : {}),
    };
  }
  if (isSeedType(types, 'ClaimReview')) {
    if (!validStatus) return 'ClaimReview without a valid "seed:status"';
    const verdict = str(seed(body, 'verdict'));
    const evidence = asArray(seed(body, 'evidence')).filter(
      (e): e is string => typeof e === 'string' && e.trim() !== '',
    );
    return {
      kind: 'claim',
      status: validStatus,
      ...(name('source') ? { source: name('source') } : {}),
      ...(entityType('sourceType') ? { sourceType: entityType('sourceType') } : {}),
      ...(name('machineSource') ? { machineSource: name('machineSource') } : {}),
      ...(verdict && (VERDICTS as readonly string[]).includes(verdict) ? { verdict: verdict as Verdict } : {}),
      ...(str(seed(body, 'note')) ? { note: str(seed(body, 'note')) } : {}),
      ...(evidence.length ? { evidence } : {}),
    };
  }
  if (isSeedType(types, 'EntityReview')) {
    const entity = name('entity');
    if (!validStatus || !entity) return 'EntityReview without "seed:status" and "seed:entity"';
    const type = str(seed(body, 'entityType'));
    return {
      kind: 'entity',
      status: validStatus,
      entity,
      entityName: name('entityName') ?? entity.replace(/^[A-Z]+:/, ''),
      ...(type && ENTITY_CHOICES.has(type) ? { type: type as EntityChoice } : {}),
      ...(name('name') ? { name: name('name') } : {}),
      ...(name('sameAs') ? { sameAs: name('sameAs') } : {}),
      ...(name('sameAsName') ? { sameAsName: name('sameAsName') } : {}),
    };
  }
  if (isSeedType(types, 'MentionReview')) {
    const entity = name('entity');
    const newName = name('name');
    if (!validStatus || !entity || !newName)
      return 'MentionReview without "seed:status", "seed:entity" and "seed:name"';
    return {
      kind: 'mention',
      status: validStatus,
      entity,
      entityName: name('entityName') ?? entity.replace(/^[A-Z]+:/, ''),
      name: newName,
      ...(entityType('entityType') ? { type: entityType('entityType') } : {}),
    };
  }
  if (types.includes('TextualBody') || typeof body.value === 'string') {
    const text = str(body.value)?.trim();
    if (!text) return 'an empty TextualBody';
    if (
      motivation === 'commenting' ||
      str(body.purpose) === 'commenting' ||
      !types.length ||
      types.includes('TextualBody')
    )
      return { kind: 'note', text };
  }
  return { kind: 'foreign', raw: body };
}
