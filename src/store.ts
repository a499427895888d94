// The analysis store: one Analysis per open seed document version. Edits are re-analysed after a
// debounce; every consumer (diagnostics, hovers, tree, highlights…) reads from here.
import * as vscode from 'vscode';
import { analyze, type Analysis } from './engine';
import { readConfig } from './config';
import { applyReviews, type ReviewedAnalysis } from './core/review/apply';
import { log } from './log';
import type { ReviewStore } from './reviewStore';

export interface AnalysisChange {
  document: vscode.TextDocument;
  /** Undefined when the document was closed or is no longer a seed file. */
  analysis: Analysis | undefined;
}

interface StoredAnalysis {
  version: number;
  /** The engine's result alone, kept so that review changes re-merge without re-analysis. */
  machine: Analysis;
  /** The machine result with the reader's review layer merged over it. */
  analysis: ReviewedAnalysis;
  reviewRevision: string;
}

/** The review part of an analysis from the store (every stored analysis has one). */
export function reviewOf(analysis: Analysis): ReviewedAnalysis['review'] | undefined {
  return 'review' in analysis ? (analysis as ReviewedAnalysis).review : undefined;
}

export const SEED_LANGUAGE = 'seed';

/** Schemes of real documents; not diff views of older versions (git:), output panes and the like. */
const DOCUMENT_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'memfs']);

export function isSeedDocument(document: vscode.TextDocument): boolean {
  return document.languageId === SEED_LANGUAGE && DOCUMENT_SCHEMES.has(document.uri.scheme);
}

export class AnalysisStore implements vscode.Disposable {
  private readonly results = new Map<string, StoredAnalysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changeEmitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  readonly onDidChange = this.changeEmitter.event;
  /** Duration of the most recent analysis, for the status bar tooltip and benchmarks. */
  lastAnalysisMs = 0;

  constructor(private readonly reviews: ReviewStore) {
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
    if (!stored || stored.version !== document.version) return undefined;
    const revision = this.reviews.revisionFor(document.uri);
    if (stored.reviewRevision !== revision) {
      stored.analysis = this.merge(document, stored.machine);
      stored.reviewRevision = revision;
    }
    return stored.analysis;
  }

  /** The engine's own result for the document's current version, without the review layer. */
  machineAnalysis(document: vscode.TextDocument): Analysis | undefined {
    const stored = this.results.get(document.uri.toString());
    return stored && stored.version === document.version ? stored.machine : undefined;
  }

  private merge(document: vscode.TextDocument, machine: Analysis): ReviewedAnalysis {
    try {
      return applyReviews(machine, document.getText(), this.reviews.annotationsFor(document.uri), this.reviews.rules());
    } catch (error) {
      log().error(`Applying the review annotations of ${document.uri.toString()} failed`, error);
      return applyReviews(machine, document.getText(), []);
    }
  }

  /** The current analysis, computed now if an edit is still waiting for its debounce. */
  analysisFor(document: vscode.TextDocument, token?: vscode.CancellationToken): ReviewedAnalysis | undefined {
    if (!isSeedDocument(document) || token?.isCancellationRequested) return undefined;
    return this.get(document) ?? this.analyzeNow(document);
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
        if (!document.isClosed && !this.get(document)) this.analyzeNow(document);
      }, delayMs),
    );
  }

  private analyzeNow(document: vscode.TextDocument): ReviewedAnalysis | undefined {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const version = document.version;
    const started = performance.now();
    let machine: Analysis;
    try {
      machine = analyze(document.getText(), { expectHeader: true, onError: (e) => log().error(`Finding ${e.stage} in ${document.uri.fsPath} failed`, e.error) });
    } catch (error) {
      log().error(`Analysis of ${document.uri.fsPath} failed`, error);
      return undefined;
    }
    this.lastAnalysisMs = performance.now() - started;
    const analysis = this.merge(document, machine);
    this.results.set(key, { version, machine, analysis, reviewRevision: this.reviews.revisionFor(document.uri) });
    this.changeEmitter.fire({ document, analysis });
    return analysis;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.results.delete(key)) this.changeEmitter.fire({ document, analysis: undefined });
  }
}
