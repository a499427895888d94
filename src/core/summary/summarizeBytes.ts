// Decodes and analyses one seed file's bytes into a summary: no file system, so Web Workers use it too.
import { analyze } from '../../engine';
import { decodeSeedBytes } from '../../engine/text/decode';
import { applyReviews } from '../review/apply';
import type { ReviewAnnotation } from '../review/model';
import { failedSummary, summarize, type FileSummary } from './summary';

/** Never throws. `reviews`: the article's annotations (entity decisions apply later, workspace-wide). */
export function summarizeBytes(
  id: string,
  bytes: Uint8Array,
  maxBytes: number,
  reviews?: readonly ReviewAnnotation[],
): FileSummary {
  try {
    const decoded = decodeSeedBytes(bytes, maxBytes);
    if (!decoded.ok) return failedSummary(id, decoded.reason);
    const machine = analyze(decoded.text, { expectHeader: true });
    return summarize(id, decoded.text, reviews?.length ? applyReviews(machine, decoded.text, reviews) : machine);
  } catch (error) {
    return failedSummary(id, (error as Error)?.message ?? String(error));
  }
}
