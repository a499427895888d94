// The first bytes of a file on disk, for the seed-header sniff (Node only).
import * as fs from 'node:fs';
import { SNIFF_BYTES } from '../core/seedFiles';

/** The first `bytes` bytes of a file (fewer for a short file). Rejects when it cannot be read. */
export async function readFileHead(filePath: string, bytes = SNIFF_BYTES): Promise<Uint8Array> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
