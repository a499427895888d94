// The Sources sidebar: the workspace's speakers, places, organizations and claims, from the index.
import * as vscode from 'vscode';
import { itemsAt } from '../../core/summary/lookup';
import { buildArticlesGroup, type ArticleTreeOptions } from '../../core/presentation/articleTree';
import { buildReviewGroup, buildUnanalysedGroup } from '../../core/presentation/reviewTree';
import {
  buildSourceTree,
  findNode,
  indexingMessage,
  type SourceNode,
  type SourcesSort,
} from '../../core/presentation/sourceNodes';
import { entityKey } from '../../core/summary/entityKey';
import { sourceKey } from '../../core/summary/summary';
import { fileLabel, REVEAL_RANGE_COMMAND } from './locations';
import { isSeedDocument, type AnalysisStore } from '../services/store';
import { fileId, uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

export const SOURCES_VIEW = 'seedAnnotator.sources';

/** The article's folder relative to its workspace folder ("" at the root). */
function folderOf(id: string): string {
  const relative = vscode.workspace.asRelativePath(uriOf(id), false);
  const slash = relative.lastIndexOf('/');
  return slash > 0 ? relative.slice(0, slash) : '';
}
const SORT_STATE = 'seedAnnotator.sourcesSort';
const REFRESH_DELAY_MS = 100;

const ICONS: Record<SourceNode['kind'], string> = {
  group: 'folder',
  speaker: 'person',
  quote: 'quote',
  entity: 'symbol-class',
  article: 'file',
  phrases: 'symbol-string',
  mention: 'location',
  source: 'megaphone',
  claim: 'comment',
  progress: 'circle-outline',
  note: 'note',
  orphan: 'warning',
  unanalysed: 'warning',
  more: 'ellipsis',
};
/** Not contributed: what a "Show more" node runs (the next page of its parent's children). */
export const SHOW_MORE_COMMAND = 'seedAnnotator.sources.showMore';
const ENTITY_ICONS: Record<string, string> = { PER: 'person', LOC: 'location', ORG: 'organization' };
const GROUP_ICONS: Record<string, string> = {
  'group:speakers': 'person',
  'group:places': 'globe',
  'group:organizations': 'organization',
  'group:claims': 'megaphone',
};

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private roots: SourceNode[] | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private stale = false;
  /** Set by the view once created; the tree is not redrawn while hidden. */
  isVisible: () => boolean = () => true;
  private readonly changeEmitter = new vscode.EventEmitter<SourceNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;
  sort: SourcesSort;
  filter = '';

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly state: vscode.Memento,
    /** What an imported article's provenance says (outlet, title), for the Articles group. */
    private readonly sourceOf?: ArticleTreeOptions['sourceOf'],
  ) {
    this.sort = state.get<SourcesSort>(SORT_STATE) === 'name' ? 'name' : 'count';
    this.subscription = index.onDidChange(() => this.scheduleRefresh());
    void this.updateContext();
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const collapsed =
      node.kind === 'group' || node.expanded
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, node.childCount ? collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.contextValue ?? node.kind;
    const entityIcon = node.kind === 'entity' ? ENTITY_ICONS[node.key?.slice(0, 3) ?? ''] : undefined;
    item.iconPath = new vscode.ThemeIcon(node.icon ?? GROUP_ICONS[node.id] ?? entityIcon ?? ICONS[node.kind]);
    if (node.kind === 'more' && node.parent)
      item.command = { command: SHOW_MORE_COMMAND, title: 'Show More', arguments: [node.parent] };
    if (node.location) {
      item.resourceUri = node.kind === 'article' ? uriOf(node.location.path) : undefined;
      item.command = {
        command: REVEAL_RANGE_COMMAND,
        title: 'Open Location',
        arguments: [uriOf(node.location.path).toString(), node.location.range],
      };
    }
    return item;
  }

  /** The view's message: the indexing state, and the filter. */
  message(): string | undefined {
    const parts = [indexingMessage(this.index.progress), this.filter ? `Filtered by “${this.filter}”` : undefined];
    return parts.filter(Boolean).join(' · ') || undefined;
  }

  /** No roots at all without seed files, so that the view's welcome content (indexing, or none found) shows. */
  getChildren(node?: SourceNode): SourceNode[] {
    if (node) return node.children;
    return this.index.fileCount ? this.tree() : [];
  }

  getParent(node: SourceNode): SourceNode | undefined {
    return node.parent;
  }

  /** The current tree (built on demand from the index). */
  tree(): SourceNode[] {
    const options = {
      sort: this.sort,
      filter: this.filter,
      fileLabel,
      dateOf: (path: string) => this.index.summary(path)?.date,
    };
    if (!this.roots) {
      const summaries = this.index.summaries();
      const unanalysed = buildUnanalysedGroup(summaries, fileLabel);
      const articles = { fileLabel, folderOf, ...(this.sourceOf ? { sourceOf: this.sourceOf } : {}) };
      this.roots = [
        ...buildSourceTree(this.index.model(), options),
        buildArticlesGroup(
          summaries.filter((s) => !s.error),
          articles,
        ),
        buildReviewGroup(summaries, fileLabel),
        ...(unanalysed ? [unanalysed] : []),
      ];
    }
    return this.roots;
  }

  find(id: string): SourceNode | undefined {
    return findNode(this.tree(), id, (group) => this.changeEmitter.fire(group));
  }

  async setSort(sort: SourcesSort): Promise<void> {
    this.sort = sort;
    await this.state.update(SORT_STATE, sort);
    this.refresh();
  }

  /** The next page of a long list's children. */
  showMore(parent: SourceNode): void {
    if (parent.showMore()) this.changeEmitter.fire(parent);
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.refresh();
  }

  refresh(): void {
    this.stale = false;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.roots = undefined;
    void this.updateContext();
    this.changeEmitter.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  /** Index changes mark the tree stale; a hidden view is redrawn only when it becomes visible. */
  private scheduleRefresh(): void {
    this.roots = undefined;
    if (!this.isVisible()) {
      this.stale = true;
      return;
    }
    if (!this.refreshTimer) this.refreshTimer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  /** Called when the view is shown. */
  refreshIfStale(): void {
    if (this.stale) this.refresh();
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'seedAnnotator.sourcesSort', this.sort);
    await vscode.commands.executeCommand('setContext', 'seedAnnotator.sourcesFiltered', this.filter.length > 0);
  }
}

