// The import's file system on Node: the collection's files (atomic writes, never over an existing file unless
// asked), reading a source file with a size cap, and listing a folder's importable files.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CollectionFiles, FetchedBytes } from '../core/import/pipeline/types';

/** Extensions a folder is searched for. */
export const IMPORTABLE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.pdf', '.xml', '.rss', '.atom', '.txt'];
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const MAX_SEED_BYTES = 5 * 1024 * 1024;

export class NodeCollectionFiles implements CollectionFiles {
  constructor(readonly root: string) {}

  private abs(relative: string): string {
    const full = path.resolve(this.root, ...relative.split('/'));
    if (full !== this.root && !full.startsWith(this.root + path.sep))
      throw new Error(`${relative} is outside the collection`);
    return full;
  }

  async readText(relative: string): Promise<string | undefined> {
    try {
      return await fs.promises.readFile(this.abs(relative), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async exists(relative: string): Promise<boolean> {
    return fs.promises.lstat(this.abs(relative)).then(
      () => true,
      () => false,
    );
  }

  async namesIn(folder: string): Promise<string[]> {
    return fs.promises.readdir(this.abs(folder)).catch(() => []);
  }

  async write(relative: string, data: Uint8Array | string, options: { overwrite?: boolean } = {}): Promise<void> {
    const target = this.abs(relative);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
    await fs.promises.writeFile(temp, data, { flag: 'wx' });
    try {
      if (options.overwrite) {
        if ((await fs.promises.lstat(target).catch(() => undefined))?.isSymbolicLink())
          throw new Error(`${relative} is a symbolic link; it was left as it is`);
        await fs.promises.rename(temp, target);
      } else {
        // link() fails when the target exists: no other writer's file is ever replaced.
        await fs.promises.link(temp, target);
        await fs.promises.unlink(temp);
      }
    } catch (error) {
      await fs.promises.unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  async remove(relative: string): Promise<void> {
    await fs.promises.rm(this.abs(relative), { force: true });
  }

  /** Seed files to compare against (each at most 5 MB: larger ones are no articles). */
  async listSeedFiles(): Promise<string[]> {
    const found = await walk(this.root, '', (name) => name.endsWith('.txt'), false);
    const small = await Promise.all(
      found.map(
        async (f) => ((await fs.promises.stat(this.abs(f)).catch(() => undefined))?.size ?? Infinity) <= MAX_SEED_BYTES,
      ),
    );
    return found.filter((_f, i) => small[i]);
  }

  async listSidecars(): Promise<string[]> {
    const folder = path.join(this.root, '.seed-annotations');
    if (!fs.existsSync(folder)) return [];
    const found = await walk(folder, '.seed-annotations', (name) => name.endsWith('.json'), true);
    return found.filter((f) => !f.startsWith('.seed-annotations/snapshots/'));
  }
}

/** Files under `dir` whose name passes `keep`, '/'-joined from `prefix`; dot-folders skipped unless `inDotFolder`. */
async function walk(
  dir: string,
  prefix: string,
  keep: (name: string) => boolean,
  inDotFolder: boolean,
): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if ((!inDotFolder && entry.name.startsWith('.')) || entry.name === 'node_modules') continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(path.join(dir, entry.name), relative, keep, inDotFolder)));
    else if (entry.isFile() && keep(entry.name)) out.push(relative);
  }
  return out;
}

/** A source file's bytes; refuses folders, special files and files above the cap. */
export async function readSourceFile(file: string): Promise<FetchedBytes> {
  const stat = await fs.promises.stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file' : error.message);
  });
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > MAX_SOURCE_BYTES) throw new Error(`too large: more than ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await fs.promises.readFile(file));
  return { bytes, fileName: path.basename(file), contentType: contentTypeOfName(file) };
}

function contentTypeOfName(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return 'application/pdf';
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return 'application/xml';
  if (ext === '.txt') return 'text/plain';
  return undefined;
}

/** A folder's importable files (sorted, dot-files skipped), for `import DIR`. */
export async function importableFilesIn(folder: string): Promise<string[]> {
  const found = await walk(
    folder,
    '',
    (name) => IMPORTABLE_EXTENSIONS.includes(path.extname(name).toLowerCase()),
    false,
  );
  return found.map((f) => path.join(folder, ...f.split('/')));
}
