// How often a collection being indexed is shown again: each partial refresh rebuilds the workspace model on
// the extension host's one thread (about 1 s of CPU at 20,000 articles), so refreshes are spaced to keep that
// thread free most of the time for hovers and typing.

/** Partial results reach the views at most this often. */
export const MIN_PARTIAL_REFRESH_MS = 1000;
/** The host spends at most 1 / this of its time rebuilding the model for partial results. */
const FREE_TIME_FACTOR = 10;
const MAX_PARTIAL_REFRESH_MS = 30_000;

/** The wait before the next partial refresh, given how long the last model build took. */
export function partialRefreshDelay(lastModelBuildMs: number): number {
  const paced = Number.isFinite(lastModelBuildMs) ? lastModelBuildMs * FREE_TIME_FACTOR : 0;
  return Math.min(MAX_PARTIAL_REFRESH_MS, Math.max(MIN_PARTIAL_REFRESH_MS, paced));
}
