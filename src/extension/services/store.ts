// The analysis store: one Analysis per open seed document version, computed by the analysis service's
// workers after a debounce. Readers (hovers, tree, symbols…) get the last result at once and hear of the
// new one through onDidChange; commands that act on offsets await the current version. A long document just
// opened shows its first window's analysis (marked by `window`) while the whole is computed.
import * as vscode from 'vscode';
import { SEED_LANGUAGE } from '../seedLanguage';
import type { Analysis } from '../../engine';
import type { AnalysisService } from './analysisService';
import { readConfig } from '../config';
import { analyzeDocument } from '../../core/workers/workerMain';
import {
  AnalysisTimeoutError,
  ServiceStoppedError,
  SupersededError,
  type AnalysisResult,
  type ReviewRequest,
} from '../../core/workers/workerPool';
import { reviewInput } from '../../core/workers/workerReview';
import { analyzeWindowFirst, type StagedAnalysis } from '../../core/workers/windowFirst';
import { applyReviews, type ReviewedAnalysis } from '../../core/review/apply';
import { log } from '../log';
import type { ReviewStore } from '../review/store';

export interface AnalysisChange {
  document: vscode.TextDocument;
  /** Undefined when the document was closed or is no longer a seed file. */
  analysis: Analysis | undefined;
}

/** Documents up to this many characters are analysed in-process at once (a few milliseconds). */
export const IN_PROCESS_MAX_CHARS = 1_000;
/**
 * A changed review of at most this many annotations (and this much annotated text) is applied at once, so that
 * a reader's action shows when its command returns; a larger one is applied in a worker.
 */
const AT_ONCE_MAX_ANNOTATIONS = 50;
const AT_ONCE_MAX_CHARS = 20_000;

interface StoredAnalysis {
  version: number;
  /** The engine's result alone, kept so that review changes re-merge without re-analysis. */
  machine: Analysis;
  /** The machine result with the reader's review layer merged over it. */
  analysis: ReviewedAnalysis;
  reviewRevision: string;
  /** The review revision a worker is applying now, if any. */
  applying?: string;
}

/** The review part of an analysis from the store (every stored analysis has one). */
export function reviewOf(analysis: Analysis): ReviewedAnalysis['review'] | undefined {
  return 'review' in analysis ? (analysis as ReviewedAnalysis).review : undefined;
}

/** Schemes of real documents; not diff views of older versions (git:), output panes and the like. */
const DOCUMENT_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs']);

export function isSeedDocument(document: vscode.TextDocument): boolean {
  return document.languageId === SEED_LANGUAGE && DOCUMENT_SCHEMES.has(document.uri.scheme);
}

