// Files the extension writes (sidecars, exports): atomically, and never over an existing file without asking.
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** True when the target may be written: it is new, `overwrite` is set, or the user says to replace it. */
export async function mayReplace(uri: vscode.Uri, overwrite = false): Promise<boolean> {
  if (overwrite || !(await exists(uri))) return true;
  const replace = 'Replace';
  return (await vscode.window.showWarningMessage(`${uri.fsPath} already exists. Replace it?`, { modal: true }, replace)) === replace;
}

/**
 * A temporary file beside the target, then a rename: readers never see half a file. The folder is made
 * only with `createFolder` (sidecars); an export into a missing folder fails with a clear message.
 */
export async function writeAtomically(uri: vscode.Uri, content: string, createFolder = false): Promise<void> {
  if (createFolder) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  const temp = uri.with({ path: `${uri.path}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
