// The Sources view's "Articles" group: every article under its outlet when its provenance names one (an
// imported article), else under its folder; newest first, each row opening the article. Pure.
import type { FileSummary } from '../summary/summary';
import { SourceNode, type NodeFields } from './sourceNodes';

export interface ArticleTreeOptions {
  fileLabel(path: string): string;
  /** The article's folder, relative to the workspace ("" at its root). */
  folderOf(path: string): string;
  /** What the article's provenance says, when it was imported. */
  sourceOf?(path: string): { outlet?: string; title?: string } | undefined;
}

interface ArticleRow {
  path: string;
  date?: string;
  title?: string;
  quotes: number;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Articles grouped by outlet (imported) or folder (made by hand); groups by name, articles newest first. */
export function groupArticles(
  summaries: readonly FileSummary[],
  options: ArticleTreeOptions,
): Map<string, { kind: 'outlet' | 'folder'; articles: ArticleRow[] }> {
  const groups = new Map<string, { kind: 'outlet' | 'folder'; articles: ArticleRow[] }>();
  for (const s of summaries) {
    const source = options.sourceOf?.(s.path);
    const outlet = source?.outlet?.trim();
    const name = outlet || options.folderOf(s.path) || '(workspace root)';
    const key = `${outlet ? 'outlet' : 'folder'}:${name}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: outlet ? 'outlet' : 'folder', articles: [] }));
    group.articles.push({
      path: s.path,
      ...(s.date ? { date: s.date } : {}),
      ...(source?.title ? { title: source.title } : {}),
      quotes: s.quotes.length,
    });
  }
  for (const group of groups.values())
    group.articles.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path));
  return new Map(
    [...groups].sort(([a], [b]) => a.slice(a.indexOf(':') + 1).localeCompare(b.slice(b.indexOf(':') + 1))),
  );
}

export function buildArticlesGroup(summaries: readonly FileSummary[], options: ArticleTreeOptions): SourceNode {
  const groups = groupArticles(summaries, options);
  const root: NodeFields = {
    id: 'group:articles',
    kind: 'group',
    label: 'Articles',
    description: String(summaries.length),
    icon: 'files',
  };
  return new SourceNode(root, undefined, groups.size, (rootNode) =>
    [...groups].map(([key, group]) => {
      const fields: NodeFields = {
        id: `articles:${key}`,
        kind: 'group',
        label: key.slice(key.indexOf(':') + 1),
        description: `${group.kind} · ${plural(group.articles.length, 'article')}`,
        icon: group.kind === 'outlet' ? 'globe' : 'folder',
      };
      return new SourceNode(fields, rootNode, group.articles.length, (groupNode) =>
        group.articles.map(
          (a) =>
            new SourceNode(
              {
                id: `${groupNode.id}/article:${a.path}`,
                kind: 'article',
                label: a.title || options.fileLabel(a.path),
                description: [a.date, plural(a.quotes, 'quote')].filter(Boolean).join(' · '),
                tooltip: a.path,
                location: { path: a.path, range: [0, 0, 0, 0] },
              },
              groupNode,
              0,
            ),
        ),
      );
    }),
  );
}
