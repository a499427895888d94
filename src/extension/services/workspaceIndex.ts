// The workspace index: a summary of every seed file, built in the background by worker threads (indexBuild.ts),
// cached on disk, kept current by a file watcher (indexWatch.ts), with open documents' live analyses on top.
// Each article's summary carries its sidecar's review, open or closed; the model is cached (modelCache.ts).
import * as vscode from 'vscode';
import { fileId, uriOf } from './fileIds';
import type { AnalysisService } from './analysisService';
import type { FileSummary } from '../../core/summary/summary';
import { reviewedSummary } from '../../core/summary/reviewedSummary';
import { buildWorkspaceModel, type WorkspaceModel } from '../../core/model/workspaceModel';
import { applyEntityRulesToSummaries } from '../../core/review/summaryRules';
import { partialRefreshDelay } from '../../core/model/refreshPacing';
import type { IndexProgress } from '../../core/presentation/sourceNodes';
import { log } from '../log';
import type { ReviewStore } from '../review/store';
import type { LocalFileIndexer } from '../platform';
import { buildAll, buildChanged, type IndexSources } from './indexBuild';
import { IndexStatus } from './indexStatus';
import { registerIndexWatch } from './indexWatch';
import { WorkspaceModelCache } from './modelCache';
import { candidacyOf, findSeedFiles, isSeedText } from './seedFileFinder';
import type { AnalysisStore } from './store';
import { IndexUpdateQueue } from './updateQueue';
import type { VirtualFileIndexer } from './virtualFileIndexer';

/** An open document belongs in the index: a seed file of a workspace folder (by name or header). */
function belongsInIndex(document: vscode.TextDocument): boolean {
  return !!vscode.workspace.getWorkspaceFolder(document.uri) && isSeedText(document.uri, document.getText());
}

