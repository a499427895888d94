// Three-way merge of a sidecar's annotations: what was last read from disk (base), what the reader has
// now (mine) and what is on disk now (theirs: a teammate's pull, another window). Nothing is dropped
// silently: an annotation changed on one side and deleted on the other is kept.
import { annotationJson } from './jsonldWrite';
import { lastChanged, type ReviewAnnotation } from './model';

const same = (a: ReviewAnnotation, b: ReviewAnnotation): boolean =>
  JSON.stringify(annotationJson(a)) === JSON.stringify(annotationJson(b));

export function mergeAnnotations(
  base: readonly ReviewAnnotation[],
  mine: readonly ReviewAnnotation[],
  theirs: readonly ReviewAnnotation[],
): ReviewAnnotation[] {
  const baseById = new Map(base.map((a) => [a.id, a]));
  const mineById = new Map(mine.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const out: ReviewAnnotation[] = [];
  for (const id of new Set([...mineById.keys(), ...theirsById.keys()])) {
    const m = mineById.get(id);
    const t = theirsById.get(id);
    const b = baseById.get(id);
    if (m && t) out.push(changedOnOneSide(b, m, t) ?? (lastChanged(m) >= lastChanged(t) ? m : t));
    else if (m) {
      // Deleted on disk: drop it only if the reader has not changed it since.
      if (!b || !same(m, b)) out.push(m);
    } else if (t) {
      // Deleted by the reader: drop it only if the disk copy has not changed since.
      if (!b || !same(t, b)) out.push(t);
    }
  }
  return out;
}

/** The changed copy when only one side changed it since the base (whatever the clocks say); else undefined. */
function changedOnOneSide(
  base: ReviewAnnotation | undefined,
  mine: ReviewAnnotation,
  theirs: ReviewAnnotation,
): ReviewAnnotation | undefined {
  if (same(mine, theirs)) return mine;
  if (!base) return undefined;
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  return undefined;
}
