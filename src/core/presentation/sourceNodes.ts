// The Sources tree's structure, built from the workspace model: Speakers → articles → quotes (short
// fragments under "phrases"), Places → articles → mentions, Organizations → articles → mentions,
// Claims → sources → claims. Pure; vscode-free.
import type { RangeTuple } from '../summary/lineIndex';
import { rangeAt, rangeCount, unpackRanges } from '../summary/packedRanges';
import { REVIEW_ICONS, reviewBadge } from './reviewBadges';
import { isQuoteFragment, snippet } from '../summary/summary';
import type { EntityGroup, FileRanges, QuoteRef, WorkspaceModel } from '../model/workspaceModel';

export type SourcesSort = 'count' | 'name';

export type NodeKind =
  | 'group'
  | 'speaker'
  | 'quote'
  | 'entity'
  | 'article'
  | 'phrases'
  | 'mention'
  | 'source'
  | 'claim'
  | 'progress'
  | 'orphan'
  | 'note'
  | 'unanalysed'
  | 'more';

/** A long list shows this many children at first, and this many more at each "Show more". */
export const CHILDREN_PAGE = 200;

/** How far a full index build got; no total while the seed files are still being looked for. */
export interface IndexProgress {
  done: number;
  total?: number;
}

/** The Sources view's message while the index is built, or undefined when it is not. */
export function indexingMessage(progress: IndexProgress | undefined): string | undefined {
  if (!progress) return undefined;
  if (progress.total === undefined) return 'Looking for seed files…';
  const count = (n: number): string => n.toLocaleString('en-US');
  return `Indexing ${count(progress.done)} / ${count(progress.total)} ${progress.total === 1 ? 'article' : 'articles'}…`;
}

export interface NodeFields {
  /** Stable across rebuilds, unique in the tree. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** Where a click goes. */
  location?: { path: string; range: RangeTuple };
  /** The workspace key of the speaker, entity or source the node stands for. */
  key?: string;
  /** A review annotation the node stands for (notes, orphans). */
  annotation?: { article: string; id: string };
  /** Overrides the kind as the node's context value (menus), e.g. "quote.confirmed". */
  contextValue?: string;
  /** Overrides the kind's icon (a codicon id). */
  icon?: string;
  /** Shown expanded (an only child worth seeing at once). */
  expanded?: boolean;
}

/** A tree node; its children are built the first time they are asked for (large workspaces have many). */
export class SourceNode implements NodeFields {
  id!: string;
  kind!: NodeKind;
  label!: string;
  description?: string;
  tooltip?: string;
  location?: NodeFields['location'];
  key?: string;
  annotation?: NodeFields['annotation'];
  contextValue?: string;
  icon?: string;
  expanded?: boolean;
  private built: SourceNode[] | undefined;
  /** How many children are shown; the rest wait behind a "Show more" node. */
  private shown = CHILDREN_PAGE;
  private more: SourceNode | undefined;

  constructor(
    fields: NodeFields,
    readonly parent: SourceNode | undefined,
    /** How many children the node has, known without building them. */
    readonly childCount: number,
    private readonly expand?: (self: SourceNode) => SourceNode[],
  ) {
    Object.assign(this, fields);
  }

  /** The children shown: the first pages, then a "Show more" node when there are more. */
  get children(): SourceNode[] {
    const all = this.allChildren;
    if (all.length <= this.shown) return all;
    return [...all.slice(0, this.shown), this.moreNode(all.length)];
  }

  /** Every child, shown or not (built the first time it is asked for). */
  get allChildren(): SourceNode[] {
    this.built ??= this.expand?.(this) ?? [];
    return this.built;
  }

  /** Shows the next page of children (a "Show more" node does this); false when every child was shown. */
  showMore(): boolean {
    if (this.shown >= this.allChildren.length) return false;
    this.shown += CHILDREN_PAGE;
    return true;
  }

  /** Shows at least the first `count` children (to reveal one further down); whether more are shown now. */
  showAtLeast(count: number): boolean {
    const before = this.shown;
    while (this.shown < count && this.showMore());
    return this.shown > before;
  }

  private moreNode(total: number): SourceNode {
    const next = Math.min(CHILDREN_PAGE, total - this.shown);
    const fields: NodeFields = {
      id: `${this.id}/more`,
      kind: 'more',
      label: 'Show more',
      description: `${next.toLocaleString('en-US')} more · ${this.shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} shown`,
    };
    this.more ??= new SourceNode(fields, this, 0);
    return Object.assign(this.more, fields);
  }
}

