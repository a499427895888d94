// The Sources tree's structure, built from the workspace model: Speakers → quotes, Places → articles →
// mentions, Organizations → articles → mentions, Claims → sources → claims. Pure; vscode-free.
import type { RangeTuple } from './lineIndex';
import type { EntityGroup, WorkspaceModel } from './workspaceModel';

export type SourcesSort = 'count' | 'name';

export type NodeKind = 'group' | 'speaker' | 'quote' | 'entity' | 'article' | 'mention' | 'source' | 'claim';

export interface SourceNode {
  /** Stable across rebuilds, unique in the tree. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  parent?: SourceNode;
  children: SourceNode[];
  /** Where a click goes. */
  location?: { path: string; range: RangeTuple };
  /** The workspace key of the speaker, entity or source the node stands for. */
  key?: string;
}

export interface SourceTreeOptions {
  sort: SourcesSort;
  /** Case-insensitive text a speaker, entity or source name (or alias) must contain. */
  filter?: string;
  fileLabel(path: string): string;
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

function node(parent: SourceNode | undefined, fields: Omit<SourceNode, 'children' | 'parent'>): SourceNode {
  const created: SourceNode = { ...fields, children: [] };
  if (parent) {
    created.parent = parent;
    parent.children.push(created);
  }
  return created;
}

function sorted<T extends { name: string }>(items: readonly T[], count: (item: T) => number, sort: SourcesSort): T[] {
  if (sort === 'count') return [...items];
  return [...items].sort((a, b) => a.name.localeCompare(b.name) || count(b) - count(a));
}

export function buildSourceTree(model: WorkspaceModel, options: SourceTreeOptions): SourceNode[] {
  const needle = options.filter?.trim().toLowerCase();
  const matches = (names: readonly string[]): boolean => !needle || names.some((n) => n.toLowerCase().includes(needle));

  const speakersGroup = node(undefined, { id: 'group:speakers', kind: 'group', label: 'Speakers' });
  const speakers = sorted(model.speakers.filter((s) => matches([s.name, ...(model.entities.get(s.key)?.aliases ?? [])])), (s) => s.quotes.length, options.sort);
  for (const s of speakers) {
    const speaker = node(speakersGroup, {
      id: `speaker:${s.key}`,
      kind: 'speaker',
      key: s.key,
      label: s.name,
      description: `${plural(s.quotes.length, 'quote')}${s.anonymous ? ' · anonymous' : ''}`,
      location: s.quotes[0] && { path: s.quotes[0].path, range: s.quotes[0].quote.range },
    });
    s.quotes.forEach(({ path, quote }, i) =>
      node(speaker, {
        id: `${speaker.id}/quote:${i}:${path}:${quote.range.join(',')}`,
        kind: 'quote',
        label: `“${quote.text}”`,
        description: `${options.fileLabel(path)}:${quote.range[0] + 1}`,
        tooltip: `${quote.speaker ?? ''} (${quote.rule ?? 'no rule'}, confidence ${Math.round((quote.confidence ?? 0) * 100)}%)\n“${quote.text}”`,
        location: { path, range: quote.range },
      }),
    );
  }

  const entityGroup = (id: string, label: string, groups: readonly EntityGroup[]): SourceNode => {
    const root = node(undefined, { id: `group:${id}`, kind: 'group', label });
    for (const g of sorted(groups.filter((e) => matches([e.name, ...e.aliases])), (e) => e.total, options.sort)) {
      const entity = node(root, {
        id: `entity:${g.key}`,
        kind: 'entity',
        key: g.key,
        label: g.name,
        description: `${plural(g.total, 'mention')} · ${plural(g.files.length, 'article')}`,
        tooltip: [g.name, g.role, g.aliases.length > 1 ? `Also: ${g.aliases.filter((a) => a !== g.name).join(', ')}` : undefined].filter(Boolean).join('\n'),
        location: g.files[0]?.ranges[0] && { path: g.files[0].path, range: g.files[0].ranges[0] },
      });
      for (const f of g.files) {
        const article = node(entity, {
          id: `${entity.id}/article:${f.path}`,
          kind: 'article',
          label: options.fileLabel(f.path),
          description: plural(f.ranges.length, 'mention'),
          tooltip: f.path,
          location: f.ranges[0] && { path: f.path, range: f.ranges[0] },
        });
        f.ranges.forEach((range, i) =>
          node(article, {
            id: `${article.id}/mention:${i}`,
            kind: 'mention',
            label: `line ${range[0] + 1}, column ${range[1] + 1}`,
            location: { path: f.path, range },
          }),
        );
      }
    }
    return root;
  };
  const places = entityGroup('places', 'Places', model.places);
  const organizations = entityGroup('organizations', 'Organizations', model.organizations);

  const claimsGroup = node(undefined, { id: 'group:claims', kind: 'group', label: 'Claims' });
  for (const s of sorted(model.claimSources.filter((c) => matches([c.name])), (c) => c.claims.length, options.sort)) {
    const source = node(claimsGroup, {
      id: `source:${s.key}`,
      kind: 'source',
      key: s.key,
      label: s.name,
      description: `${plural(s.claims.length, 'claim')}${s.anonymous ? ' · anonymous' : ''}`,
    });
    s.claims.forEach(({ path, claim }, i) =>
      node(source, {
        id: `${source.id}/claim:${i}:${path}:${claim.range.join(',')}`,
        kind: 'claim',
        label: claim.text,
        description: `${options.fileLabel(path)}:${claim.range[0] + 1}`,
        tooltip: `${claim.source} ${claim.cue}: ${claim.text}${claim.hedges.length ? `\nHedges: ${claim.hedges.join(', ')}` : ''}`,
        location: { path, range: claim.range },
      }),
    );
  }

  const roots = [speakersGroup, places, organizations, claimsGroup];
  for (const root of roots) root.description = String(root.children.length);
  return roots;
}

/** Depth-first lookup by id. */
export function findNode(roots: readonly SourceNode[], id: string): SourceNode | undefined {
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.id === id) return n;
    stack.push(...n.children);
  }
  return undefined;
}
