// The reader's review layer in the workspace: one W3C annotation sidecar per article under the
// collection root's `.seed-annotations/`, loaded and watched, merged with changes made elsewhere,
// written atomically, shifted live while an article is edited, with an undo stack of review actions.
import * as vscode from 'vscode';
import { describeSpan, shiftSpan, type TextChange } from '../../core/review/anchoring/anchoring';
import { anchorAnnotations } from '../../core/review/apply';
import {
  articlePathOf,
  parseSidecar,
  serializeSidecar,
  sidecarPathFor,
  SIDECAR_FOLDER,
} from '../../core/review/jsonld';
import { mergeAnnotations } from '../../core/review/merge';
import { entityRules, type EntityRule, type ReviewAnnotation } from '../../core/review/model';
import { writeAtomically } from '../fileWrites';
import { log } from '../log';
import { SidecarWatch } from './watch';

interface Sidecar {
  uri: vscode.Uri;
  article: vscode.Uri;
  /** The article's path relative to the collection root, as annotations name it. */
  source: string;
  annotations: ReviewAnnotation[];
  /** The article's `describing` annotations (its import provenance), written back untouched. */
  describing: unknown[];
  /** As last read from or written to disk: the base of three-way merges. */
  base: ReviewAnnotation[];
  diskText: string | undefined;
  /** The sidecar on disk is unusable: the article shows machine annotations only and nothing is written. */
  error?: string;
  /** Positions moved by live edits not yet saved. */
  shifted: boolean;
  revision: number;
  writing: Promise<void>;
}

export interface ReviewChange {
  articles: vscode.Uri[];
  /** Entity decisions changed: every article and the workspace model are affected. */
  entityRules: boolean;
}

interface UndoEntry {
  article: vscode.Uri;
  label: string;
  before: ReviewAnnotation[];
}

const UNDO_LIMIT = 200;
export const SIDECAR_GLOB = `**/${SIDECAR_FOLDER}/**/*.json`;

