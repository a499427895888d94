// The Collection Report: a webview panel over the workspace index, and its export as one HTML file.
// All numbers come from src/core/report; this file only connects them to VS Code.
import * as vscode from 'vscode';
import { buildReport } from '../../core/report/buildReport';
import type { Corpus } from '../../core/report/corpus';
import { IncrementalCorpus } from '../../core/report/incrementalCorpus';
import { reportPage } from '../../core/report/html';
import {
  parseWebviewMessage,
  type HostMessage,
  type ReportData,
  type ReportFilters,
  type WebviewMessage,
} from '../../core/report/protocol';
import { SHOW_REPORT_COMMAND } from '../../core/presentation/commandIds';
import { searchCollection } from '../../core/report/search';
import type { RangeTuple } from '../../core/summary/lineIndex';
import type { WorkspaceModel } from '../../core/model/workspaceModel';
import { toRange } from './locations';
import { prepareTarget, refusedLinkTarget, targetUri, writeAtomically, type TargetOptions } from '../fileWrites';
import { log } from '../log';
import { uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

export { SHOW_REPORT_COMMAND };
export const EXPORT_REPORT_COMMAND = 'seedAnnotator.exportCollectionReport';
const VIEW_TYPE = 'seedAnnotator.collectionReport';
const TITLE = 'Collection Report';
const UPDATE_DELAY_MS = 300;
const SCRIPT = ['dist', 'webview', 'report.js'];
const STYLE = ['media', 'report.css'];

/** What the show command resolves to: for tests and scripted use. */
export interface ReportView {
  readonly panel: vscode.WebviewPanel;
  /** The last report sent to the webview. */
  readonly lastReport: ReportData | undefined;
  /** Resolves once the webview has loaded and been sent a report. */
  delivered(): Promise<ReportData>;
  /** Handles a message as if the webview had sent it. */
  receive(message: unknown): Promise<unknown>;
}

export interface ReportExportOptions extends TargetOptions {
  filters?: ReportFilters;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The report's corpus once per workspace model (filters and searches reuse it), updated article by article. */
class ReportSource {
  private cached: { model: WorkspaceModel; corpus: Corpus } | undefined;
  private incremental: { multiRoot: boolean; corpus: IncrementalCorpus } | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly outletOf?: (id: string) => string | undefined,
  ) {}

  corpus(): Corpus {
    const model = this.index.model();
    if (this.cached?.model !== model) {
      const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
      if (this.incremental?.multiRoot !== multiRoot) {
        const relative = (id: string): string => vscode.workspace.asRelativePath(uriOf(id), multiRoot);
        this.incremental = { multiRoot, corpus: new IncrementalCorpus(relative, this.outletOf) };
      }
      this.cached = { model, corpus: this.incremental.corpus.sync(this.index.summaries(), model) };
    }
    return this.cached.corpus;
  }

  report(filters: ReportFilters): ReportData {
    return buildReport(this.corpus(), filters);
  }
}

class CollectionReportPanel implements ReportView {
  private filters: ReportFilters = {};
  private updateTimer: NodeJS.Timeout | undefined;
  private ready = false;
  private disposed = false;
  private indexing = true;
  private waiting: ((data: ReportData) => void)[] = [];
  lastReport: ReportData | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly source: ReportSource,
    onDispose: () => void,
  ) {
    const webview = panel.webview;
    const id = nonce();
    webview.html = reportPage({
      title: TITLE,
      nonce: id,
      cspSource: webview.cspSource,
      style: { href: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...STYLE)).toString() },
      script: { src: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...SCRIPT)).toString() },
    });
    this.disposables.push(
      webview.onDidReceiveMessage((message) => void this.receive(message)),
      index.onDidChange(() => this.scheduleUpdate()),
      panel.onDidDispose(() => {
        this.disposed = true;
        clearTimeout(this.updateTimer);
        vscode.Disposable.from(...this.disposables).dispose();
        onDispose();
      }),
    );
    void index.whenIndexed().then(() => {
      this.indexing = false;
      this.scheduleUpdate();
    });
  }

  delivered(): Promise<ReportData> {
    if (this.ready && this.lastReport) return Promise.resolve(this.lastReport);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async receive(raw: unknown): Promise<unknown> {
    const message = parseWebviewMessage(raw);
    if ('error' in message) {
      log().warn(`Collection Report: ignored a message from the webview: ${message.error}`);
      return undefined;
    }
    return this.handle(message);
  }

  private async handle(message: WebviewMessage): Promise<unknown> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        return this.update();
      case 'filters':
        this.filters = message.filters;
        return this.update();
      case 'search': {
        const results = searchCollection(this.source.corpus(), message.query);
        await this.post({ type: 'searchResults', results });
        return results;
      }
      case 'reveal':
        return this.reveal(message.path, message.range);
      case 'export':
        return vscode.commands.executeCommand(EXPORT_REPORT_COMMAND, undefined, { filters: this.filters });
    }
  }

  private scheduleUpdate(): void {
    if (this.disposed) return;
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<ReportData> {
    const data = this.source.report(this.filters);
    this.lastReport = data;
    if (this.ready && !this.disposed) {
      await this.post({ type: 'report', data, ...(this.indexing ? { indexing: true } : {}) });
      for (const resolve of this.waiting.splice(0)) resolve(data);
    }
    return data;
  }

  private async post(message: HostMessage): Promise<void> {
    if (!(await this.panel.webview.postMessage(message)))
      log().warn(`Collection Report: the webview did not take a "${message.type}" message`);
  }

  /** Opens an indexed article beside the report and selects the range. */
  private async reveal(path: string, range: RangeTuple): Promise<vscode.TextEditor | undefined> {
    if (!this.index.summary(path)) {
      void vscode.window.showWarningMessage(`Seed Annotator: ${path} is no longer in the index.`);
      return undefined;
    }
    const selection = toRange(range);
    const other = vscode.window.visibleTextEditors.find(
      (e) => e.viewColumn !== undefined && e.viewColumn !== this.panel.viewColumn,
    );
    const editor = await vscode.window.showTextDocument(uriOf(path), {
      selection,
      viewColumn: other?.viewColumn ?? vscode.ViewColumn.Beside,
      preserveFocus: false,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }
}

export function registerReportPanel(
  context: vscode.ExtensionContext,
  index: WorkspaceIndex,
  outletOf?: (id: string) => string | undefined,
): vscode.Disposable {
  const source = new ReportSource(index, outletOf);
  let current: CollectionReportPanel | undefined;
  const show = (): ReportView => {
    if (current) {
      current.panel.reveal();
      return current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [
        vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(context.extensionUri, 'media'),
      ],
    });
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'sources.svg');
    current = new CollectionReportPanel(panel, context.extensionUri, index, source, () => (current = undefined));
    return current;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, show),
    vscode.commands.registerCommand(
      EXPORT_REPORT_COMMAND,
      (target?: vscode.Uri | string, options?: ReportExportOptions) =>
        exportReport(
          context.extensionUri,
          index,
          source,
          typeof target === 'string' ? targetUri(target) : target,
          options,
        ),
    ),
    { dispose: () => current?.panel.dispose() },
  );
}

