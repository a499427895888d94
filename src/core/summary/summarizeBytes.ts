// Decodes and analyses one seed file's bytes into a summary: no file system, so Web Workers use it too.
import { analyze } from '../../engine';
import { decodeSeedBytes } from '../../engine/text/decode';
import type { ReviewAnnotation } from '../review/model';
import { reviewedSummary } from './reviewedSummary';
import { failedSummary, type FileSummary } from './summary';

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
    // Read once for the index: the paragraph parse cache (for typing) would only hold memory in the workers.
    const machine = analyze(decoded.text, { expectHeader: true, parseCache: false });
    return reviewedSummary(id, decoded.text, machine, reviews);
  } catch (error) {
    return failedSummary(id, (error as Error)?.message ?? String(error));
  }
}
