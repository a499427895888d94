// Review actions as pure edits of an article's annotation list: one decision per machine item (a new
// decision replaces the previous one and keeps its id), notes and additions appended.
import type { Span } from '../../engine/types';
import { describeSpan } from './anchoring/anchoring';
import { newAnnotationId, nowIso, type ReviewAnnotation, type ReviewBody } from './model';

export function makeAnnotation(
  source: string,
  text: string,
  span: Span,
  body: ReviewBody,
  creator?: unknown,
): ReviewAnnotation {
  return {
    id: newAnnotationId(),
    created: nowIso(),
    ...(creator !== undefined ? { creator } : {}),
    source,
    selectors: describeSpan(text, span.start, span.end),
    body,
  };
}

/** The annotation that decides the same thing: same kind and same target (or same entity). */
function sameSubject(a: ReviewAnnotation, b: ReviewAnnotation): boolean {
  if (a.body.kind !== b.body.kind) return false;
  if (a.body.kind === 'note' || a.body.kind === 'foreign') return false;
  if (a.body.kind === 'entity' && b.body.kind === 'entity') return a.body.entity === b.body.entity;
  const pa = a.selectors.position;
  const pb = b.selectors.position;
  return !!pa && !!pb && pa.start === pb.start && pa.end === pb.end;
}

/** Adds the annotation, replacing an earlier decision on the same subject (its id and creation kept). */
export function upsert(current: readonly ReviewAnnotation[], next: ReviewAnnotation): ReviewAnnotation[] {
  const i = current.findIndex((a) => sameSubject(a, next));
  if (i < 0) return [...current, next];
  const previous = current[i]!;
  const replaced: ReviewAnnotation = { ...next, id: previous.id, created: previous.created, modified: nowIso() };
  return [...current.slice(0, i), replaced, ...current.slice(i + 1)];
}

export function remove(current: readonly ReviewAnnotation[], id: string): ReviewAnnotation[] {
  return current.filter((a) => a.id !== id);
}
