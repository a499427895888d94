// Converting index positions to VS Code ranges, and the one command that reveals a location.
import * as vscode from 'vscode';
import type { RangeTuple } from '../../core/summary/lineIndex';
import { uriOf } from '../services/fileIds';

export const REVEAL_RANGE_COMMAND = 'seedAnnotator.revealRange';

export function toRange([sl, sc, el, ec]: RangeTuple): vscode.Range {
  return new vscode.Range(sl, sc, el, ec);
}

export function toLocation(fileId: string, range: RangeTuple): vscode.Location {
  return new vscode.Location(uriOf(fileId), toRange(range));
}

/** A `command:` link for trusted markdown (hovers): the command with its JSON-encoded arguments. */
export function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** A `command:` link (for trusted hovers) that opens the file and selects the range. */
export function revealLink(fileId: string, range: RangeTuple): string {
  return commandLink(REVEAL_RANGE_COMMAND, [uriOf(fileId).toString(), range]);
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

/** Escapes the characters that would start markdown formatting inside a line of hover text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\$\(/g, '\\$(');
}
