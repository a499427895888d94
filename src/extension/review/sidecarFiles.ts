// Reading and guarding sidecar files: only regular files within the caps are read (a FIFO would block the
// read, a link could point outside the collection), and no write goes through a symbolic link.
import * as vscode from 'vscode';
import { SIDECAR_FOLDER } from '../../core/review/jsonld';
import { sidecarOverCap } from '../../core/review/limits';
import { symbolicLinkOnPath } from '../fileWrites';
import type { Refusal } from './sidecarState';

export const SIDECAR_GLOB = `**/${SIDECAR_FOLDER}/**/*.json`;

function kindOf(type: vscode.FileType): string | undefined {
  if (type & vscode.FileType.SymbolicLink) return 'a symbolic link';
  if (type & vscode.FileType.Directory) return 'a folder';
  return type === vscode.FileType.File ? undefined : 'not a regular file (a pipe, socket or device)';
}

/** A sidecar's text; nothing when it does not exist; `refused` when it is not a regular file within the cap. */
export async function readSidecar(uri: vscode.Uri): Promise<{ text?: string; refused?: Refusal }> {
  const stat = await vscode.workspace.fs.stat(uri).then(
    (s) => s,
    () => undefined,
  );
  if (!stat) return {};
  const kind = kindOf(stat.type);
  if (kind) return { refused: { code: 'invalid-sidecar', reason: `it is ${kind}; it is not read` } };
  const over = sidecarOverCap(stat.size);
  if (over) return { refused: { code: 'review-not-applied', reason: over } };
  try {
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return {};
  }
}

/** A symbolic link on the way from the collection's `.seed-annotations/` folder to the sidecar, if any. */
export function linkOnWritePath(sidecar: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(sidecar);
  if (!folder) return Promise.resolve(undefined);
  return symbolicLinkOnPath(vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER), sidecar);
}