export class WorkspaceIndex implements vscode.Disposable {
  private disk = new Map<string, FileSummary>();
  private readonly live = new Map<string, FileSummary>();
  private readonly models = new WorkspaceModelCache(() => buildWorkspaceModel(this.reviewedSummaries()));
  private readonly status = new IndexStatus();
  private readonly updates = new IndexUpdateQueue((ids) => this.update(ids));
  private readonly sources: IndexSources;
  private building: Promise<void> = Promise.resolve();
  private disposed = false;
  private partialTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.status];
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when `progress` changes. */
  readonly onDidChangeProgress = this.status.onDidChangeProgress;
  /** Timing of the last full build, for tests and benchmarks. */
  lastBuild = { files: 0, fromCache: 0, ms: 0 };

  constructor(
    store: AnalysisStore,
    private readonly reviews: ReviewStore,
    service: AnalysisService,
    virtualFiles: VirtualFileIndexer,
    localFiles?: LocalFileIndexer,
  ) {
    this.sources = {
      service,
      virtualFiles,
      localFiles,
      reviewsFor: (id) => reviews.annotationsFor(uriOf(id)),
    };
    this.disposables.push(
      registerIndexWatch(this),
      reviews.onDidChange(({ articles, entityRules }) => {
        // The saved article is summarised again with its sidecar, open or not, so that it is current when
        // the article closes; an open article's live summary follows through the store.
        for (const uri of articles) {
          const id = fileId(uri);
          if (this.disk.has(id)) this.updates.add(id);
        }
        if (entityRules) this.changed();
      }),
      store.onDidChange(({ document, analysis }) => {
        // A long article's first window is not what the collection should count: its whole analysis follows.
        if (analysis?.window) return;
        const id = fileId(document.uri);
        const machine = analysis && store.machineAnalysis(document);
        if (machine && (this.disk.has(id) || belongsInIndex(document))) {
          const text = document.getText();
          this.live.set(id, reviewedSummary(id, text, machine, reviews.annotationsFor(document.uri)));
        } else if (this.live.delete(id)) {
          // Closed: its saved state, summarised with the sidecar as it is now.
          if (this.disk.has(id)) this.updates.add(id);
        } else {
          return;
        }
        this.changed();
      }),
    );
  }

  /** Set while a full build runs: how far it got (no total while files are still being looked for). */
  get progress(): IndexProgress | undefined {
    return this.status.progress;
  }

  /** Starts a full (re)build; `fresh` ignores the on-disk cache. */
  rebuild(fresh = false): Promise<void> {
    this.status.setProgress({ done: 0 });
    this.building = this.building.then(() => this.build(fresh)).catch((error) => log().error('Indexing failed', error));
    return this.building;
  }

  /** Resolves once the current build and every queued file update are done. */
  async whenIndexed(): Promise<void> {
    for (;;) {
      const [building, updating] = [this.building, this.updates.updating];
      await building;
      await updating;
      await this.updates.settle();
      if (building === this.building && updating === this.updates.updating && this.updates.idle) return;
    }
  }

  /** Every indexed file, live analyses of open documents in place of their saved state. */
  summaries(): FileSummary[] {
    const merged = new Map(this.disk);
    for (const [id, summary] of this.live) merged.set(id, summary);
    return [...merged.values()];
  }

  summary(id: string): FileSummary | undefined {
    return this.live.get(id) ?? this.disk.get(id);
  }

  /** Every indexed file with the reader's entity decisions (types, merges, renames) applied. */
  reviewedSummaries(): FileSummary[] {
    return applyEntityRulesToSummaries(this.summaries(), this.reviews.rules());
  }

  model(): WorkspaceModel {
    return this.models.model();
  }

  /** The model, possibly one change behind, for latency-sensitive readers (hovers). */
  recentModel(): WorkspaceModel {
    return this.models.recentModel();
  }

  get fileCount(): number {
    return new Set([...this.disk.keys(), ...this.live.keys()]).size;
  }

  dispose(): void {
    this.disposed = true;
    this.updates.dispose();
    this.models.dispose();
    clearTimeout(this.partialTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** A file created or changed on disk: (re)analysed if it is a seed file, dropped if it no longer is. */
  queue(uri: vscode.Uri): void {
    if (candidacyOf(uri) === 'excluded' && !this.disk.has(fileId(uri))) return;
    this.updates.add(fileId(uri));
  }

  /** A created or renamed file or folder: queue the seed files at or under it. */
  async queueUnder(uri: vscode.Uri): Promise<void> {
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return this.queue(uri);
      if (candidacyOf(vscode.Uri.joinPath(uri, 'x.txt')) !== 'excluded')
        (await findSeedFiles(uri)).forEach((u) => this.queue(u));
    } catch {
      // gone again before we looked
    }
  }

  removeUnder(uri: vscode.Uri): void {
    const id = fileId(uri);
    const sep = uri.scheme === 'file' && /^[a-z]:\\/i.test(id) ? '\\' : '/';
    const prefix = id.endsWith(sep) ? id : `${id}${sep}`;
    let removed = false;
    for (const key of new Set([...this.disk.keys(), ...this.live.keys()])) {
      if (key === id || key.startsWith(prefix)) {
        this.disk.delete(key);
        this.live.delete(key);
        this.sources.localFiles?.forget(key);
        this.sources.virtualFiles.forget(key);
        this.updates.delete(key);
        removed = true;
      }
    }
    if (removed) this.changed();
  }

  private changed(): void {
    this.models.invalidate();
    this.status.setFileCount(this.fileCount);
    this.changeEmitter.fire();
  }

  /**
   * A summary of a build in progress goes into the index now; the tree hears of it at most every second, less
   * often once rebuilding the model takes long (refreshPacing.ts).
   */
  private addPartial(id: string, summary: FileSummary): void {
    this.disk.set(id, summary);
    this.partialTimer ??= setTimeout(() => {
      this.partialTimer = undefined;
      if (!this.disposed) this.changed();
    }, partialRefreshDelay(this.models.lastBuildMs));
  }

  private async build(fresh: boolean): Promise<void> {
    if (this.disposed) return;
    try {
      const started = performance.now();
      this.status.setProgress({ done: 0 });
      await this.reviews.whenLoaded();
      const uris = await findSeedFiles();
      this.status.setProgress({ done: 0, total: uris.length });
      const result = await buildAll(this.sources, uris, fresh, {
        onProgress: (progress) => this.status.setProgress(progress),
        onResult: (id, summary) => this.addPartial(id, summary),
        isDisposed: () => this.disposed,
      });
      clearTimeout(this.partialTimer);
      this.partialTimer = undefined;
      this.disk = result.summaries;
      for (const id of this.live.keys())
        if (!this.disk.has(id) && candidacyOf(uriOf(id)) === 'excluded') this.live.delete(id);
      this.lastBuild = { files: uris.length, fromCache: result.fromCache, ms: performance.now() - started };
      log().info(
        `Indexed ${this.disk.size} seed files (${result.fromCache} from cache) in ${Math.round(this.lastBuild.ms)} ms${result.cancelled ? ', cancelled' : ''}`,
      );
      this.changed();
    } finally {
      this.status.setProgress(undefined);
    }
  }

  /** Files changed on disk (or their review): summarised again, or dropped when no longer seed files. */
  private async update(ids: string[]): Promise<void> {
    if (this.disposed) return;
    await this.building;
    const { summaries, dropped } = await buildChanged(this.sources, ids);
    let touched = false;
    for (const id of dropped) touched = this.disk.delete(id) || touched;
    for (const summary of summaries) this.disk.set(summary.path, summary);
    if (summaries.length || touched) this.changed();
  }
}
