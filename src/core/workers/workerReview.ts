// Reviews applied inside the analysis worker, with the analysis: what the store sends (the article's
// annotations and the collection's entity decisions) and how the worker applies them. Pure.
import type { Analysis } from '../../engine/types';
import { applyReviews, type ReviewedAnalysis } from '../review/apply';
import type { EntityRule, ReviewAnnotation } from '../review/model';

/** Plain data, structured-clone safe. */
export interface ReviewInput {
  annotations: ReviewAnnotation[];
  rules: [string, EntityRule][];
}

export function reviewInput(
  annotations: readonly ReviewAnnotation[],
  rules: ReadonlyMap<string, EntityRule>,
): ReviewInput {
  return { annotations: [...annotations], rules: [...rules] };
}

/** The machine analysis with the review applied; a review that fails to apply leaves the machine's, and says why. */
export function applyReviewInput(
  machine: Analysis,
  text: string,
  input: ReviewInput,
): { reviewed: ReviewedAnalysis; error?: string } {
  try {
    return { reviewed: applyReviews(machine, text, input.annotations, new Map(input.rules)) };
  } catch (error) {
    return { reviewed: applyReviews(machine, text, []), error: (error as Error)?.message ?? String(error) };
  }
}
