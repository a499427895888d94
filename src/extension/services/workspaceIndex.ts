// The workspace index: a summary of every seed file, built in the background by worker threads,
// cached on disk, kept current by a file watcher, with open documents' live analyses on top.
import * as vscode from 'vscode';
import { fileId, uriOf } from './fileIds';
import type { AnalysisService } from './analysisService';
import { affects, readConfig } from '../config';
import type { FileSummary } from '../../core/summary/summary';
import { reviewedSummary } from '../../core/summary/reviewedSummary';
import { buildWorkspaceModel, type WorkspaceModel } from '../../core/model/workspaceModel';
import type { ReviewAnnotation } from '../../core/review/model';
import { applyEntityRulesToSummaries } from '../../core/review/summaryRules';
import { log } from '../log';
import type { ReviewStore } from '../review/store';
import { candidacyOf, findSeedFiles, isSeedText, isSeedUri } from './seedFileFinder';
import type { IndexProgress } from '../../core/presentation/sourceNodes';
import type { LocalFileIndexer } from '../platform';
import type { VirtualFileIndexer } from './virtualFileIndexer';
import type { AnalysisStore } from './store';

/** Files read through the VS Code file system API go to the workers this many at a time. */
const VIRTUAL_BATCH = 8;
const UPDATE_DELAY_MS = 50;
const NOTIFY_ABOVE_FILES = 200;
const MODEL_REFRESH_MS = 50;
/** While a build runs, partial results reach the tree at most this often. */
const PARTIAL_REFRESH_MS = 1000;

/** An open document belongs in the index: a seed file of a workspace folder (by name or header). */
function belongsInIndex(document: vscode.TextDocument): boolean {
  return !!vscode.workspace.getWorkspaceFolder(document.uri) && isSeedText(document.uri, document.getText());
}

