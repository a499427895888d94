// Converting index positions to VS Code ranges, and the one command that reveals a location.
import * as vscode from 'vscode';
import type { RangeTuple } from '../../core/summary/lineIndex';
import { uriOf } from '../services/fileIds';

export { REVEAL_RANGE_COMMAND } from '../../core/presentation/commandIds';

export function toRange([sl, sc, el, ec]: RangeTuple): vscode.Range {
  return new vscode.Range(sl, sc, el, ec);
}

export function toLocation(fileId: string, range: RangeTuple): vscode.Location {
  return new vscode.Location(uriOf(fileId), toRange(range));
}

export async function revealRange(
  target: vscode.Uri | string,
  range: RangeTuple | vscode.Range,
): Promise<vscode.TextEditor> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const selection = range instanceof vscode.Range ? range : toRange(range);
  const editor = await vscode.window.showTextDocument(uri, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function fileLabel(fileId: string): string {
  const uri = uriOf(fileId);
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
