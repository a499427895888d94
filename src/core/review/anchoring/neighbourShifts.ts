// Evidence from the other annotations of the same article: text that moved carries its annotations
// along, so an annotation's new place should have moved exactly like the nearest annotation before or
// after it. This tells equal copies apart (a duplicated paragraph: the copy that moved like its
// neighbours is the original, as a diff would say), confirms short quotes in changed surroundings, and
// vetoes a match in changed surroundings that moved unlike both neighbours (a look-alike elsewhere).
import type { Candidate } from './anchorRules';
import { anchored, type Attempt, type CleanSelectors, orphan } from './anchorSteps';

interface Shift {
  oldStart: number;
  shift: number;
  index: number;
}

/** Old start → shift of every anchored annotation, sorted by old start. */
function anchoredShifts(attempts: readonly Attempt[], oldStarts: readonly (number | undefined)[]): Shift[] {
  const shifts: Shift[] = [];
  attempts.forEach((a, index) => {
    const oldStart = oldStarts[index];
    if (oldStart === undefined || a.result.orphaned) return;
    shifts.push({ oldStart, shift: a.result.start - oldStart, index });
  });
  return shifts.sort((a, b) => a.oldStart - b.oldStart || a.index - b.index);
}

/** The shifts of the nearest other anchored annotation at or before `oldStart` and the nearest after it. */
function neighbourShifts(shifts: readonly Shift[], oldStart: number, self: number): (number | undefined)[] {
  let low = 0;
  let high = shifts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (shifts[mid]!.oldStart <= oldStart) low = mid + 1;
    else high = mid;
  }
  let before = low - 1;
  while (before >= 0 && shifts[before]!.index === self) before--;
  let after = low;
  while (after < shifts.length && shifts[after]!.index === self) after++;
  return [shifts[before]?.shift, shifts[after]?.shift];
}

/**
 * Re-decides with the neighbours' evidence: among tied candidates, or for a single unconfirmed one, the
 * candidate that moved like a neighbour is taken; a provisional match that moved unlike both of its
 * neighbours is orphaned. Without any anchored neighbour, every attempt stays as it is.
 */
export function resolveByNeighbours(
  attempts: readonly Attempt[],
  selectors: readonly (CleanSelectors | undefined)[],
): Attempt[] {
  const oldStarts = selectors.map((sel) => sel?.position?.start);
  const shifts = anchoredShifts(attempts, oldStarts);
  return attempts.map((a, i) => {
    const oldStart = oldStarts[i];
    if (oldStart === undefined) return a;
    const [before, after] = neighbourShifts(shifts, oldStart, i);
    if (before === undefined && after === undefined) return a;
    const movedAlike = (c: Candidate) => c.start - oldStart === before || c.start - oldStart === after;
    if (a.provisional) {
      return movedAlike(a.provisional)
        ? a
        : orphan('the annotated text is only found where the annotations around it did not move: a look-alike');
    }
    const agreeing = (a.tied ?? (a.unconfirmed ? [a.unconfirmed] : [])).filter(movedAlike);
    return agreeing.length === 1 ? anchored(agreeing[0]!, selectors[i]!) : a;
  });
}
