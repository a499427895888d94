// The seed files under a folder on disk, found exactly as the extension finds them in a workspace folder: the
// rules of src/core/seedFiles (`.txt`/`.md` with the header anywhere, the include globs — by default
// `**/seeds/**/*.txt` — minus the exclude globs), read from the folder's `.vscode/settings.json` when present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { candidacy, seedRulesFromSettings, selectSeedFiles, type SeedFileRules } from '../core/seedFiles';
import { readFileHead } from './fileHead';

/** Folders never walked (ALWAYS_EXCLUDED in src/core/seedFiles, as folder names). */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.seed-annotations']);
/** At most this many files are considered: a walk of a whole disk stops instead of running for hours. */
export const MAX_DISCOVERED_FILES = 1_000_000;

export interface Discovery {
  /** Absolute paths of the seed files, sorted. */
  files: string[];
  rules: SeedFileRules;
  /** What could not be read or understood (a broken settings file, an unreadable folder), for the user. */
  problems: string[];
  /** Candidate files that are links to nothing (a file renamed or deleted behind a link): errors, not skips. */
  broken: string[];
}

/** The folder's `.vscode/settings.json` rules, or the defaults. */
export function folderSeedRules(root: string): { rules: SeedFileRules; problem?: string } {
  const file = path.join(root, '.vscode', 'settings.json');
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return { ...seedRulesFromSettings(undefined), problem: `${file}: unreadable` };
  }
  const found = seedRulesFromSettings(text);
  return found.problem ? { rules: found.rules, problem: `${file}: ${found.problem}; using the default rules` } : found;
}

interface Candidate {
  path: string;
  relativePath: string;
  folderName: string;
}

/** Every file under root with its `/`-separated relative path; folders reached twice (links) are walked once. */
function walk(root: string, problems: string[], broken: string[]): Candidate[] {
  const out: Candidate[] = [];
  const folderName = path.basename(path.resolve(root));
  const seen = new Set<string>();
  const stack: string[] = [''];
  while (stack.length && out.length < MAX_DISCOVERED_FILES) {
    const relative = stack.pop()!;
    const dir = path.join(root, relative);
    let names: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(`${dir}: ${(error as Error).message}`);
      continue;
    }
    for (const entry of names.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path.join(root, rel)));
      if (entry.isSymbolicLink() && !fs.existsSync(path.join(root, rel))) {
        if (/\.(txt|md)$/i.test(entry.name)) broken.push(path.join(root, rel));
        continue;
      }
      if (isDir) {
        if (!SKIPPED_FOLDERS.has(entry.name)) stack.push(rel);
      } else out.push({ path: path.join(root, rel), relativePath: rel, folderName });
    }
  }
  return out;
}

function isFolder(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The seed files under `root`, by the extension's rules (the folder's own settings when it has them). */
export async function discoverSeedFiles(root: string, rules?: SeedFileRules): Promise<Discovery> {
  const problems: string[] = [];
  const broken: string[] = [];
  let applied = rules;
  if (!applied) {
    const found = folderSeedRules(root);
    applied = found.rules;
    if (found.problem) problems.push(found.problem);
  }
  const candidates = walk(root, problems, broken).filter(
    (c) => candidacy(c.relativePath, applied, c.folderName) !== 'excluded',
  );
  const selected = await selectSeedFiles(candidates, applied, (c) => readFileHead(c.path));
  return { files: selected.map((c) => c.path).sort(), rules: applied, problems, broken: broken.sort() };
}
