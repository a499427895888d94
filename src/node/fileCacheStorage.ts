// The summary cache as one file on disk (Node): read line by line, written line by line to a temporary file
// beside it, then renamed over it (atomic: a reader sees the old file or the new one, never half of one).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CacheStorage } from '../core/summary/summaryCache';

/** Lines are gathered into chunks of about this many characters per write. */
const WRITE_CHUNK_CHARS = 1 << 20;
/** The file is read in chunks of this many bytes. */
const READ_CHUNK_BYTES = 1 << 20;

/** The file's lines (without their line breaks), read a chunk at a time: faster than node:readline. */
async function* fileLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield rest;
}

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
    readLines: () => fileLines(file),
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
