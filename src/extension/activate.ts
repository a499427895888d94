// The extension's wiring, shared by the desktop and web entries: the analysis service, the stores and the
// workspace index, and one module per VS Code surface. Nothing here imports Node.
import * as vscode from 'vscode';
import { AnalysisService } from './services/analysisService';
import { registerCodeActions } from './features/codeActions';
import { registerCommands } from './features/commands';
import { SETTING_KEYS, readConfig } from './config';
import { registerDiagnostics } from './features/diagnostics';
import { registerExport } from './features/exportAnnotations';
import { registerHighlights } from './features/highlights';
import { registerHovers } from './features/hover';
import { registerImport } from './features/importArticles';
import { registerProvenanceHover } from './features/importHover';
import { provenanceOfItems } from '../core/import/pipeline/provenance';
import { uriOf } from './services/fileIds';
import { registerLanguageDetection } from './features/languageDetection';
import type { Platform } from './platform';
import { registerReportPanel } from './features/reportPanel';
import { log } from './log';
import { useLocalHeadReader } from './services/seedFileFinder';
import { registerSourcesView, type SourcesTreeProvider } from './features/sourcesTree';
import { registerStatusBar } from './features/statusBar';
import { registerReviewCodeActions } from './review/codeActions';
import { registerReviewCommands } from './review/commands';
import { ReviewStore } from './review/store';
import { AnalysisStore } from './services/store';
import { registerSymbols } from './features/symbols';
import { WorkspaceIndex } from './services/workspaceIndex';
import { openWorkspaceFsCache } from './services/workspaceFsCache';
import { VirtualFileIndexer } from './services/virtualFileIndexer';

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
  const index = new WorkspaceIndex(
    store,
    reviews,
    service,
    new VirtualFileIndexer(service, reviews, () => openWorkspaceFsCache(context)),
    localFiles,
  );
  const sources = registerSourcesView(context, index, store, (id) => {
    const source = provenanceOfItems(reviews.describingFor(uriOf(id)));
    return source && { outlet: source.outlet, title: source.title };
  });
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
    registerProvenanceHover(reviews),
    registerHighlights(store),
    registerSymbols(store, index),
    registerStatusBar(store),
    registerCommands(store, index),
    registerExport(index, reviews, String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0')),
    registerLanguageDetection(),
    registerReportPanel(context, index, (id) => provenanceOfItems(reviews.describingFor(uriOf(id)))?.outlet),
    registerImport(platform, String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0')),
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
