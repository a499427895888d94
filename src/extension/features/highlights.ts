// Highlights of speakers, quotes and places in visible seed editors; toggled by a setting.
import * as vscode from 'vscode';
import type { Span } from '../../engine';
import { highlightSpans } from '../../core/presentation/highlights';
import { affects, readConfig, SECTION } from '../config';
import { isSeedDocument, type AnalysisStore } from '../services/store';

function decorations(): Record<'speaker' | 'quote' | 'place', vscode.TextEditorDecorationType> {
  return {
    speaker: vscode.window.createTextEditorDecorationType({
      fontWeight: 'bold',
      borderWidth: '0 0 1px 0',
      borderStyle: 'solid',
      light: { borderColor: 'rgba(0, 102, 204, 0.7)' },
      dark: { borderColor: 'rgba(86, 156, 214, 0.8)' },
    }),
    quote: vscode.window.createTextEditorDecorationType({
      light: { backgroundColor: 'rgba(255, 196, 0, 0.12)' },
      dark: { backgroundColor: 'rgba(255, 196, 0, 0.09)' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    place: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dotted',
      light: { borderColor: 'rgba(0, 128, 64, 0.8)' },
      dark: { borderColor: 'rgba(78, 201, 176, 0.8)' },
    }),
  };
}

export function registerHighlights(store: AnalysisStore): vscode.Disposable {
  const types = decorations();
  const paint = (editor: vscode.TextEditor): void => {
    const analysis =
      isSeedDocument(editor.document) && readConfig(editor.document.uri).highlightsEnabled
        ? store.get(editor.document)
        : undefined;
    const spans = analysis ? highlightSpans(analysis) : { speaker: [], quote: [], place: [] };
    const toRange = (s: Span): vscode.Range =>
      new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end));
    for (const kind of ['speaker', 'quote', 'place'] as const)
      editor.setDecorations(types[kind], spans[kind].map(toRange));
  };
  const paintAll = (): void => vscode.window.visibleTextEditors.forEach(paint);
  paintAll();
  return vscode.Disposable.from(
    ...Object.values(types),
    store.onDidChange(({ document }) =>
      vscode.window.visibleTextEditors.filter((e) => e.document === document).forEach(paint),
    ),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'highlights.enabled')) paintAll();
    }),
    vscode.commands.registerCommand('seedAnnotator.toggleHighlights', async () => {
      const setting = vscode.workspace.getConfiguration(SECTION, vscode.window.activeTextEditor?.document.uri);
      const inspected = setting.inspect<boolean>('highlights.enabled');
      const target =
        inspected?.workspaceFolderValue !== undefined
          ? vscode.ConfigurationTarget.WorkspaceFolder
          : inspected?.workspaceValue !== undefined
            ? vscode.ConfigurationTarget.Workspace
            : vscode.ConfigurationTarget.Global;
      await setting.update(
        'highlights.enabled',
        !readConfig(vscode.window.activeTextEditor?.document.uri).highlightsEnabled,
        target,
      );
    }),
  );
}
