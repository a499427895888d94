// The one way an article's summary is made, open or closed: the engine's analysis with the article's own
// review annotations applied (entity decisions apply later, across the collection). Pure.
import type { Analysis } from '../../engine/types';
import { applyReviews } from '../review/apply';
import type { ReviewAnnotation } from '../review/model';
import { summarize, type FileSummary } from './summary';

export function reviewedSummary(
  path: string,
  text: string,
  machine: Analysis,
  annotations: readonly ReviewAnnotation[] | undefined,
): FileSummary {
  return summarize(path, text, annotations?.length ? applyReviews(machine, text, annotations) : machine);
}
