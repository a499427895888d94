// Status bar: quotes and speakers of the active seed file.
import * as vscode from 'vscode';
import { affects, readConfig } from '../config';
import { SHOW_REPORT_COMMAND } from './reportPanel';
import { isSeedDocument, type AnalysisStore } from '../services/store';

/** The tooltip's text and a link to the whole collection's report. */
function statusTooltip(text: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(
    `${text}\n\n[$(graph) Show Collection Report](command:${SHOW_REPORT_COMMAND})`,
    true,
  );
  tooltip.isTrusted = { enabledCommands: [SHOW_REPORT_COMMAND] };
  return tooltip;
}

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
    const quotes = analysis.quotes.filter((q) => !q.partial).length;
    const speakers = new Set(analysis.quotes.map((q) => q.speaker?.entityId ?? q.speaker?.name).filter(Boolean)).size;
    const { reviewed, total } = analysis.review;
    item.text = `$(quote) ${quotes} · $(person) ${speakers} · $(pass) ${reviewed}/${total}`;
    item.tooltip = statusTooltip(
      `${quotes} quote${quotes === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'}, ${analysis.claims.length} claims, ${analysis.problems.length} problems (analysed in ${store.lastAnalysisMs.toFixed(0)} ms). Reviewed ${reviewed} of ${total} machine quotes and claims. Click to list quotes by speaker.`,
    );
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
