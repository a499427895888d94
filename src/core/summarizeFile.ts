// Reads, decodes and analyses one seed file into a summary. Used by the worker and as the in-process
// fallback; never throws and never writes.
import * as fs from 'node:fs';
import { analyze } from '../engine';
import { decodeSeedBytes, formatBytes } from '../engine/decode';
import { applyReviews } from './review/apply';
import type { ReviewAnnotation } from './review/model';
import { failedSummary, summarize } from './summary';
import type { SummarizeResult } from './workerProtocol';

/** inode and change time: with mtime and size, a cache key that survives one-second timestamps. */
export function fileIdentity(stat: { ino: number; ctimeMs: number }): string {
  return `${stat.ino}:${stat.ctimeMs}`;
}

/** `reviews`: the article's review annotations, merged over the machine's (entity decisions apply later, workspace-wide). */
export function summarizeFile(filePath: string, maxBytes: number, reviews?: readonly ReviewAnnotation[]): SummarizeResult {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) return { path: filePath, summary: failedSummary(filePath, 'not a file') };
    if (stat.size > maxBytes) {
      const reason = `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit`;
      return { path: filePath, mtimeMs: stat.mtimeMs, size: stat.size, summary: failedSummary(filePath, reason) };
    }
    const decoded = decodeSeedBytes(fs.readFileSync(filePath), maxBytes);
    let summary;
    if (decoded.ok) {
      const machine = analyze(decoded.text, { expectHeader: true, tagging: 'fast' });
      summary = summarize(filePath, decoded.text, reviews ? applyReviews(machine, decoded.text, reviews) : machine);
    } else {
      summary = failedSummary(filePath, decoded.reason);
    }
    return { path: filePath, mtimeMs: stat.mtimeMs, size: stat.size, identity: fileIdentity(stat), summary };
  } catch (error) {
    return { path: filePath, summary: failedSummary(filePath, (error as Error)?.message ?? String(error)) };
  }
}
