// Writing W3C Web Annotation (JSON-LD) sidecars: one AnnotationPage per article in a stable, diff-friendly
// order (document order, then creation), bodies with their keys in a fixed order. Reading is in jsonld.ts.
import { JSONLD_CONTEXT } from './jsonld';
import type { ReviewAnnotation, ReviewBody } from './model';
import { textHash } from './anchoring/anchoring';

type Json = Record<string, unknown>;

/** The JSON-LD body of an annotation, keys in a fixed order. */
export function bodyJson(body: ReviewBody): unknown {
  switch (body.kind) {
    case 'quote':
      return compact({
        type: 'seed:QuoteReview',
        'seed:status': body.status,
        'seed:speaker': body.speaker,
        'seed:speakerType': body.speakerType,
        'seed:noSpeaker': body.noSpeaker || undefined,
        'seed:machineSpeaker': body.machineSpeaker,
      });
    case 'claim':
      return compact({
        type: 'seed:ClaimReview',
        'seed:status': body.status,
        'seed:source': body.source,
        'seed:sourceType': body.sourceType,
        'seed:machineSource': body.machineSource,
        'seed:verdict': body.verdict,
        'seed:note': body.note,
        'seed:evidence': body.evidence?.length ? body.evidence : undefined,
      });
    case 'entity':
      return compact({
        type: 'seed:EntityReview',
        'seed:status': body.status,
        'seed:entity': body.entity,
        'seed:entityName': body.entityName,
        'seed:entityType': body.type,
        'seed:name': body.name,
        'seed:sameAs': body.sameAs,
        'seed:sameAsName': body.sameAsName,
      });
    case 'mention':
      return compact({
        type: 'seed:MentionReview',
        'seed:status': body.status,
        'seed:entity': body.entity,
        'seed:entityName': body.entityName,
        'seed:name': body.name,
        'seed:entityType': body.type,
      });
    case 'note':
      return { type: 'TextualBody', value: body.text, format: 'text/plain', purpose: 'commenting' };
    case 'foreign':
      return body.raw;
  }
}

export function motivationOf(a: ReviewAnnotation): string {
  if (a.motivation) return a.motivation;
  switch (a.body.kind) {
    case 'note':
      return 'commenting';
    case 'claim':
      return a.body.verdict && a.body.verdict !== 'unchecked' ? 'assessing' : 'editing';
    case 'foreign':
      return 'commenting';
    default:
      return a.body.status === 'confirmed' ? 'assessing' : 'editing';
  }
}

export function annotationJson(a: ReviewAnnotation): Json {
  const selector: unknown[] = [];
  if (a.selectors.quote.exact)
    selector.push({
      type: 'TextQuoteSelector',
      exact: a.selectors.quote.exact,
      prefix: a.selectors.quote.prefix,
      suffix: a.selectors.quote.suffix,
    });
  const p = a.selectors.position;
  // The hash lets a reader of the position alone check that the text there is still the annotated text.
  const hash = a.selectors.quote.exact ? textHash(a.selectors.quote) : p?.textHash;
  if (p) selector.push(compact({ type: 'TextPositionSelector', start: p.start, end: p.end, 'seed:textHash': hash }));
  return compact({
    id: a.id,
    type: 'Annotation',
    motivation: motivationOf(a),
    created: a.created,
    modified: a.modified,
    creator: a.creator,
    ...(a.extra ?? {}),
    target: { source: a.source, selector },
    body: bodyJson(a.body),
  });
}

/** Document order first, then creation, then id: stable, so rewrites give small diffs. */
export function compareAnnotations(a: ReviewAnnotation, b: ReviewAnnotation): number {
  const pa = a.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  const pb = b.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  return (
    pa - pb || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The sidecar's text: the article's `describing` annotations first, as read, then the review annotations. */
export function serializeSidecar(
  annotations: readonly ReviewAnnotation[],
  describing: readonly unknown[] = [],
): string {
  const page = {
    '@context': JSONLD_CONTEXT,
    type: 'AnnotationPage',
    items: [...describing, ...[...annotations].sort(compareAnnotations).map(annotationJson)],
  };
  return `${JSON.stringify(page, null, 2)}\n`;
}

function compact(o: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
