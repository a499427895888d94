// How much review a sidecar may carry: beyond these, its review is not applied (and a diagnostic says so),
// so that a sidecar from a cloned repository can't make reading or applying it unbounded.

export const MAX_SIDECAR_BYTES = 5_000_000;
export const MAX_SIDECAR_ANNOTATIONS = 20_000;

/** Why a sidecar of this size is not applied, or undefined when it is within the caps. */
export function sidecarOverCap(bytes: number, annotations = 0): string | undefined {
  if (bytes > MAX_SIDECAR_BYTES)
    return `the sidecar is ${bytes} bytes, above the ${MAX_SIDECAR_BYTES}-byte cap: its review is not applied`;
  if (annotations > MAX_SIDECAR_ANNOTATIONS)
    return `the sidecar holds ${annotations} annotations, above the cap of ${MAX_SIDECAR_ANNOTATIONS}: its review is not applied`;
  return undefined;
}
