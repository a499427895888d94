// The extension's wiring, shared by the desktop and web entries: the analysis service, the stores and the
// workspace index, and one module per VS Code surface. Nothing here imports Node.
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { SETTING_KEYS, readConfig } from './config';
import { registerDiagnostics } from './diagnostics';
import { registerExport } from './exportAnnotations';
import { registerHighlights } from './highlights';
import { registerHovers } from './hover';
import { registerLanguageDetection } from './languageDetection';
import type { Platform } from './platform';
import { registerReportPanel } from './reportPanel';
import { log } from './log';
import { useLocalHeadReader } from './seedFileFinder';
import { registerSourcesView, type SourcesTreeProvider } from './sourcesTree';
import { registerStatusBar } from './statusBar';
import { registerReviewCodeActions } from './reviewCodeActions';
import { registerReviewCommands } from './reviewCommands';
import { ReviewStore } from './reviewStore';
import { AnalysisStore } from './store';
import { registerSymbols } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';
import { openWorkspaceFsCache } from './workspaceFsCache';
import { VirtualFileIndexer } from './virtualFileIndexer';

/** What activate() returns; integration tests drive the extension through it. */
export interface SeedAnnotatorApi {
  service: AnalysisService;
  store: AnalysisStore;
  reviews: ReviewStore;
  index: WorkspaceIndex;
  sources: SourcesTreeProvider;
  /** Resolves when the workspace index (and any queued file update) is complete. */
  whenIndexed(): Promise<void>;
  settingKeys: readonly string[];
  readConfig: typeof readConfig;
}

export function activateWith(context: vscode.ExtensionContext, platform: Platform): SeedAnnotatorApi {
  const localFiles = platform.localFiles?.(context);
  useLocalHeadReader(localFiles?.readHead);
  const service = new AnalysisService(context, platform);
  const reviews = new ReviewStore();
  const store = new AnalysisStore(reviews, service);
  const index = new WorkspaceIndex(store, reviews, service, new VirtualFileIndexer(service, reviews, () => openWorkspaceFsCache(context)), localFiles);
  const sources = registerSourcesView(context, index, store);
  context.subscriptions.push(
    log(),
    service,
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
    service,
    store,
    reviews,
    index,
    sources: sources.provider,
    whenIndexed: () => index.whenIndexed(),
    settingKeys: Object.keys(SETTING_KEYS),
    readConfig,
  };
}