export class WorkspaceIndex implements vscode.Disposable {
  private disk = new Map<string, FileSummary>();
  private readonly live = new Map<string, FileSummary>();
  private cachedModel: WorkspaceModel | undefined;
  private lastModel: WorkspaceModel | undefined;
  private modelTimer: NodeJS.Timeout | undefined;
  private building: Promise<void> = Promise.resolve();
  private updating: Promise<void> = Promise.resolve();
  private readonly queued = new Set<string>();
  private updateTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  private hadSeedFiles: boolean | undefined;
  private indexState: string | undefined;
  private partialTimer: NodeJS.Timeout | undefined;
  /** Set while a full build runs: how far it got (no total while files are still being looked for). */
  progress: IndexProgress | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly progressEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.progressEmitter];
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when `progress` changes. */
  readonly onDidChangeProgress = this.progressEmitter.event;
  /** Timing of the last full build, for tests and benchmarks. */
  lastBuild = { files: 0, fromCache: 0, ms: 0 };

  constructor(
    store: AnalysisStore,
    private readonly reviews: ReviewStore,
    private readonly service: AnalysisService,
    /** Reads files through the VS Code file system API (virtual file systems, the web). */
    private readonly virtualFiles: VirtualFileIndexer,
    /** Reads local files straight from disk, with a cache (desktop only). */
    private readonly localFiles?: LocalFileIndexer,
  ) {
    // Any file may become a seed file (a header typed in); folders created or deleted outside the editor
    // may be reported once, for the folder itself.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.queueUnder(uri)),
      watcher.onDidChange((uri) => this.queue(uri)),
      watcher.onDidDelete((uri) => {
        if (candidacyOf(uri) !== 'excluded' || !/\.[^/]*$/.test(uri.path)) this.removeUnder(uri);
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.removeUnder(uri))),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.removeUnder(oldUri);
          void this.queueUnder(newUri);
        }
      }),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => void this.queueUnder(uri))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'analysis.maxFileBytes', 'analysis.timeoutSeconds')) void this.rebuild(true);
        else if (affects(e, 'include', 'exclude')) void this.rebuild();
      }),
      reviews.onDidChange(({ articles, entityRules }) => {
        // The saved article is summarised again with its sidecar, open or not, so that it is current when
        // the article closes; an open article's live summary follows through the store.
        for (const uri of articles) {
          const id = fileId(uri);
          if (this.disk.has(id)) this.queueId(id);
        }
        if (entityRules) this.changed();
      }),
      store.onDidChange(({ document, analysis }) => {
        const id = fileId(document.uri);
        const machine = analysis && store.machineAnalysis(document);
        if (machine && (this.disk.has(id) || belongsInIndex(document))) {
          const text = document.getText();
          this.live.set(id, reviewedSummary(id, text, machine, reviews.annotationsFor(document.uri)));
        } else if (this.live.delete(id)) {
          // Closed: its saved state, summarised with the sidecar as it is now.
          if (this.disk.has(id)) this.queueId(id);
        } else {
          return;
        }
        this.changed();
      }),
    );
  }

  /** Starts a full (re)build; `fresh` ignores the on-disk cache. */
  rebuild(fresh = false): Promise<void> {
    this.setProgress({ done: 0 });
    this.building = this.building.then(() => this.build(fresh)).catch((error) => log().error('Indexing failed', error));
    return this.building;
  }

  /** Resolves once the current build and every queued file update are done. */
  async whenIndexed(): Promise<void> {
    for (;;) {
      const [building, updating] = [this.building, this.updating];
      await building;
      await updating;
      if (this.updateTimer) await new Promise((resolve) => setTimeout(resolve, UPDATE_DELAY_MS));
      if (building === this.building && updating === this.updating && !this.updateTimer && !this.queued.size) return;
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
    this.cachedModel ??= buildWorkspaceModel(this.reviewedSummaries());
    this.lastModel = this.cachedModel;
    return this.cachedModel;
  }

  /**
   * The model, possibly one change behind, for latency-sensitive readers (hovers): rebuilding it for
   * thousands of files after every edit would cost more than a hover may take. It is refreshed soon after.
   */
  recentModel(): WorkspaceModel {
    if (this.cachedModel || !this.lastModel) return this.model();
    this.modelTimer ??= setTimeout(() => {
      this.modelTimer = undefined;
      if (!this.disposed) this.model();
    }, MODEL_REFRESH_MS);
    return this.lastModel;
  }

  get fileCount(): number {
    return new Set([...this.disk.keys(), ...this.live.keys()]).size;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.updateTimer);
    clearTimeout(this.modelTimer);
    clearTimeout(this.partialTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private changed(): void {
    this.cachedModel = undefined;
    const hasSeedFiles = this.fileCount > 0;
    if (hasSeedFiles !== this.hadSeedFiles) {
      this.hadSeedFiles = hasSeedFiles;
      void vscode.commands.executeCommand('setContext', 'seedAnnotator.hasSeedFiles', hasSeedFiles);
    }
    this.updateIndexState();
    this.changeEmitter.fire();
  }

  private setProgress(progress: IndexProgress | undefined): void {
    this.progress = progress;
    this.updateIndexState();
    this.progressEmitter.fire();
  }

  /** `indexing`, `empty` or `ready`, for the view's welcome content. */
  private updateIndexState(): void {
    const state = this.progress ? 'indexing' : this.fileCount ? 'ready' : 'empty';
    if (state === this.indexState) return;
    this.indexState = state;
    void vscode.commands.executeCommand('setContext', 'seedAnnotator.indexState', state);
  }

  /** A summary of a build in progress goes into the index now; the tree hears of it at most every second. */
  private addPartial(id: string, summary: FileSummary): void {
    this.disk.set(id, summary);
    this.partialTimer ??= setTimeout(() => {
      this.partialTimer = undefined;
      if (!this.disposed) this.changed();
    }, PARTIAL_REFRESH_MS);
  }

  private async build(fresh: boolean): Promise<void> {
    if (this.disposed) return;
    try {
      await this.buildIndex(fresh);
    } finally {
      this.setProgress(undefined);
    }
  }

  private async buildIndex(fresh: boolean): Promise<void> {
    const started = performance.now();
    this.setProgress({ done: 0 });
    await this.reviews.whenLoaded();
    const uris = await findSeedFiles();
    this.setProgress({ done: 0, total: uris.length });
    const local = this.localFiles ? uris.filter((u) => u.scheme === 'file') : [];
    const others = this.localFiles ? uris.filter((u) => u.scheme !== 'file') : uris;
    const config = readConfig();
    const pool = await this.service.workers();
    if (fresh) await this.virtualFiles.clear();
    const result = await vscode.window.withProgress(
      {
        location:
          uris.length > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window,
        title: 'Seed Annotator: indexing seed files',
        cancellable: true,
      },
      async (progress, token) => {
        let reported = 0;
        const onProgress = (done: number, total: number): void => {
          this.setProgress({ done, total: uris.length });
          const percent = Math.floor((done / Math.max(1, uris.length)) * 100);
          if (percent > reported) {
            progress.report({ increment: percent - reported, message: `${done}/${total}` });
            reported = percent;
          }
        };
        const isCancelled = (): boolean => token.isCancellationRequested || this.disposed;
        const built = this.localFiles
          ? await this.localFiles.summarize({
              paths: local.map((u) => u.fsPath),
              maxBytes: config.maxFileBytes,
              fresh,
              pool,
              onResult: (id, summary) => this.addPartial(id, summary),
              onProgress,
              isCancelled,
              reviewsFor: this.reviewsFor,
            })
          : { summaries: new Map<string, FileSummary>(), fromCache: 0, cancelled: false };
        const done = built.summaries.size;
        let fromCache = built.fromCache;
        for (let i = 0; i < others.length && !isCancelled(); i += VIRTUAL_BATCH) {
          const batch = await this.virtualFiles.summarize(others.slice(i, i + VIRTUAL_BATCH), config.maxFileBytes);
          fromCache += batch.fromCache;
          for (const summary of batch.summaries) {
            built.summaries.set(summary.path, summary);
            this.addPartial(summary.path, summary);
          }
          onProgress(done + Math.min(others.length, i + VIRTUAL_BATCH), uris.length);
        }
        return { ...built, fromCache, cancelled: built.cancelled || isCancelled() };
      },
    );
    clearTimeout(this.partialTimer);
    this.partialTimer = undefined;
    this.disk = result.summaries;
    for (const id of this.live.keys())
      if (!this.disk.has(id) && candidacyOf(uriOf(id)) === 'excluded') this.live.delete(id);
    this.lastBuild = { files: uris.length, fromCache: result.fromCache, ms: performance.now() - started };
    log().info(
      `Indexed ${this.disk.size} seed files (${result.fromCache} from cache) in ${Math.round(this.lastBuild.ms)} ms${result.cancelled ? ', cancelled' : ''}`,
    );
    if (!result.cancelled) {
      await this.localFiles
        ?.persist(new Set(local.map((u) => u.fsPath)))
        .catch((error) => log().warn('Could not save the index cache', error));
      await this.virtualFiles.persist(new Set(others.map(fileId)));
    }
    this.changed();
  }

  private readonly reviewsFor = (id: string): readonly ReviewAnnotation[] => this.reviews.annotationsFor(uriOf(id));

  /** A file created or changed on disk: (re)analysed if it is a seed file, dropped if it no longer is. */
  private queue(uri: vscode.Uri): void {
    if (candidacyOf(uri) === 'excluded' && !this.disk.has(fileId(uri))) return;
    this.queueId(fileId(uri));
  }

  private queueId(id: string): void {
    this.queued.add(id);
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      this.updating = this.updating
        .then(() => this.flushQueue())
        .catch((error) => log().error('Index update failed', error));
    }, UPDATE_DELAY_MS);
  }

  /** A created or renamed file or folder: queue the seed files at or under it. */
  private async queueUnder(uri: vscode.Uri): Promise<void> {
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return this.queue(uri);
      if (candidacyOf(vscode.Uri.joinPath(uri, 'x.txt')) !== 'excluded')
        (await findSeedFiles(uri)).forEach((u) => this.queue(u));
    } catch {
      // gone again before we looked
    }
  }

  private removeUnder(uri: vscode.Uri): void {
    const id = fileId(uri);
    const sep = uri.scheme === 'file' && /^[a-z]:\\/i.test(id) ? '\\' : '/';
    const prefix = id.endsWith(sep) ? id : `${id}${sep}`;
    let removed = false;
    for (const key of new Set([...this.disk.keys(), ...this.live.keys()])) {
      if (key === id || key.startsWith(prefix)) {
        this.disk.delete(key);
        this.live.delete(key);
        this.localFiles?.forget(key);
        this.virtualFiles.forget(key);
        this.queued.delete(key);
        removed = true;
      }
    }
    if (removed) this.changed();
  }

  private async flushQueue(): Promise<void> {
    if (this.disposed || !this.queued.size) return;
    await this.building;
    const ids = [...this.queued];
    this.queued.clear();
    const config = readConfig();
    const present: string[] = [];
    const virtual: vscode.Uri[] = [];
    let touched = false;
    const drop = (id: string): void => {
      touched = this.disk.delete(id) || touched;
      this.localFiles?.forget(id);
    };
    for (const id of ids) {
      const uri = uriOf(id);
      if (!(await isSeedUri(uri))) drop(id);
      else if (uri.scheme !== 'file' || !this.localFiles) virtual.push(uri);
      else if (await this.localFiles.isFile(id)) present.push(id);
      else drop(id);
    }
    if (!present.length && !virtual.length && !touched) return; // a file that is not a seed file changed
    const pool = await this.service.workers();
    if (present.length && this.localFiles) {
      const result = await this.localFiles.summarize({
        paths: present,
        maxBytes: config.maxFileBytes,
        pool,
        reviewsFor: this.reviewsFor,
      });
      for (const [id, summary] of result.summaries) this.disk.set(id, summary);
      await this.localFiles.persist().catch((error) => log().warn('Could not save the index cache', error));
    }
    for (const summary of (await this.virtualFiles.summarize(virtual, config.maxFileBytes)).summaries)
      this.disk.set(summary.path, summary);
    if (virtual.length) await this.virtualFiles.persist();
    this.changed();
  }
}
