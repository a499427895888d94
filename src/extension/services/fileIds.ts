// The index's ids of files, and back to URIs.
import * as vscode from 'vscode';

/** The index's id of a file: its file system path, or the URI string for other schemes. */
export function fileId(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

export function uriOf(id: string): vscode.Uri {
  return /^[a-z][\w+.-]+:\/\//i.test(id) ? vscode.Uri.parse(id) : vscode.Uri.file(id);
}
