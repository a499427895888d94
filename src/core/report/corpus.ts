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
}

export interface ArticleInfo {
  path: string;
  file: string;
  folder: string;
  /** The folder row the article counts under (`groupOf(folder)`, computed once). */
  group: string;
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

export function buildCorpus({ summaries, model, relative }: ReportInput): Corpus {
  const articles = new Map<string, ArticleInfo>();
  const folders = new Set<string>();
  for (const s of summaries) {
    if (s.error) continue;
    const file = relative(s.path).replace(/\\/g, '/');
    const folder = folderOf(file);
    const info = {
      path: s.path,
      file,
      folder,
      group: '',
      ...(s.date ? { date: s.date } : {}),
      quotes: s.quotes.length,
    };
    articles.set(s.path, info);
    const parts = folder.split('/');
    for (let i = 1; i <= parts.length; i++) if (parts[0]) folders.add(parts.slice(0, i).join('/'));
  }
  const direct = [...new Set([...articles.values()].map((a) => a.folder))];
  const groupOf = folderGrouping(direct);
  const groups = new Map(direct.map((f) => [f, groupOf(f)]));
  for (const a of articles.values()) a.group = groups.get(a.folder)!;
  return {
    model,
    articles,
    folders: [...folders].sort(),
    groupOf,
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
