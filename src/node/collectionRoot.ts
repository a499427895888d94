// Where an import's sidecars go: the collection root chosen from the output folder and the current directory.
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * In order: the nearest folder from `outDir` upward (itself included) holding `.seed-annotations` or `.git`;
 * else `cwd` when `outDir` is inside it; else `outDir` itself. Paths are absolute.
 */
export function collectionRootFor(outDir: string, cwd: string, exists = fs.existsSync): string {
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    if (exists(path.join(dir, '.seed-annotations')) || exists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return isInside(outDir, cwd) ? cwd : outDir;
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Why the output folder cannot be used (a symbolic link, a file), or undefined. */
export function outputFolderProblem(outDir: string): string | undefined {
  const stat = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) return `${outDir} is a symbolic link; give the real folder with --out`;
  if (!stat.isDirectory()) return `${outDir} is not a folder`;
  return undefined;
}
