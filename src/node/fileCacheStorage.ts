// The summary cache as one file on disk (Node): read line by line, written line by line to a temporary file
// beside it, then renamed over it (atomic: a reader sees the old file or the new one, never half of one).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { CacheStorage } from '../core/summary/summaryCache';

/** Lines are gathered into chunks of about this many characters per write. */
const WRITE_CHUNK_CHARS = 1 << 20;

async function writeAtomically(file: string, fill: (handle: fs.promises.FileHandle) => Promise<void>): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const handle = await fs.promises.open(temp, 'w');
    try {
      await fill(handle);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, file);
  } catch (error) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

export function fileCacheStorage(file: string): CacheStorage {
  return {
    read: () => fs.promises.readFile(file, 'utf8'),
    write: (text) => writeAtomically(file, (handle) => handle.writeFile(text)),
    readLines() {
      const input = fs.createReadStream(file, { encoding: 'utf8' });
      return readline.createInterface({ input, crlfDelay: Infinity });
    },
    writeLines: (lines) =>
      writeAtomically(file, async (handle) => {
        let chunk = '';
        for (const line of lines) {
          chunk += `${line}\n`;
          if (chunk.length >= WRITE_CHUNK_CHARS) {
            await handle.write(chunk);
            chunk = '';
          }
        }
        if (chunk) await handle.write(chunk);
      }),
    async removeLeftovers() {
      const dir = path.dirname(file);
      const base = path.basename(file);
      const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
      await Promise.all(
        names
          .filter((n) => n.startsWith(`${base}.`) && n.endsWith('.tmp'))
          .map((n) => fs.promises.rm(path.join(dir, n), { force: true }).catch(() => undefined)),
      );
    },
  };
}