export function registerSourcesView(
  context: vscode.ExtensionContext,
  index: WorkspaceIndex,
  store: AnalysisStore,
  sourceOf?: ArticleTreeOptions['sourceOf'],
): { provider: SourcesTreeProvider; view: vscode.TreeView<SourceNode>; disposable: vscode.Disposable } {
  const provider = new SourcesTreeProvider(index, context.workspaceState, sourceOf);
  const view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.isVisible = () => view.visible;
  const updateMessage = (): void => {
    view.message = provider.message();
  };

  const revealCurrent = async (): Promise<SourceNode | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && isSeedDocument(editor.document) ? store.analysisFor(editor.document) : undefined;
    if (!editor || !analysis) {
      void vscode.window.showInformationMessage(
        'Place the cursor on a person, place, organization or quote in a seed file.',
      );
      return undefined;
    }
    await index.whenIndexed();
    const found = itemsAt(analysis, editor.document.offsetAt(editor.selection.active));
    const model = index.model();
    const keys: string[] = [];
    const path = fileId(editor.document.uri);
    if (found.entity) keys.push(model.resolve(entityKey(found.entity.type, found.entity.name), path));
    const attribution = found.quote?.speaker ?? found.claim?.source;
    if (attribution)
      keys.push(model.resolve(sourceKey(attribution, new Map(analysis.entities.map((e) => [e.id, e]))), path));
    if (provider.filter) {
      provider.setFilter('');
      updateMessage();
    }
    const target = keys
      .flatMap((k) => [`speaker:${k}`, `entity:${k}`, `source:${k}`])
      .map((id) => provider.find(id))
      .find(Boolean);
    if (!target) {
      void vscode.window.showInformationMessage('Nothing under the cursor appears in the Sources view.');
      return undefined;
    }
    await view.reveal(target, { select: true, focus: true, expand: true });
    return target;
  };

  const disposable = vscode.Disposable.from(
    provider,
    view,
    index.onDidChangeProgress(updateMessage),
    view.onDidChangeVisibility((e) => {
      if (e.visible) provider.refreshIfStale();
    }),
    vscode.commands.registerCommand('seedAnnotator.sources.sortByName', () => provider.setSort('name')),
    vscode.commands.registerCommand('seedAnnotator.sources.sortByCount', () => provider.setSort('count')),
    vscode.commands.registerCommand('seedAnnotator.sources.filter', async (text?: string) => {
      const filter =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              prompt: 'Show speakers, places, organizations and sources whose name contains…',
              value: provider.filter,
            });
      if (filter === undefined) return;
      provider.setFilter(filter);
      updateMessage();
    }),
    vscode.commands.registerCommand('seedAnnotator.sources.clearFilter', () => {
      provider.setFilter('');
      updateMessage();
    }),
    vscode.commands.registerCommand('seedAnnotator.revealInSources', revealCurrent),
    vscode.commands.registerCommand(SHOW_MORE_COMMAND, (parent?: SourceNode) => parent && provider.showMore(parent)),
  );
  return { provider, view, disposable };
}