/** The document's length in characters, without copying its text. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export class AnalysisStore implements vscode.Disposable {
  private readonly results = new Map<string, StoredAnalysis>();
  /** Analyses in flight, by document: the version asked for and its promise. */
  private readonly pending = new Map<string, { version: number; done: Promise<void> }>();
  /** Documents whose analysis failed (timed out), by document: the version and the reason. */
  private readonly failures = new Map<string, { version: number; reason: string }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changeEmitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  readonly onDidChange = this.changeEmitter.event;
  /** Duration of the most recent analysis, for the status bar tooltip and benchmarks. */
  lastAnalysisMs = 0;

  constructor(
    private readonly reviews: ReviewStore,
    private readonly service: AnalysisService,
  ) {
    this.disposables.push(
      reviews.onDidChange(({ articles, entityRules }) => {
        const affected = new Set(articles.map((u) => u.toString()));
        for (const document of vscode.workspace.textDocuments) {
          if (!entityRules && !affected.has(document.uri.toString())) continue;
          const analysis = this.get(document);
          if (analysis) this.changeEmitter.fire({ document, analysis });
        }
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, readConfig(e.document.uri).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
    );
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  /** The analysis of the document's current version, reviews merged, if it is ready. */
  get(document: vscode.TextDocument): ReviewedAnalysis | undefined {
    const stored = this.results.get(document.uri.toString());
    return stored && stored.version === document.version ? this.current(document, stored) : undefined;
  }

  /** The engine's own result for the document's current version, without the review layer. */
  machineAnalysis(document: vscode.TextDocument): Analysis | undefined {
    const stored = this.results.get(document.uri.toString());
    return stored && stored.version === document.version ? stored.machine : undefined;
  }

  /**
   * At once, never waiting: the current analysis, else the last one (an older version while an edit is
   * analysed), else undefined while the first is computed; a tiny document is analysed now.
   */
  analysisFor(document: vscode.TextDocument, token?: vscode.CancellationToken): ReviewedAnalysis | undefined {
    if (!isSeedDocument(document) || token?.isCancellationRequested) return undefined;
    const current = this.get(document);
    if (current) return current;
    if (documentLength(document) <= IN_PROCESS_MAX_CHARS && !this.failure(document))
      return this.analyzeInProcess(document);
    void this.request(document);
    const stored = this.results.get(document.uri.toString());
    return stored && this.current(document, stored);
  }

  /** The whole analysis of the document's current version, once it is computed (undefined if it failed). */
  async whenAnalysed(document: vscode.TextDocument): Promise<ReviewedAnalysis | undefined> {
    for (let tries = 0; tries < 100 && isSeedDocument(document) && !document.isClosed; tries++) {
      const analysis = this.analysisFor(document);
      if (analysis && this.get(document) && !analysis.window) return analysis;
      if (this.failure(document)) return undefined;
      await this.request(document);
    }
    const analysis = this.get(document);
    return analysis?.window ? undefined : analysis;
  }

  /** The first analysis of the current version to arrive: a long document's first window, else the whole one. */
  whenAvailable(document: vscode.TextDocument): Promise<ReviewedAnalysis | undefined> {
    const now = this.analysisFor(document);
    if (now && this.get(document)) return Promise.resolve(now);
    const whole = this.whenAnalysed(document);
    let listener: vscode.Disposable | undefined;
    const first = new Promise<ReviewedAnalysis | undefined>((resolve) => {
      listener = this.onDidChange((e) => e.document === document && this.get(document) && resolve(this.get(document)));
    });
    return Promise.race([first, whole]).finally(() => listener?.dispose());
  }

  /** Why the current version has no analysis (it timed out or crashed its worker), if so. */
  failure(document: vscode.TextDocument): string | undefined {
    const failed = this.failures.get(document.uri.toString());
    return failed && failed.version === document.version ? failed.reason : undefined;
  }

  /** Every document with a current analysis. */
  entries(): { document: vscode.TextDocument; analysis: ReviewedAnalysis }[] {
    const out: { document: vscode.TextDocument; analysis: ReviewedAnalysis }[] = [];
    for (const document of vscode.workspace.textDocuments) {
      const analysis = this.get(document);
      if (analysis) out.push({ document, analysis });
    }
    return out;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private current(document: vscode.TextDocument, stored: StoredAnalysis): ReviewedAnalysis {
    const revision = this.reviews.revisionFor(document.uri);
    if (stored.reviewRevision === revision) return stored.analysis;
    if (this.smallReview(document)) {
      stored.analysis = this.merge(document, stored.machine);
      stored.reviewRevision = revision;
    } else this.applyInWorker(document, stored, revision);
    return stored.analysis;
  }

  private smallReview(document: vscode.TextDocument): boolean {
    const annotations = this.reviews.annotationsFor(document.uri);
    if (annotations.length > AT_ONCE_MAX_ANNOTATIONS) return false;
    return annotations.reduce((n, a) => n + a.selectors.quote.exact.length, 0) <= AT_ONCE_MAX_CHARS;
  }

  /** What a worker needs to apply the document's review (undefined when there is nothing to apply). */
  private reviewRequest(document: vscode.TextDocument, machine?: Analysis): ReviewRequest | undefined {
    const annotations = this.reviews.annotationsFor(document.uri);
    const rules = this.reviews.rules();
    if (!annotations.length && !rules.size) return undefined;
    return { review: reviewInput(annotations, rules), ...(machine ? { machine } : {}) };
  }

  /** A large review that changed: applied to the stored analysis in a worker; readers hear when it is done. */
  private applyInWorker(document: vscode.TextDocument, stored: StoredAnalysis, revision: string): void {
    if (stored.applying === revision) return;
    stored.applying = revision;
    const key = document.uri.toString();
    const review = this.reviewRequest(document, stored.machine) ?? { review: reviewInput([], new Map()) };
    void this.service.analyze(document.getText(), `${key}#review`, { ...review, machine: stored.machine }).then(
      (result) => {
        if (this.results.get(key) !== stored || this.reviews.revisionFor(document.uri) !== revision) return;
        stored.analysis = result.reviewed ?? this.merge(document, stored.machine);
        stored.reviewRevision = revision;
        this.changeEmitter.fire({ document, analysis: stored.analysis });
      },
      (error: Error) => {
        if (stored.applying === revision) stored.applying = undefined;
        if (!(error instanceof SupersededError || error instanceof ServiceStoppedError))
          log().error(`Applying the review of ${document.uri.fsPath} failed`, error);
      },
    );
  }

  private merge(document: vscode.TextDocument, machine: Analysis): ReviewedAnalysis {
    try {
      return applyReviews(machine, document.getText(), this.reviews.annotationsFor(document.uri), this.reviews.rules());
    } catch (error) {
      log().error(`Applying the review annotations of ${document.uri.toString()} failed`, error);
      return applyReviews(machine, document.getText(), []);
    }
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!isSeedDocument(document)) {
      if (this.results.has(key)) this.forget(document);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed && !this.get(document)) void this.request(document);
      }, delayMs),
    );
  }

  /** Asks the service for the current version unless it is already asked for; resolves when it answered. */
  private request(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const version = document.version;
    const inFlight = this.pending.get(key);
    if (inFlight?.version === version) return inFlight.done;
    if (this.failure(document)) return Promise.resolve();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const revision = this.reviews.revisionFor(document.uri);
    const staged = this.ask(document, key, version);
    void staged.first?.then(
      (result) => this.receivedWindow(document, version, revision, result),
      (error: Error) => {
        if (!(error instanceof SupersededError || error instanceof ServiceStoppedError))
          log().error(`Analysis of the first part of ${document.uri.fsPath} failed`, error);
      },
    );
    const done = staged.whole.then(
      (result) => {
        this.received(document, result);
        if (document.version !== version || document.isClosed) return;
        const reviewed = revision === this.reviews.revisionFor(document.uri) ? result.reviewed : undefined;
        this.store(document, version, result.analysis, reviewed);
      },
      (error: Error) => {
        if (error instanceof SupersededError || error instanceof ServiceStoppedError) return;
        // Over its time budget, or it crashed its worker: not asked again until the text changes.
        if (document.version === version) {
          this.failures.set(key, {
            version,
            reason: error instanceof AnalysisTimeoutError ? error.message : `analysis worker stopped: ${error.message}`,
          });
          const stored = this.results.get(key);
          this.changeEmitter.fire({ document, analysis: stored && this.current(document, stored) });
        }
        log().error(`Analysis of ${document.uri.fsPath} failed`, error);
      },
    );
    const entry = { version, done: done.finally(() => this.pending.get(key) === entry && this.pending.delete(key)) };
    this.pending.set(key, entry);
    return entry.done;
  }

  /**
   * The service's analysis of the document: a long document with no analysis yet (just opened) is asked for its
   * first window too, reaching the end of what its editors show; not in-process, where it would only delay the whole.
   */
  private ask(document: vscode.TextDocument, key: string, version: number): StagedAnalysis {
    const analyze = (text: string, k: string, request?: ReviewRequest) => this.service.analyze(text, k, request);
    const request = this.reviewRequest(document);
    if (this.results.has(key) || this.service.mode !== 'workers')
      return { whole: analyze(document.getText(), key, request) };
    const visible = vscode.window.visibleTextEditors
      .filter((e) => e.document === document)
      .flatMap((e) => e.visibleRanges.map((r) => document.offsetAt(r.end)));
    const current = (): boolean => document.version === version && !document.isClosed;
    return analyzeWindowFirst(analyze, document.getText(), key, request, Math.max(0, ...visible), current);
  }

  /** A first window's analysis, stored unless the whole one (or another version) came first. */
  private receivedWindow(
    document: vscode.TextDocument,
    version: number,
    revision: string,
    result: AnalysisResult,
  ): void {
    if (document.version !== version || document.isClosed || this.results.get(document.uri.toString())) return;
    this.received(document, result);
    const reviewed = revision === this.reviews.revisionFor(document.uri) ? result.reviewed : undefined;
    this.store(document, version, result.analysis, reviewed);
  }

  private analyzeInProcess(document: vscode.TextDocument): ReviewedAnalysis | undefined {
    let result: AnalysisResult;
    try {
      result = analyzeDocument(document.getText());
    } catch (error) {
      log().error(`Analysis of ${document.uri.fsPath} failed`, error);
      return undefined;
    }
    this.received(document, result);
    return this.store(document, document.version, result.analysis);
  }

  /** Timing and failed engine stages of a result, for the status bar and the log. */
  private received(document: vscode.TextDocument, result: AnalysisResult): void {
    this.lastAnalysisMs = result.ms;
    for (const f of result.failures) log().error(`Finding ${f.stage} in ${document.uri.fsPath} failed: ${f.message}`);
  }

  /** `reviewed`: the review applied in the worker, for the current review revision. */
  private store(
    document: vscode.TextDocument,
    version: number,
    machine: Analysis,
    reviewed?: ReviewedAnalysis,
  ): ReviewedAnalysis {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.failures.delete(key);
    const analysis = reviewed ?? this.merge(document, machine);
    this.results.set(key, { version, machine, analysis, reviewRevision: this.reviews.revisionFor(document.uri) });
    this.changeEmitter.fire({ document, analysis });
    return analysis;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.failures.delete(key);
    this.pending.delete(key);
    if (this.results.delete(key)) this.changeEmitter.fire({ document, analysis: undefined });
  }
}
