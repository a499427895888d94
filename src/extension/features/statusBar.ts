// Status bar: quotes, speakers and review progress of the active seed file (text built in core/presentation).
import * as vscode from 'vscode';
import { affects, readConfig } from '../config';
import { statusText } from '../../core/presentation/statusText';
import { SHOW_REPORT_COMMAND } from '../../core/presentation/commandIds';
import { isSeedDocument, type AnalysisStore } from '../services/store';

export function registerStatusBar(store: AnalysisStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('seedAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Seed Annotator';
  item.command = 'seedAnnotator.showQuotesBySpeaker';
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    const analysis =
      document && isSeedDocument(document) && readConfig(document.uri).statusBarEnabled
        ? store.get(document)
        : undefined;
    if (!analysis) {
      item.hide();
      return;
    }
    const status = statusText(analysis, store.lastAnalysisMs);
    item.text = status.text;
    const tooltip = new vscode.MarkdownString(status.tooltip, true);
    tooltip.isTrusted = { enabledCommands: [SHOW_REPORT_COMMAND] };
    item.tooltip = tooltip;
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    store.onDidChange(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'statusBar.enabled')) update();
    }),
  );
}
