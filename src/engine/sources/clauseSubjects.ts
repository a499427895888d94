// The subject of a clause when no source stands next to the cue: the nearest finite verb's, or the sentence's first verb's.
import type { DocContext } from '../context';
import { isMainVerb, sourceBefore, verbCue } from './cues';
import type { SourcePhrase } from './sourcePhrases';

/** How far back (in tokens) a sentence subject is looked for. */
const SUBJECT_WINDOW = 60;

/** The subject of the nearest finite verb before token `limit`, for participles: "Trump inflamed tensions by saying, “…”"; a common noun phrase only when `nouns` ("protesters gathered outside, chanting “…”"). */
export function clauseSubjectBefore(ctx: DocContext, lo: number, limit: number, nouns = false): SourcePhrase | null {
  const tokens = ctx.tokens;
  for (let k = limit - 1; k >= lo && limit - k < SUBJECT_WINDOW; k--) {
    if (!isMainVerb(tokens, k)) continue;
    const found = sourceBefore(ctx, verbCue(tokens, k), lo);
    if (found && (nouns || found.source.kind !== 'noun')) return found.source;
  }
  return null;
}

/** The subject of the sentence's first verb, for coordinated cues: "Zelensky has vowed … and told …". */
export function sentenceSubject(ctx: DocContext, lo: number, limit: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  for (let k = lo; k < limit && k - lo < SUBJECT_WINDOW; k++) {
    if (!isMainVerb(tokens, k)) continue;
    const found = sourceBefore(ctx, verbCue(tokens, k), lo);
    return found && (found.source.kind !== 'noun' || found.source.anonymous || found.source.first === lo)
      ? found.source
      : null;
  }
  return null;
}