/** Writes the report (with the given filters) as one self-contained HTML file; resolves to it, or undefined when cancelled. */
async function exportReport(
  extensionUri: vscode.Uri,
  index: WorkspaceIndex,
  source: ReportSource,
  target?: vscode.Uri,
  options: ReportExportOptions = {},
): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let destination = target;
  if (!destination) {
    destination = await vscode.window.showSaveDialog({
      title: 'Export the Collection Report',
      defaultUri: folder && vscode.Uri.joinPath(folder, 'collection-report.html'),
      filters: { HTML: ['html'] },
    });
    if (!destination || (await refusedLinkTarget(destination))) return undefined;
  } else if (!(await prepareTarget(destination, options))) {
    return undefined;
  }
  await index.whenIndexed();
  const decoder = new TextDecoder();
  const read = async (parts: string[]) =>
    decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...parts)));
  const html = reportPage({
    title: TITLE,
    nonce: nonce(),
    style: { inline: await read(STYLE) },
    script: { inline: await read(SCRIPT) },
    data: source.report(options.filters ?? {}),
  });
  try {
    await writeAtomically(destination, html);
  } catch (error) {
    log().error(`Report export to ${destination.toString()} failed`, error);
    void vscode.window.showErrorMessage(
      `Seed Annotator: could not export the report to ${destination.fsPath}: ${(error as Error)?.message ?? error}`,
    );
    return undefined;
  }
  if (!target) {
    const open = 'Open';
    void vscode.window
      .showInformationMessage(
        `Seed Annotator: exported the Collection Report to ${vscode.workspace.asRelativePath(destination)}.`,
        open,
      )
      .then((choice) => {
        if (choice === open) void vscode.env.openExternal(destination);
      });
  }
  return destination;
}
