// The reader's review layer in the workspace — where a sidecar is written: one W3C annotation sidecar per
// article under the collection root's `.seed-annotations/`, loaded and watched, merged with changes made
// elsewhere and written atomically. Live edit shifts (liveShifts.ts), undo (undoStack.ts), file checks
// (sidecarFiles.ts) and diagnostics (sidecarDiagnostics.ts) are beside it.
import { notificationText } from '../../core/presentation/markdown';
import * as vscode from 'vscode';
import { serializeSidecar } from '../../core/review/jsonldWrite';
import { articlePathOf, parseSidecar, sidecarPathFor, SIDECAR_FOLDER } from '../../core/review/jsonld';
import { sidecarOverCap } from '../../core/review/sidecarLimits';
import { mergeAnnotations } from '../../core/review/merge';
import { entityRules, type EntityRule, type ReviewAnnotation } from '../../core/review/model';
import { writeAtomically } from '../fileWrites';
import { log } from '../log';
import { registerLiveShifts } from './liveShifts';
import { SidecarDiagnostics } from './sidecarDiagnostics';
import { linkOnWritePath, readSidecar, SIDECAR_GLOB } from './sidecarFiles';
import type { Refusal, ReviewChange, Sidecar } from './sidecarState';
import { ReviewUndoStack } from './undoStack';
import { SidecarWatch } from './watch';

export type { ReviewChange } from './sidecarState';
export { SIDECAR_GLOB } from './sidecarFiles';

