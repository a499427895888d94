// Which files are seed files: include/exclude globs over workspace-relative paths, and a sniff of the
// first line for the `date YYYY-MM-DD` header. Pure: no file system, no vscode (see fileHead.ts).

/** Extensions searched for a header anywhere in the workspace (lower case, without the dot). */
export const SEED_EXTENSIONS: readonly string[] = ['txt', 'md'];

/** Folders never searched: dependencies, version control, the review layer's sidecars. */
export const ALWAYS_EXCLUDED: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/.seed-annotations/**'];

/** The glob of files searched for a header. */
export const CANDIDATE_GLOB = `**/*.{${SEED_EXTENSIONS.join(',')}}`;

/** Bytes read from the start of a file to look for the header (the header is the first line's start). */
export const SNIFF_BYTES = 512;

/** `date 2016-06-09`, also loosely written (`Date: 2016/6/9`): the engine reports a malformed header. */
const HEADER_START = /^\uFEFF?[ \t]*date:?[ \t]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/i;

/** `seedAnnotator.include` when no setting says otherwise. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/seeds/**/*.txt'];

export interface SeedFileRules {
  /** Files (or folders) that are seed files with or without the header. */
  include: readonly string[];
  /** Files (or folders) never indexed; wins over include. */
  exclude: readonly string[];
}

/** How a workspace-relative path is treated: always a seed file, a seed file if its header says so, or never. */
export type Candidacy = 'included' | 'sniff' | 'excluded';

const globCache = new Map<string, RegExp>();

/**
 * A glob as VS Code writes them (`**`, `*`, `?`, `{a,b}`, `[abc]`, `[!abc]`) as a regular expression over a
 * `/`-separated relative path. Malformed brackets and braces are taken literally.
 */
export function globToRegExp(glob: string): RegExp {
  let cached = globCache.get(glob);
  if (!cached) {
    cached = new RegExp(`^${globSource(glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, ''))}$`);
    globCache.set(glob, cached);
  }
  return cached;
}

function globSource(glob: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
      i++;
      if (atSegmentStart && atSegmentEnd) {
        if (glob[i + 1] === '/') {
          out += '(?:[^/]*/)*';
          i++;
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      const body = glob
        .slice(i + 1, end)
        .replace(/^[!^]/, '^')
        .replace(/[\\\]]/g, '\\$&');
      out += `[${body}]`;
      i = end;
    } else if (c === '{' && closingBrace(glob, i) > 0) {
      depth++;
      out += '(?:';
    } else if (c === ',' && depth > 0) {
      out += '|';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else {
      out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
  }
  return out;
}

function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Every folder a relative path lies in, innermost last: `a/b/c.txt` → `a`, `a/b`. */
function parentFolders(relativePath: string): string[] {
  const parts = relativePath.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** True when the glob matches the path itself, or one of its folders (`archive` matches `archive/x.txt`). */
export function globMatches(glob: string, relativePath: string): { file: boolean; folder: boolean } {
  const pattern = globToRegExp(glob);
  if (pattern.test(relativePath)) return { file: true, folder: false };
  return { file: false, folder: parentFolders(relativePath).some((f) => pattern.test(f)) };
}

export function hasSeedExtension(relativePath: string): boolean {
  const dot = relativePath.lastIndexOf('.');
  return dot > relativePath.lastIndexOf('/') && SEED_EXTENSIONS.includes(relativePath.slice(dot + 1).toLowerCase());
}

/**
 * How a workspace-relative path (`/`-separated) is treated. An include glob that matches the file takes it
 * whatever its extension; one that matches a folder takes the `.txt`/`.md` files inside. `folderName` is
 * the workspace folder's own name.
 */
export function candidacy(relativePath: string, rules: SeedFileRules, folderName?: string): Candidacy {
  const path = relativePath.replace(/\\/g, '/');
  const excludes = [...ALWAYS_EXCLUDED, ...rules.exclude];
  if (
    excludes.some((g) => {
      const m = globMatches(g, path);
      return m.file || m.folder;
    })
  )
    return 'excluded';
  // A workspace folder is itself named by globs such as `**/seeds/**`, so they also see its name.
  const paths = folderName ? [path, `${folderName}/${path}`] : [path];
  for (const glob of rules.include) {
    const matches = paths.map((p) => globMatches(glob, p));
    if (matches.some((m) => m.file || (m.folder && hasSeedExtension(path)))) return 'included';
  }
  return hasSeedExtension(path) ? 'sniff' : 'excluded';
}

/** True when the text (or the first bytes of a file) starts with a seed header on its first line. */
export function startsWithSeedHeader(head: string | Uint8Array): boolean {
  if (typeof head !== 'string') {
    if (head.includes(0) || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
      return false;
    head = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, SNIFF_BYTES));
  }
  return HEADER_START.test(head.slice(0, SNIFF_BYTES));
}

/** Whether a file with this relative path and start is a seed file. */
export function isSeedFile(relativePath: string, head: string | Uint8Array, rules: SeedFileRules): boolean {
  const c = candidacy(relativePath, rules);
  return c === 'included' || (c === 'sniff' && startsWithSeedHeader(head));
}

/**
 * The seed files among candidates (`relativePath` for the rules, `path` to read): included ones at once, the
 * others after a sniff of their first bytes, `concurrency` reads at a time. Unreadable files are left out.
 */
export async function selectSeedFiles<T extends { relativePath: string; folderName?: string }>(
  candidates: readonly T[],
  rules: SeedFileRules,
  readHead: (candidate: T) => Promise<Uint8Array>,
  concurrency = 32,
): Promise<T[]> {
  const verdicts = new Array<boolean>(candidates.length).fill(false);
  const toSniff: number[] = [];
  candidates.forEach((c, i) => {
    const kind = candidacy(c.relativePath, rules, c.folderName);
    if (kind === 'included') verdicts[i] = true;
    else if (kind === 'sniff') toSniff.push(i);
  });
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < toSniff.length) {
      const i = toSniff[next++]!;
      verdicts[i] = await readHead(candidates[i]!).then(startsWithSeedHeader, () => false);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return candidates.filter((_, i) => verdicts[i]);
}

/** A glob list as the settings give it: non-empty strings, trimmed; `fallback` when it is not a list. */
export function readGlobs(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  return value.filter((g): g is string => typeof g === 'string' && g.trim().length > 0).map((g) => g.trim());
}

/** JSON with comments and trailing commas (how VS Code writes settings.json) as plain JSON; strings kept intact. */
export function stripJsonComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/**
 * The include/exclude rules of a folder from the text of its `.vscode/settings.json` (absent: the defaults).
 * A file that cannot be parsed gives the defaults and a reason.
 */
export function seedRulesFromSettings(text: string | undefined): { rules: SeedFileRules; problem?: string } {
  const defaults = { include: [...DEFAULT_INCLUDE], exclude: [] };
  if (text === undefined) return { rules: defaults };
  let settings: unknown;
  try {
    settings = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return { rules: defaults, problem: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    return { rules: defaults, problem: 'not a JSON object' };
  const s = settings as Record<string, unknown>;
  return {
    rules: {
      include: readGlobs(s['seedAnnotator.include'], DEFAULT_INCLUDE),
      exclude: readGlobs(s['seedAnnotator.exclude'], []),
    },
  };
}
