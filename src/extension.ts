// Entry point: wires the analysis store and the workspace index to one module per VS Code surface.
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { SETTING_KEYS, readConfig } from './config';
import { registerDiagnostics } from './diagnostics';
import { registerExport } from './exportAnnotations';
import { registerHighlights } from './highlights';
import { registerHovers } from './hover';
import { registerLanguageDetection } from './languageDetection';
import { registerReportPanel } from './reportPanel';
import { log } from './log';
import { registerSourcesView, type SourcesTreeProvider } from './sourcesTree';
import { registerStatusBar } from './statusBar';
import { registerReviewCodeActions } from './reviewCodeActions';
import { registerReviewCommands } from './reviewCommands';
import { ReviewStore } from './reviewStore';
import { AnalysisStore } from './store';
import { registerSymbols } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';

/** What activate() returns; integration tests drive the extension through it. */
export interface SeedAnnotatorApi {
  store: AnalysisStore;
  reviews: ReviewStore;
  index: WorkspaceIndex;
  sources: SourcesTreeProvider;
  /** Resolves when the workspace index (and any queued file update) is complete. */
  whenIndexed(): Promise<void>;
  settingKeys: readonly string[];
  readConfig: typeof readConfig;
}

export function activate(context: vscode.ExtensionContext): SeedAnnotatorApi {
  const reviews = new ReviewStore();
  const store = new AnalysisStore(reviews);
  const index = new WorkspaceIndex(context, store, reviews);
  const sources = registerSourcesView(context, index, store);
  context.subscriptions.push(
    log(),
    reviews,
    store,
    index,
    sources.disposable,
    registerDiagnostics(store),
    registerCodeActions(store),
    registerReviewCodeActions(store),
    registerReviewCommands(store, reviews, index),
    registerHovers(store, index),
    registerHighlights(store),
    registerSymbols(store, index),
    registerStatusBar(store),
    registerCommands(store, index),
    registerExport(index, reviews, String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0')),
    registerLanguageDetection(),
    registerReportPanel(context, index),
  );
  void reviews.loadAll();
  void index.rebuild();
  return {
    store,
    reviews,
    index,
    sources: sources.provider,
    whenIndexed: () => index.whenIndexed(),
    settingKeys: Object.keys(SETTING_KEYS),
    readConfig,
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