export class ReviewStore implements vscode.Disposable {
  private readonly sidecars = new Map<string, Sidecar>();
  private readonly undoStack: UndoEntry[] = [];
  private rulesCache: Map<string, EntityRule> | undefined;
  /** Bumps whenever the collection's entity decisions may have changed. */
  rulesVersion = 0;
  private readonly changeEmitter = new vscode.EventEmitter<ReviewChange>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('seed-annotations');
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.problems];
  private loading: Promise<void> = Promise.resolve();

  constructor() {
    this.disposables.push(
      new SidecarWatch({
        reloadSidecar: (uri) => this.reloadSidecar(uri),
        reloadFolder: (folder) => this.reloadFolder(folder),
        reloadUnder: (folder) => this.reloadUnder(folder),
        sidecarOf: (article) => this.locate(article)?.sidecar,
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.shiftLive(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.persistShifts(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.dropShifts(doc)),
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
        `Seed Annotator: ${vscode.workspace.asRelativePath(state.uri)} is not valid (${state.error}). Fix or delete it; nothing was written.`,
      );
      return false;
    }
    const before = state.annotations;
    state.annotations = edit(before, state.source);
    this.undoStack.push({ article, label, before });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
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
    const run = state.writing.then(async () => {
      const onDisk = await readText(state.uri);
      if (onDisk !== state.diskText && onDisk !== undefined) {
        const theirs = parseSidecar(onDisk, state.source);
        if (theirs.error) {
          this.markInvalid(state, theirs.error);
          return false;
        }
        const before = state.annotations;
        state.describing = theirs.describing ?? [];
        state.annotations = mergeAnnotations(state.base, state.annotations, theirs.annotations);
        if (state.annotations.length !== before.length) this.changed(state, before);
      }
      const content = serializeSidecar(state.annotations, state.describing);
      if (content === onDisk) {
        state.base = state.annotations;
        state.diskText = content;
        return true;
      }
      await writeAtomically(state.uri, content, true);
      state.base = state.annotations;
      state.diskText = content;
      return true;
    });
    state.writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run.catch((error) => {
      log().error(`Writing ${state.uri.toString()} failed`, error);
      void vscode.window.showErrorMessage(
        `Seed Annotator: could not write ${vscode.workspace.asRelativePath(state.uri)}: ${(error as Error)?.message ?? error}`,
      );
      return false;
    });
  }

  /** A sidecar changed on disk (a pull, another tool, our own write): reload and merge. */
  private async reloadSidecar(uri: vscode.Uri, notify = true): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder && uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const source = relative && articlePathOf(relative);
    if (!folder || !source) return;
    const article = vscode.Uri.joinPath(folder.uri, ...source.split('/'));
    const state = this.stateFor(article);
    if (!state) return;
    await state.writing;
    const text = await readText(uri);
    if (text === state.diskText && !state.error) return;
    const before = state.annotations;
    if (text === undefined) {
      state.annotations = [];
      state.describing = [];
      state.base = [];
      state.diskText = undefined;
      state.error = undefined;
      this.problems.delete(uri);
    } else {
      const parsed = parseSidecar(text, state.source);
      if (parsed.error) {
        this.markInvalid(state, parsed.error);
      } else {
        const hadError = state.error !== undefined;
        state.error = undefined;
        this.problems.delete(uri);
        state.annotations = hadError
          ? parsed.annotations
          : mergeAnnotations(state.base, state.annotations, parsed.annotations);
        state.base = parsed.annotations;
        state.describing = parsed.describing ?? [];
        state.diskText = text;
        if (parsed.skipped.length)
          log().warn(
            `${uri.fsPath}: ${parsed.skipped.length} annotation(s) skipped: ${parsed.skipped.map((s) => `#${s.index} ${s.reason}`).join('; ')}`,
          );
      }
    }
    if (notify) this.changed(state, before);
    else state.revision++;
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

  private markInvalid(state: Sidecar, error: string): void {
    state.error = error;
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      `Seed Annotator cannot read this sidecar (${error}). The article shows the machine's annotations only, and nothing is written here until it is fixed.`,
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = 'Seed Annotator';
    diagnostic.code = 'invalid-sidecar';
    this.problems.set(state.uri, [diagnostic]);
    log().warn(`${state.uri.toString()}: ${error}`);
  }

  /** Live edits move annotations by the change events; no search is needed. */
  private shiftLive(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const state = this.sidecars.get(e.document.uri.toString());
    if (!state || state.error || !state.annotations.length) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({
      offset: c.rangeOffset,
      length: c.rangeLength,
      text: c.text,
    }));
    let moved = false;
    state.annotations = state.annotations.map((a) => {
      const position = a.selectors.position;
      if (!position) return a;
      const shifted = shiftSpan(position, changes);
      if (!shifted || (shifted.start === position.start && shifted.end === position.end)) return a;
      moved = true;
      return { ...a, selectors: { ...a.selectors, position: { type: 'TextPositionSelector', ...shifted } } };
    });
    if (moved) {
      state.shifted = true;
      state.revision++;
    }
  }

  /** On save, anchored annotations take their new positions and context into the sidecar. */
  private async persistShifts(document: vscode.TextDocument): Promise<void> {
    const state = this.sidecars.get(document.uri.toString());
    if (!state?.shifted || state.error) return;
    state.shifted = false;
    const text = document.getText();
    const { anchored } = anchorAnnotations(text, state.annotations);
    const moved = new Map(
      anchored.filter((a) => a.method !== 'fuzzy').map((a) => [a.annotation.id, describeSpan(text, a.start, a.end)]),
    );
    state.annotations = state.annotations.map((a) => {
      const selectors = moved.get(a.id);
      return selectors ? { ...a, selectors } : a;
    });
    await this.persist(state);
  }

  /** Closed without saving: the positions on disk are right again. */
  private dropShifts(document: vscode.TextDocument): void {
    const state = this.sidecars.get(document.uri.toString());
    if (!state?.shifted) return;
    state.shifted = false;
    state.annotations = state.base;
    state.revision++;
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