export class ReviewStore implements vscode.Disposable {
  private readonly sidecars = new Map<string, Sidecar>();
  private readonly undoStack = new ReviewUndoStack();
  private rulesCache: Map<string, EntityRule> | undefined;
  /** Bumps whenever the collection's entity decisions may have changed. */
  rulesVersion = 0;
  private readonly changeEmitter = new vscode.EventEmitter<ReviewChange>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly diagnostics = new SidecarDiagnostics();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.diagnostics];
  private loading: Promise<void> = Promise.resolve();

  constructor() {
    this.disposables.push(
      new SidecarWatch({
        reloadSidecar: (uri) => this.reloadSidecar(uri),
        reloadFolder: (folder) => this.reloadFolder(folder),
        reloadUnder: (folder) => this.reloadUnder(folder),
        sidecarOf: (article) => this.locate(article)?.sidecar,
      }),
      registerLiveShifts({
        stateOf: (article) => {
          const state = this.sidecars.get(article.toString());
          return state && !state.error ? state : undefined;
        },
        persist: (state) => this.persist(state),
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll()),
    );
  }

  /** Loads every sidecar of the workspace. */
  loadAll(): Promise<void> {
    this.loading = this.loading
      .then(async () => {
        const found = await vscode.workspace.findFiles(SIDECAR_GLOB);
        await Promise.all(found.map((uri) => this.reloadSidecar(uri, false)));
        this.invalidateRules();
        this.changeEmitter.fire({ articles: [...this.sidecars.values()].map((s) => s.article), entityRules: true });
      })
      .catch((error) => log().error('Loading review annotations failed', error));
    return this.loading;
  }

  /** Reads the article's sidecar again (when file events may have been missed). */
  async refresh(article: vscode.Uri): Promise<void> {
    const where = this.locate(article);
    if (where) await this.reloadSidecar(where.sidecar);
  }

  whenLoaded(): Promise<void> {
    return this.loading;
  }

  /** The collection root (workspace folder), the article's relative path and its sidecar. */
  locate(article: vscode.Uri): { source: string; sidecar: vscode.Uri } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) return undefined;
    const source = article.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    if (!source || source.startsWith(`${SIDECAR_FOLDER}/`)) return undefined;
    return { source, sidecar: vscode.Uri.joinPath(folder.uri, ...sidecarPathFor(source).split('/')) };
  }

  annotationsFor(article: vscode.Uri): readonly ReviewAnnotation[] {
    const state = this.sidecars.get(article.toString());
    return state && !state.error ? state.annotations : [];
  }

  /** Changes with every review change of the article and with every entity decision anywhere. */
  revisionFor(article: vscode.Uri): string {
    return `${this.sidecars.get(article.toString())?.revision ?? 0}:${this.rulesVersion}`;
  }

  /** The article's `describing` annotations (its import provenance), as read from its sidecar. */
  describingFor(article: vscode.Uri): readonly unknown[] {
    const state = this.sidecars.get(article.toString());
    return state && !state.error ? state.describing : [];
  }

  errorFor(article: vscode.Uri): string | undefined {
    return this.sidecars.get(article.toString())?.error;
  }

  /** Articles with a sidecar. */
  articles(): vscode.Uri[] {
    return [...this.sidecars.values()].map((s) => s.article);
  }

  private invalidateRules(): void {
    this.rulesCache = undefined;
    this.rulesVersion++;
  }

  /** Entity decisions of the whole collection. */
  rules(): Map<string, EntityRule> {
    this.rulesCache ??= entityRules([...this.sidecars.values()].filter((s) => !s.error).flatMap((s) => s.annotations));
    return this.rulesCache;
  }

  /**
   * Applies a review action to the article's annotations and writes its sidecar. Resolves to false when
   * the sidecar cannot be written (invalid on disk, outside a workspace folder).
   */
  async update(
    article: vscode.Uri,
    label: string,
    edit: (current: readonly ReviewAnnotation[], source: string) => ReviewAnnotation[],
  ): Promise<boolean> {
    await this.loading;
    const state = this.stateFor(article);
    if (!state) {
      void vscode.window.showErrorMessage(
        'Seed Annotator: review annotations are kept in the workspace folder; open the article inside a workspace folder.',
      );
      return false;
    }
    if (state.error) {
      void vscode.window.showErrorMessage(
        notificationText(
          `Seed Annotator: ${vscode.workspace.asRelativePath(state.uri)} is not valid (${state.error}). Fix or delete it; nothing was written.`,
        ),
      );
      return false;
    }
    const before = state.annotations;
    state.annotations = edit(before, state.source);
    this.undoStack.push({ article, label, before });
    this.changed(state, before);
    return this.persist(state);
  }

  /** Undoes the last review action; resolves to its label, or undefined when there is none. */
  async undo(): Promise<string | undefined> {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    const state = this.stateFor(entry.article);
    if (!state || state.error) return undefined;
    const before = state.annotations;
    state.annotations = entry.before;
    this.changed(state, before);
    await this.persist(state);
    return entry.label;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private stateFor(article: vscode.Uri): Sidecar | undefined {
    const key = article.toString();
    let state = this.sidecars.get(key);
    if (!state) {
      const where = this.locate(article);
      if (!where) return undefined;
      state = {
        uri: where.sidecar,
        article,
        source: where.source,
        annotations: [],
        describing: [],
        base: [],
        diskText: undefined,
        shifted: false,
        revision: 1,
        writing: Promise.resolve(),
      };
      this.sidecars.set(key, state);
    }
    return state;
  }

  private changed(state: Sidecar, before: readonly ReviewAnnotation[]): void {
    state.revision++;
    const rulesChanged = [...before, ...state.annotations].some((a) => a.body.kind === 'entity');
    if (rulesChanged) this.invalidateRules();
    this.changeEmitter.fire({ articles: [state.article], entityRules: rulesChanged });
  }

  /** Writes the sidecar atomically, merging first when it changed on disk since it was read. */
  private persist(state: Sidecar): Promise<boolean> {
    const run = state.writing.then(() => this.write(state));
    state.writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run.catch((error) => {
      log().error(`Writing ${state.uri.toString()} failed`, error);
      void vscode.window.showErrorMessage(
        notificationText(
          `Seed Annotator: could not write ${vscode.workspace.asRelativePath(state.uri)}: ${(error as Error)?.message ?? error}`,
        ),
      );
      return false;
    });
  }

  private async write(state: Sidecar): Promise<boolean> {
    const link = await linkOnWritePath(state.uri);
    if (link) {
      void vscode.window.showErrorMessage(
        notificationText(
          `Seed Annotator: ${vscode.workspace.asRelativePath(link)} is a symbolic link; review annotations are not written through it.`,
        ),
      );
      return false;
    }
    const { text: onDisk, refused } = await readSidecar(state.uri);
    const theirs = onDisk !== state.diskText && onDisk !== undefined ? parseSidecar(onDisk, state.source) : undefined;
    const problem: Refusal | undefined =
      refused ?? (theirs?.error ? { code: 'invalid-sidecar', reason: theirs.error } : undefined);
    if (problem) {
      this.markInvalid(state, problem);
      return false;
    }
    if (theirs) {
      const before = state.annotations;
      state.describing = theirs.describing ?? [];
      state.annotations = mergeAnnotations(state.base, state.annotations, theirs.annotations);
      if (state.annotations.length !== before.length) this.changed(state, before);
    }
    const content = serializeSidecar(state.annotations, state.describing);
    if (content !== onDisk) await writeAtomically(state.uri, content, true);
    state.base = state.annotations;
    state.diskText = content;
    return true;
  }

  /** A sidecar changed on disk (a pull, another tool, our own write): reload and merge. */
  private async reloadSidecar(uri: vscode.Uri, notify = true): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder && uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const source = relative && articlePathOf(relative);
    if (!folder || !source) return;
    const state = this.stateFor(vscode.Uri.joinPath(folder.uri, ...source.split('/')));
    if (!state) return;
    await state.writing;
    const { text, refused } = await readSidecar(uri);
    if (!refused && text === state.diskText && !state.error) return;
    const before = state.annotations;
    if (refused) {
      state.annotations = [];
      this.markInvalid(state, refused);
    } else if (text === undefined) this.forgetDisk(state);
    else this.takeDisk(state, text);
    if (notify) this.changed(state, before);
    else state.revision++;
  }

  /** The sidecar is gone: no review. */
  private forgetDisk(state: Sidecar): void {
    state.annotations = [];
    state.describing = [];
    state.base = [];
    state.diskText = undefined;
    state.error = undefined;
    this.diagnostics.clear(state.uri);
  }

  /** The sidecar's text on disk, merged with unsaved changes (or refused when invalid or beyond the caps). */
  private takeDisk(state: Sidecar, text: string): void {
    const parsed = parseSidecar(text, state.source);
    const over = sidecarOverCap(text.length, parsed.annotations.length);
    if (parsed.error || over) {
      const refusal: Refusal = over
        ? { code: 'review-not-applied', reason: over }
        : { code: 'invalid-sidecar', reason: parsed.error! };
      this.markInvalid(state, refusal);
      return;
    }
    const hadError = state.error !== undefined;
    state.error = undefined;
    this.diagnostics.clear(state.uri);
    state.annotations = hadError
      ? parsed.annotations
      : mergeAnnotations(state.base, state.annotations, parsed.annotations);
    state.base = parsed.annotations;
    state.describing = parsed.describing ?? [];
    state.diskText = text;
    if (parsed.skipped.length)
      log().warn(
        `${state.uri.fsPath}: ${parsed.skipped.length} annotation(s) skipped: ${parsed.skipped.map((s) => `#${s.index} ${s.reason}`).join('; ')}`,
      );
  }

  private async reloadFolder(folder: vscode.Uri): Promise<void> {
    const found = await vscode.workspace
      .findFiles(new vscode.RelativePattern(folder, '**/*.json'))
      .then(undefined, () => []);
    await Promise.all(found.map((uri) => this.reloadSidecar(uri)));
  }

  private reloadUnder(folder: vscode.Uri): void {
    const prefix = `${folder.toString()}/`;
    for (const state of this.sidecars.values()) {
      if (state.uri.toString().startsWith(prefix)) void this.reloadSidecar(state.uri);
    }
  }

  private markInvalid(state: Sidecar, refusal: Refusal): void {
    state.error = refusal.reason;
    this.diagnostics.report(state.uri, refusal);
  }
}
