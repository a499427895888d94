// Navigation commands: reindex, quotes by speaker, next/previous quote, open a location.
import { escapeIcons } from '../../core/presentation/markdown';
import * as vscode from 'vscode';
import type { RangeTuple } from '../../core/summary/lineIndex';
import type { SourceNode } from '../../core/presentation/sourceNodes';
import { snippet } from '../../core/summary/summary';
import { fileLabel, REVEAL_RANGE_COMMAND, revealRange } from './locations';
import { isSeedDocument, type AnalysisStore } from '../services/store';
import { uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

interface QuotePick extends vscode.QuickPickItem {
  path: string;
  range: RangeTuple;
}

export function registerCommands(store: AnalysisStore, index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('seedAnnotator.reindex', () => reindex(index)),
    vscode.commands.registerCommand(
      REVEAL_RANGE_COMMAND,
      (target: vscode.Uri | string, range: RangeTuple | vscode.Range) => revealRange(target, range),
    ),
    vscode.commands.registerCommand(
      'seedAnnotator.showQuotesBySpeaker',
      (speaker?: string | SourceNode, quoteIndex?: number) => showQuotesBySpeaker(index, speaker, quoteIndex),
    ),
    vscode.commands.registerCommand('seedAnnotator.nextQuote', () => moveToQuote(store, 1)),
    vscode.commands.registerCommand('seedAnnotator.previousQuote', () => moveToQuote(store, -1)),
  );
}

/** Rebuilds the index and says what it found. */
async function reindex(index: WorkspaceIndex): Promise<void> {
  await index.rebuild(true);
  const count = index.fileCount;
  if (count)
    vscode.window.setStatusBarMessage(
      `$(check) Seed Annotator: indexed ${count} seed file${count === 1 ? '' : 's'}`,
      5000,
    );
  else
    void vscode.window.showInformationMessage(
      'Seed Annotator: no seed files found. A seed file is a .txt or .md file whose first line starts with "date YYYY-MM-DD", or any file the seedAnnotator.include setting names.',
    );
}

/**
 * Lists the quotes of one speaker (given by name or tree node; otherwise picked from all speakers) and
 * reveals the chosen one (or the one at `quoteIndex`). Resolves to the revealed editor, or undefined when cancelled.
 */
async function showQuotesBySpeaker(
  index: WorkspaceIndex,
  speaker?: string | SourceNode,
  quoteIndex?: number,
): Promise<vscode.TextEditor | undefined> {
  const model = index.model();
  let group = typeof speaker === 'object' ? model.speakers.find((s) => s.key === speaker.key) : undefined;
  if (typeof speaker === 'string') group = model.speakers.find((s) => s.name.toLowerCase() === speaker.toLowerCase());
  if (!group) {
    if (!model.speakers.length) {
      void vscode.window.showInformationMessage('Seed Annotator: no attributed quotes in this workspace yet.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      model.speakers.map((s) => ({
        label: escapeIcons(s.name),
        description: `${s.quotes.length} quote${s.quotes.length === 1 ? '' : 's'}`,
        key: s.key,
      })),
      { title: 'Quotes by speaker', placeHolder: 'Pick a speaker' },
    );
    group = picked && model.speakers.find((s) => s.key === picked.key);
    if (!group) return undefined;
  }
  const items: QuotePick[] = group.quotes.map(({ path, quote }) => ({
    label: `“${escapeIcons(snippet(quote.text))}”`,
    description: `${escapeIcons(fileLabel(path))}:${quote.range[0] + 1}`,
    detail: quote.rule && `${quote.rule}, confidence ${Math.round((quote.confidence ?? 0) * 100)}%`,
    path,
    range: quote.range,
  }));
  const chosen =
    typeof quoteIndex === 'number'
      ? items[quoteIndex]
      : await vscode.window.showQuickPick(items, { title: `Quotes by ${group.name}`, matchOnDescription: true });
  return chosen ? revealRange(uriOf(chosen.path), chosen.range) : undefined;
}

function moveToQuote(store: AnalysisStore, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && isSeedDocument(editor.document) ? store.analysisFor(editor.document) : undefined;
  if (!editor || !analysis?.quotes.length) return;
  const offset = editor.document.offsetAt(editor.selection.active);
  const quotes = analysis.quotes;
  const target =
    direction === 1
      ? (quotes.find((q) => q.start > offset) ?? quotes[0]!)
      : ([...quotes].reverse().find((q) => q.start < offset) ?? quotes[quotes.length - 1]!);
  const range = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