export interface SourceTreeOptions {
  sort: SourcesSort;
  /** Case-insensitive text a speaker, entity or source name (or alias) must contain. */
  filter?: string;
  fileLabel(path: string): string;
  /** The article's header date, to order a speaker's articles in time. */
  dateOf?(path: string): string | undefined;
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

/** Where a node of an entity's article opens: its first mention. */
function firstLocation(f: FileRanges | undefined): NodeFields['location'] {
  const range = f && rangeAt(f.ranges, 0);
  return range && { path: f.path, range };
}

function leaf(parent: SourceNode, fields: NodeFields): SourceNode {
  return new SourceNode(fields, parent, 0);
}

function sorted<T extends { name: string }>(items: readonly T[], count: (item: T) => number, sort: SourcesSort): T[] {
  if (sort === 'count') return [...items];
  return [...items].sort((a, b) => a.name.localeCompare(b.name) || count(b) - count(a));
}

export function buildSourceTree(model: WorkspaceModel, options: SourceTreeOptions): SourceNode[] {
  const needle = options.filter?.trim().toLowerCase();
  const matches = (names: readonly string[]): boolean => !needle || names.some((n) => n.toLowerCase().includes(needle));

  const group = (id: string, label: string, count: number, expand: (self: SourceNode) => SourceNode[]): SourceNode =>
    new SourceNode({ id: `group:${id}`, kind: 'group', label, description: String(count) }, undefined, count, expand);

  const speakers = sorted(
    model.speakers.filter((s) => matches([s.name, ...(model.entities.get(s.key)?.aliases ?? [])])),
    (s) => s.quotes.length,
    options.sort,
  );
  const speakersGroup = group('speakers', 'Speakers', speakers.length, (root) =>
    speakers.map((s) => {
      const id = `speaker:${s.key}`;
      const articles = quotesByArticle(s.quotes, options.dateOf);
      const fields: NodeFields = {
        id,
        kind: 'speaker',
        key: s.key,
        label: s.name,
        description: `${plural(s.quotes.length, 'quote')} · ${plural(articles.length, 'article')}${s.anonymous ? ' · anonymous' : ''}`,
        location: s.quotes[0] && { path: s.quotes[0].path, range: s.quotes[0].quote.range },
      };
      return new SourceNode(fields, root, articles.length, (speaker) =>
        articles.map((article) => speakerArticleNode(speaker, article, articles.length === 1, options)),
      );
    }),
  );

  const entityGroup = (id: string, label: string, all: readonly EntityGroup[]): SourceNode => {
    const groups = sorted(
      all.filter((e) => matches([e.name, ...e.aliases])),
      (e) => e.total,
      options.sort,
    );
    return group(id, label, groups.length, (root) =>
      groups.map((g) => {
        const entityId = `entity:${g.key}`;
        const fields: NodeFields = {
          id: entityId,
          kind: 'entity',
          key: g.key,
          label: g.name,
          description: `${plural(g.total, 'mention')} · ${plural(g.files.length, 'article')}`,
          tooltip: [
            g.name,
            g.role,
            g.aliases.length > 1 ? `Also: ${g.aliases.filter((a) => a !== g.name).join(', ')}` : undefined,
          ]
            .filter(Boolean)
            .join('\n'),
          location: firstLocation(g.files[0]),
        };
        return new SourceNode(fields, root, g.files.length, (entity) =>
          g.files.map((f) => {
            const articleId = `${entityId}/article:${f.path}`;
            const articleFields: NodeFields = {
              id: articleId,
              kind: 'article',
              label: options.fileLabel(f.path),
              description: plural(rangeCount(f.ranges), 'mention'),
              tooltip: f.path,
              location: firstLocation(f),
            };
            return new SourceNode(articleFields, entity, rangeCount(f.ranges), (article) =>
              unpackRanges(f.ranges).map((range, i) =>
                leaf(article, {
                  id: `${articleId}/mention:${i}`,
                  kind: 'mention',
                  label: `line ${range[0] + 1}, column ${range[1] + 1}`,
                  location: { path: f.path, range },
                }),
              ),
            );
          }),
        );
      }),
    );
  };
  const places = entityGroup('places', 'Places', model.places);
  const organizations = entityGroup('organizations', 'Organizations', model.organizations);

  const sources = sorted(
    model.claimSources.filter((c) => matches([c.name])),
    (c) => c.claims.length,
    options.sort,
  );
  const claimsGroup = group('claims', 'Claims', sources.length, (root) =>
    sources.map((s) => {
      const id = `source:${s.key}`;
      const fields: NodeFields = {
        id,
        kind: 'source',
        key: s.key,
        label: s.name,
        description: `${plural(s.claims.length, 'claim')}${s.anonymous ? ' · anonymous' : ''}`,
      };
      return new SourceNode(fields, root, s.claims.length, (source) =>
        s.claims.map(({ path, claim }, i) =>
          leaf(source, {
            id: `${id}/claim:${i}:${path}:${claim.range.join(',')}`,
            kind: 'claim',
            label: snippet(claim.text),
            description: `${options.fileLabel(path)}:${claim.range[0] + 1}${reviewBadge(claim.review)}`,
            ...reviewMarks('claim', claim.review),
            tooltip: `${claim.source} ${claim.cue}: ${snippet(claim.text, 600)}${claim.hedges.length ? `\nHedges: ${claim.hedges.join(', ')}` : ''}`,
            location: { path, range: claim.range },
          }),
        ),
      );
    }),
  );

  return [speakersGroup, places, organizations, claimsGroup];
}

interface SpeakerArticle {
  path: string;
  date?: string;
  quotes: QuoteRef[];
  fragments: QuoteRef[];
}

/** A speaker's quotes by article, articles in date order (undated last), full quotes apart from fragments. */
function quotesByArticle(quotes: readonly QuoteRef[], dateOf?: (path: string) => string | undefined): SpeakerArticle[] {
  const byPath = new Map<string, SpeakerArticle>();
  for (const ref of quotes) {
    let article = byPath.get(ref.path);
    if (!article) {
      const date = dateOf?.(ref.path);
      byPath.set(ref.path, (article = { path: ref.path, ...(date ? { date } : {}), quotes: [], fragments: [] }));
    }
    (isQuoteFragment(ref.quote) ? article.fragments : article.quotes).push(ref);
  }
  return [...byPath.values()].sort(
    (a, b) =>
      (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** Context value (for the menus) and icon of a reviewed quote or claim: `quote.confirmed`, `claim.corrected`… */
function reviewMarks(kind: 'quote' | 'claim', review: { status: string } | undefined): Partial<NodeFields> {
  return review ? { contextValue: `${kind}.${review.status}`, icon: REVIEW_ICONS[review.status] } : {};
}

function quoteLeaf(parent: SourceNode, { path, quote }: QuoteRef, i: number): SourceNode {
  return leaf(parent, {
    id: `${parent.id}/quote:${i}:${quote.range.join(',')}`,
    kind: 'quote',
    label: `“${snippet(quote.text)}”`,
    description: `line ${quote.range[0] + 1}${reviewBadge(quote.review)}`,
    tooltip: `${quote.speaker ?? ''} (${quote.rule ?? 'no rule'}, confidence ${Math.round((quote.confidence ?? 0) * 100)}%)${reviewBadge(quote.review)}\n“${snippet(quote.text, 600)}”`,
    location: { path, range: quote.range },
    ...reviewMarks('quote', quote.review),
  });
}

function speakerArticleNode(
  speaker: SourceNode,
  article: SpeakerArticle,
  only: boolean,
  options: SourceTreeOptions,
): SourceNode {
  const { path, quotes, fragments } = article;
  const counts = [
    quotes.length ? plural(quotes.length, 'quote') : '',
    fragments.length ? plural(fragments.length, 'phrase') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const first = quotes[0] ?? fragments[0];
  const fields: NodeFields = {
    id: `${speaker.id}/article:${path}`,
    kind: 'article',
    label: options.fileLabel(path),
    description: article.date ? `${article.date} · ${counts}` : counts,
    tooltip: path,
    expanded: only,
    location: first && { path, range: first.quote.range },
  };
  return new SourceNode(fields, speaker, quotes.length + (fragments.length ? 1 : 0), (node) => {
    const children = quotes.map((q, i) => quoteLeaf(node, q, i));
    if (fragments.length) {
      const phrases: NodeFields = {
        id: `${node.id}/phrases`,
        kind: 'phrases',
        label: 'phrases',
        description: String(fragments.length),
        tooltip: 'Short quoted fragments: a few words, or words quoted inside reported speech',
      };
      children.push(
        new SourceNode(phrases, node, fragments.length, (group) => fragments.map((q, i) => quoteLeaf(group, q, i))),
      );
    }
    return children;
  });
}

/**
 * A group or one of its direct children (a speaker, entity or source) by id; a child past the pages shown is
 * shown, and `grown` hears of its group.
 */
export function findNode(
  roots: readonly SourceNode[],
  id: string,
  grown?: (group: SourceNode) => void,
): SourceNode | undefined {
  for (const root of roots) {
    if (root.id === id) return root;
    const at = root.allChildren.findIndex((n) => n.id === id);
    if (at >= 0) {
      if (root.showAtLeast(at + 1)) grown?.(root);
      return root.allChildren[at];
    }
  }
  return undefined;
}
