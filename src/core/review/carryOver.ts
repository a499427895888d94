// A reader's speaker correction carries over to the quotes the engine attributed through the same words:
// the quotes that continue the corrected one (they inherit its speaker mention) and the other half of a
// quote split around its cue ("“…,” he said, “…”"). The reader's own decisions on those quotes win.
import type { Attribution, Quote, Span } from '../../engine/types';

/** A correction a reader made: the corrected quote's machine speaker and the reader's speaker. */
export interface SpeakerCorrection {
  machine: Attribution;
  reader: Attribution;
}

const sameSpan = (a: Span | undefined, b: Span | undefined): boolean =>
  !!a && !!b && a.start === b.start && a.end === b.end;

/** The reader's speaker on a quote the machine attributed as it did the corrected one. */
function carried(quote: Quote, correction: SpeakerCorrection): Quote {
  const machine = quote.speaker!;
  const { reader } = correction;
  // what spoke for the machine's speaker (candidates, a description, its entity) no longer applies
  const { candidates: _c, ambiguity: _a, description: _d, entityId: _e, entityType: _t, ...kept } = machine;
  return {
    ...quote,
    speaker: {
      ...kept,
      name: reader.name,
      ...(reader.entityId ? { entityId: reader.entityId } : {}),
      ...(reader.entityType ? { entityType: reader.entityType } : {}),
      evidence: [
        `follows a reader's correction: ${reader.name} (the engine said ${machine.name || 'no name'})`,
        ...machine.evidence,
      ],
    },
  };
}

/**
 * Applies each correction to the undecided machine quotes whose machine speaker rests on the same mention
 * (the same words) as the corrected quote's. `quotes` holds the decisions so far, by machine index.
 */
export function carryOverCorrections(
  machineQuotes: readonly Quote[],
  quotes: (Quote | undefined)[],
  decided: ReadonlySet<number>,
  corrections: readonly SpeakerCorrection[],
): void {
  if (!corrections.length) return;
  machineQuotes.forEach((quote, i) => {
    if (decided.has(i) || !quote.speaker?.mention || !quotes[i]) return;
    let correction: SpeakerCorrection | undefined;
    for (const c of corrections) if (sameSpan(c.machine.mention, quote.speaker.mention)) correction = c; // the last wins
    if (correction && correction.machine.name === quote.speaker.name) quotes[i] = carried(quote, correction);
  });
}
