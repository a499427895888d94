// Telling equal copies apart by how the text around them moved: when an annotation's exact text and
// context occur twice (a duplicated paragraph), the copy that moved exactly as the nearest clearly anchored
// annotations before or after it did is the original; a diff would say the same.
import type { Candidate } from './anchorRules';
import { anchored, type Attempt } from './anchorSteps';

interface Shift { oldStart: number; shift: number }

/** Old start → shift of every annotation anchored on its exact text, sorted by old start. */
function referenceShifts(attempts: readonly Attempt[], oldStarts: readonly (number | undefined)[]): Shift[] {
  const shifts: Shift[] = [];
  attempts.forEach((a, i) => {
    const oldStart = oldStarts[i];
    if (oldStart === undefined || a.result.orphaned || a.result.method === 'fuzzy') return;
    shifts.push({ oldStart, shift: a.result.start - oldStart });
  });
  return shifts.sort((a, b) => a.oldStart - b.oldStart);
}

/** The shifts of the nearest reference at or before `oldStart` and the nearest after it. */
function neighbourShifts(references: readonly Shift[], oldStart: number): number[] {
  let low = 0;
  let high = references.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (references[mid]!.oldStart <= oldStart) low = mid + 1;
    else high = mid;
  }
  return [references[low - 1], references[low]].filter((r) => r !== undefined).map((r) => r.shift);
}

/** Re-decides the ambiguous attempts whose tied candidates include exactly one that moved like its neighbours. */
export function resolveByNeighbours(attempts: readonly Attempt[], oldStarts: readonly (number | undefined)[]): Attempt[] {
  if (!attempts.some((a) => a.tied)) return [...attempts];
  const references = referenceShifts(attempts, oldStarts);
  return attempts.map((a, i) => {
    const oldStart = oldStarts[i];
    if (!a.tied || oldStart === undefined) return a;
    const shifts = neighbourShifts(references, oldStart);
    const agreeing = a.tied.filter((c: Candidate) => shifts.includes(c.start - oldStart));
    return agreeing.length === 1 ? anchored(agreeing[0]!, 'quote') : a;
  });
}
