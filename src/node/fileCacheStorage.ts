// The summary cache as one file on disk (Node): written to a temporary file beside it, then renamed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CacheStorage } from '../core/summary/summaryCache';

export function fileCacheStorage(file: string): CacheStorage {
  return {
    read: () => fs.promises.readFile(file, 'utf8'),
    async write(text) {
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(temp, text);
        await fs.promises.rename(temp, file);
      } catch (error) {
        await fs.promises.rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
    },
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
