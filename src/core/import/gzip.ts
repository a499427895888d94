// Gzip for snapshots and gzipped inputs (fflate: no Node builtins, runs in a web worker).
import { gunzipSync, gzipSync } from 'fflate';
import { ImportError } from './errors';

/** Largest size a gzipped input may expand to (a gzip bomb is refused). */
export const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;

export function gzipBytes(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes, { level: 6, mtime: 0 });
}

/** Gunzips `bytes`; ImportError when they are not valid gzip or expand past MAX_GUNZIPPED_BYTES. */
export function gunzipBytes(bytes: Uint8Array): Uint8Array {
  const length =
    bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4).getUint32(0, true) : 0;
  if (length > MAX_GUNZIPPED_BYTES)
    throw new ImportError('invalid-input', 'not an article: the compressed file is too large');
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new ImportError(
      'invalid-input',
      `not an article: broken gzip data (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
