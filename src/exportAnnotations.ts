// Export the workspace's annotations (JSON, or a CSV of quotes). Writes atomically and never
// overwrites a file without asking.
import * as vscode from 'vscode';
import { annotationsJson, quotesCsv } from './core/exportFormats';
import { log } from './log';
import { uriOf, type WorkspaceIndex } from './workspaceIndex';

export type ExportFormat = 'json' | 'csv';

export interface ExportOptions {
  /** Replace an existing target without asking (tests, scripted use). */
  overwrite?: boolean;
}

export function registerExport(index: WorkspaceIndex): vscode.Disposable {
  const run = (format: ExportFormat) => (target?: vscode.Uri | string, options?: ExportOptions) =>
    exportAnnotations(index, format, typeof target === 'string' ? vscode.Uri.parse(target) : target, options);
  return vscode.Disposable.from(
    vscode.commands.registerCommand('seedAnnotator.exportJson', run('json')),
    vscode.commands.registerCommand('seedAnnotator.exportQuotesCsv', run('csv')),
  );
}

/** Resolves to the written file, or undefined when the user cancelled. */
export async function exportAnnotations(index: WorkspaceIndex, format: ExportFormat, target?: vscode.Uri, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let destination = target;
  if (!destination) {
    destination = await vscode.window.showSaveDialog({
      title: format === 'json' ? 'Export annotations as JSON' : 'Export quotes as CSV',
      defaultUri: folder && vscode.Uri.joinPath(folder, format === 'json' ? 'seed-annotations.json' : 'seed-quotes.csv'),
      filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
    });
    if (!destination) return undefined;
    options = { ...options, overwrite: true }; // the save dialog has already asked
  } else if (!options.overwrite && (await exists(destination))) {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(`${destination.fsPath} already exists. Replace it?`, { modal: true }, replace);
    if (answer !== replace) return undefined;
  }

  await index.whenIndexed();
  const summaries = index.summaries();
  const relative = (id: string): string => vscode.workspace.asRelativePath(uriOf(id), false);
  const content = format === 'json' ? annotationsJson(summaries, index.model(), relative) : quotesCsv(summaries, relative);
  const temp = destination.with({ path: `${destination.path}.${Date.now()}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(temp, destination, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    log().error(`Export to ${destination.toString()} failed`, error);
    void vscode.window.showErrorMessage(`Seed Annotator: could not export to ${destination.fsPath}: ${(error as Error)?.message ?? error}`);
    return undefined;
  }
  if (!target) void offerToOpen(destination, format === 'json' ? `${plural(summaries.length, 'article')}` : `${plural(summaries.reduce((n, f) => n + f.quotes.length, 0), 'quote')} from ${plural(summaries.length, 'article')}`);
  return destination;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The toast after an export, with a button that opens the written file. */
async function offerToOpen(destination: vscode.Uri, what: string): Promise<void> {
  const open = 'Open';
  const choice = await vscode.window.showInformationMessage(`Seed Annotator: exported ${what} to ${vscode.workspace.asRelativePath(destination)}.`, open);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', destination);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
