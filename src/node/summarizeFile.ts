// Reads one seed file from disk and summarises it. Used by the Node worker and the CLI; never throws
// and never writes.
import * as fs from 'node:fs';
import { formatBytes } from '../engine/text/decode';
import type { ReviewAnnotation } from '../core/review/model';
import { failedSummary } from '../core/summary/summary';
import { summarizeBytes } from '../core/summary/summarizeBytes';
import type { SummarizeResult } from '../core/workers/workerProtocol';

/** inode and change time: with mtime and size, a cache key that survives one-second timestamps. */
export function fileIdentity(stat: { ino: number; ctimeMs: number }): string {
  return `${stat.ino}:${stat.ctimeMs}`;
}

export function summarizeFile(
  filePath: string,
  maxBytes: number,
  reviews?: readonly ReviewAnnotation[],
): SummarizeResult {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) return { path: filePath, summary: failedSummary(filePath, 'not a file') };
    if (stat.size > maxBytes) {
      const reason = `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit`;
      return { path: filePath, mtimeMs: stat.mtimeMs, size: stat.size, summary: failedSummary(filePath, reason) };
    }
    const summary = summarizeBytes(filePath, fs.readFileSync(filePath), maxBytes, reviews);
    return { path: filePath, mtimeMs: stat.mtimeMs, size: stat.size, identity: fileIdentity(stat), summary };
  } catch (error) {
    return { path: filePath, summary: failedSummary(filePath, (error as Error)?.message ?? String(error)) };
  }
}
