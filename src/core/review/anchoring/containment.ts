// Text identity across annotations. 1. When one annotation lands inside the exact text of another, it
// must sit at the same place within that text as before the edits, since that text did not change.
// 2. When it lands between two annotations that kept their distance, nothing was inserted between them,
// so it must have come from between them. An annotation breaking either rule landed on a look-alike
// (a twin passage elsewhere in the article, e.g. an abstract repeating the body).
import type { Attempt, CleanSelectors } from './anchorSteps';
import { orphan } from './anchorSteps';

interface Placed {
  index: number;
  start: number;
  end: number;
  oldStart: number;
  exact: boolean;
  provisional: boolean;
  shift: number;
}

function placed(attempts: readonly Attempt[], selectors: readonly (CleanSelectors | undefined)[]): Placed[] {
  const out: Placed[] = [];
  attempts.forEach((a, index) => {
    const oldStart = selectors[index]?.position?.start;
    if (a.result.orphaned || oldStart === undefined) return;
    out.push({
      index,
      start: a.result.start,
      end: a.result.end,
      oldStart,
      exact: a.result.method !== 'fuzzy',
      provisional: !!a.provisional,
      shift: a.result.start - oldStart,
    });
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Rule 1: indices of annotations inside another's exact text at a place they did not hold there. */
function insideOthers(all: readonly Placed[], lookAlikes: Set<number>): void {
  all.forEach((outer, i) => {
    if (!outer.exact) return;
    for (let j = i + 1; j < all.length && all[j]!.start < outer.end; j++) {
      const inner = all[j]!;
      if (inner.end > outer.end || inner.start - outer.start === inner.oldStart - outer.oldStart) continue;
      // One of the two is a look-alike: the one found in changed surroundings. Two in unchanged
      // surroundings were described on different versions of the article (stale positions): both stay.
      if (inner.provisional) lookAlikes.add(inner.index);
      else if (outer.provisional) lookAlikes.add(outer.index);
    }
  });
}

/** Rule 2: indices of annotations between two exact ones that moved alike, which came from elsewhere. */
function betweenSteadyNeighbours(all: readonly Placed[], lookAlikes: Set<number>): void {
  const exact = all.filter((p) => p.exact);
  exact.forEach((a, i) => {
    let before = i - 1;
    while (before >= 0 && exact[before]!.shift === a.shift) before--;
    let after = i + 1;
    while (after < exact.length && exact[after]!.shift === a.shift) after++;
    const left = exact[before];
    const right = exact[after];
    if (!left || !right || left.shift !== right.shift) return;
    if (a.oldStart < left.oldStart || a.oldStart > right.oldStart) lookAlikes.add(a.index);
  });
}

/** Orphans the annotations that landed on look-alikes by the rules above. */
export function checkContainment(
  attempts: readonly Attempt[],
  selectors: readonly (CleanSelectors | undefined)[],
): Attempt[] {
  const all = placed(attempts, selectors);
  const lookAlikes = new Set<number>();
  insideOthers(all, lookAlikes);
  betweenSteadyNeighbours(all, lookAlikes);
  if (!lookAlikes.size) return [...attempts];
  return attempts.map((a, i) =>
    lookAlikes.has(i)
      ? orphan(
          'the annotated text was found where other annotations show that no text came from elsewhere: a look-alike',
        )
      : a,
  );
}
