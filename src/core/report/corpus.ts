// The report's view of the collection: each article's folder and date, computed once per workspace model,
// and the article filter (date range, folder) every section applies.
import type { FileSummary } from '../summary/summary';
import type { WorkspaceModel } from '../model/workspaceModel';
import { genderByPerson } from './gender';
import type { Gender, Ref, ReportFilters } from './protocol';
import type { RangeTuple } from '../summary/lineIndex';

export interface ReportInput {
  summaries: readonly FileSummary[];
  model: WorkspaceModel;
  /** Workspace-relative path of a file id, '/'-separated. */
  relative: (path: string) => string;
  /** The outlet an imported article came from (its provenance), when known. */
  outletOf?: (path: string) => string | undefined;
}

export interface ArticleInfo {
  path: string;
  file: string;
  folder: string;
  /** The row the article counts under: its outlet when imported, else `groupOf(folder)` (computed once). */
  group: string;
  /** The outlet of an imported article: the report groups by it instead of the folder. */
  outlet?: string;
  date?: string;
  /** Quotes in the article, attributed or not. */
  quotes: number;
}

export interface Corpus {
  model: WorkspaceModel;
  articles: Map<string, ArticleInfo>;
  /** Every folder holding an article, and its ancestors, sorted. */
  folders: string[];
  /** The folder level that tells articles apart (the first level below the folders all share). */
  groupOf: (folder: string) => string;
  genders: Map<string, Exclude<Gender, 'unknown'>>;
}

export const ROOT_FOLDER = '(workspace root)';

export function folderOf(relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  parts.pop();
  return parts.join('/');
}

/** Folders that all articles share ("seeds/" in seeds/bbc, seeds/cnn) say nothing: group one level below. */
function folderGrouping(folders: readonly string[]): (folder: string) => string {
  const split = folders.map((f) => (f ? f.split('/') : []));
  let common = 0;
  if (split.length) {
    const first = split[0]!;
    while (common < first.length && split.every((s) => s.length > common && s[common] === first[common])) common++;
  }
  return (folder) => {
    const parts = folder ? folder.split('/') : [];
    return parts.slice(0, Math.min(parts.length, common + 1)).join('/');
  };
}

/** What the report keeps of one article (its group is set by `withFolders`). */
export function articleInfo(
  s: FileSummary,
  relative: (path: string) => string,
  outletOf?: (path: string) => string | undefined,
): ArticleInfo {
  const file = relative(s.path).replace(/\\/g, '/');
  const outlet = outletOf?.(s.path);
  return {
    path: s.path,
    file,
    folder: folderOf(file),
    group: '',
    ...(outlet ? { outlet } : {}),
    ...(s.date ? { date: s.date } : {}),
    quotes: s.quotes.length,
  };
}

/** Every folder holding an article and its ancestors, sorted, and the grouping of the direct folders. */
export function folderLayout(direct: Iterable<string>): {
  folders: string[];
  groups: Map<string, string>;
  groupOf: (folder: string) => string;
} {
  const list = [...direct];
  const folders = new Set<string>();
  for (const folder of list) {
    const parts = folder.split('/');
    for (let i = 1; i <= parts.length; i++) if (parts[0]) folders.add(parts.slice(0, i).join('/'));
  }
  const groupOf = folderGrouping(list);
  return { folders: [...folders].sort(), groups: new Map(list.map((f) => [f, groupOf(f)])), groupOf };
}

export function buildCorpus({ summaries, model, relative, outletOf }: ReportInput): Corpus {
  const articles = new Map<string, ArticleInfo>();
  for (const s of summaries) if (!s.error) articles.set(s.path, articleInfo(s, relative, outletOf));
  const layout = folderLayout(new Set([...articles.values()].map((a) => a.folder)));
  for (const a of articles.values()) a.group = a.outlet ?? layout.groups.get(a.folder)!;
  return {
    model,
    articles,
    folders: layout.folders,
    groupOf: layout.groupOf,
    genders: genderByPerson(summaries, model.resolve),
  };
}

/** Whether an article passes the date range and folder filters (undated articles pass only without a date range). */
export function articleFilter(
  corpus: Corpus,
  filters: Pick<ReportFilters, 'from' | 'to' | 'folder'>,
): (path: string) => boolean {
  const { from, to } = filters;
  const folder = filters.folder?.replace(/\/+$/, '');
  if (!from && !to && !folder) return (path) => corpus.articles.has(path);
  const cache = new Map<string, boolean>();
  return (path) => {
    let pass = cache.get(path);
    if (pass === undefined) {
      const a = corpus.articles.get(path);
      pass =
        !!a &&
        (!folder || a.folder === folder || a.folder.startsWith(`${folder}/`)) &&
        (!from || (!!a.date && a.date >= from)) &&
        (!to || (!!a.date && a.date <= to));
      cache.set(path, pass);
    }
    return pass;
  };
}

export function refTo(corpus: Corpus, path: string, range: RangeTuple): Ref {
  return { path, file: corpus.articles.get(path)?.file ?? path, range };
}

export function dateOf(corpus: Corpus, path: string): string | undefined {
  return corpus.articles.get(path)?.date;
}
