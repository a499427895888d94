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

/** True when the URI is a symbolic link (not followed). */
export async function isSymbolicLink(uri: vscode.Uri): Promise<boolean> {
  const stat = await vscode.workspace.fs.stat(uri).then(
    (s) => s,
    () => undefined,
  );
  return !!stat && (stat.type & vscode.FileType.SymbolicLink) !== 0;
}

/**
 * The first symbolic link among `top` and the folders and file below it down to `target` (a sidecar write
 * must not follow a link out of the collection), or undefined.
 */
export async function symbolicLinkOnPath(top: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const below = target.path
    .slice(top.path.replace(/\/$/, '').length + 1)
    .split('/')
    .filter(Boolean);
  let at = top;
  if (await isSymbolicLink(at)) return at;
  for (const part of below) {
    at = vscode.Uri.joinPath(at, part);
    if (await isSymbolicLink(at)) return at;
  }
  return undefined;
}

/** A save dialog's choice is refused when it is a symbolic link (as command exports are); says so. */
export async function refusedLinkTarget(uri: vscode.Uri): Promise<boolean> {
  if (!(await isSymbolicLink(uri))) return false;
  void vscode.window.showErrorMessage(
    `Seed Annotator: ${uri.fsPath} is a symbolic link; export to the file it points to instead.`,
  );
  return true;
}

/** True when the target may be written: it is new, `overwrite` is set, or the user says to replace it. */
export async function mayReplace(uri: vscode.Uri, overwrite = false): Promise<boolean> {
  if (overwrite || !(await exists(uri))) return true;
  const replace = 'Replace';
  return (
    (await vscode.window.showWarningMessage(`${uri.fsPath} already exists. Replace it?`, { modal: true }, replace)) ===
    replace
  );
}

/** A URI as given, or a path: absolute as it is, relative against the first workspace folder. */
export function targetUri(target: string): vscode.Uri {
  if (/^[a-z][\w+.-]+:/i.test(target) && !/^[a-z]:[\\/]/i.test(target)) return vscode.Uri.parse(target);
  if (target.startsWith('/') || /^[a-z]:[\\/]/i.test(target)) return vscode.Uri.file(target);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error(`a relative export path (${target}) needs an open workspace folder`);
  return vscode.Uri.joinPath(folder, ...target.split(/[\\/]/).filter(Boolean));
}

export interface TargetOptions {
  /** Replace an existing file without asking. */
  overwrite?: boolean;
  /** Create a missing folder without asking. */
  createFolders?: boolean;
}

/**
 * Whether an export may be written to `uri`: never through a symbolic link (the rename that makes the
 * write atomic would replace the link, not the file it points to); a missing folder is created only
 * when allowed or after asking; an existing file is replaced only when allowed or after asking.
 */
export async function prepareTarget(uri: vscode.Uri, options: TargetOptions = {}): Promise<boolean> {
  if (await refusedLinkTarget(uri)) return false;
  const stat = await vscode.workspace.fs.stat(uri).then(
    (s) => s,
    () => undefined,
  );
  const folder = vscode.Uri.joinPath(uri, '..');
  if (!stat && !(await exists(folder))) {
    const create = 'Create Folder';
    const allowed =
      options.createFolders ||
      (await vscode.window.showWarningMessage(
        `The folder ${folder.fsPath} does not exist. Create it?`,
        { modal: true },
        create,
      )) === create;
    if (!allowed) return false;
    await vscode.workspace.fs.createDirectory(folder);
    return true;
  }
  return mayReplace(uri, options.overwrite);
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
