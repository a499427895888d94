// What a sidecar may cost, whoever wrote it (a cloned repository can hold any file): its size, its number
// of annotations, and how deeply another tool's values may nest. Beyond a cap the review is not applied,
// with a reason the caller shows (a diagnostic, a stderr line); deeper values are dropped with a warning.

/** A sidecar larger than this is not read (bytes on disk; characters for a string already read). */
export const MAX_SIDECAR_BYTES = 5 * 1024 * 1024;
/** A sidecar with more annotations than this is not applied. */
export const MAX_SIDECAR_ANNOTATIONS = 20_000;
/** Other tools' values (creator, extra properties, foreign bodies) are kept to this depth. */
export const MAX_FOREIGN_DEPTH = 32;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a sidecar of this size is not applied, or undefined when it is within the cap. */
export function sidecarSizeProblem(bytes: number): string | undefined {
  return bytes > MAX_SIDECAR_BYTES
    ? `not applied: the sidecar is ${megabytes(bytes)}, over the ${megabytes(MAX_SIDECAR_BYTES)} limit`
    : undefined;
}

/** Why a sidecar with this many annotations is not applied, or undefined when it is within the cap. */
export function sidecarCountProblem(count: number): string | undefined {
  return count > MAX_SIDECAR_ANNOTATIONS
    ? `not applied: the sidecar holds ${count} annotations, over the limit of ${MAX_SIDECAR_ANNOTATIONS}`
    : undefined;
}

/**
 * A JSON value with everything nested deeper than `depth` levels dropped (objects and arrays at the limit
 * become empty), and whether anything was. Recursion stops at the limit, so any input depth is safe.
 */
export function limitDepth(value: unknown, depth = MAX_FOREIGN_DEPTH): { value: unknown; dropped: boolean } {
  if (typeof value !== 'object' || value === null) return { value, dropped: false };
  if (depth <= 0) return { value: Array.isArray(value) ? [] : {}, dropped: true };
  let dropped = false;
  const keep = (v: unknown) => {
    const inner = limitDepth(v, depth - 1);
    dropped ||= inner.dropped;
    return inner.value;
  };
  if (Array.isArray(value)) return { value: value.map(keep), dropped };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = keep(v);
  return { value: out, dropped };
}
