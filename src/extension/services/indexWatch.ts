// What the index hears of files on disk: any file may become a seed file (a header typed in); folders
// created or deleted outside the editor may be reported once, for the folder itself.
import * as vscode from 'vscode';
import { affects } from '../config';
import { candidacyOf } from './seedFileFinder';

/** What the watch asks of the index. */
export interface IndexWatchTarget {
  /** A file created or changed on disk. */
  queue(uri: vscode.Uri): void;
  /** A created or renamed file or folder: the seed files at or under it. */
  queueUnder(uri: vscode.Uri): Promise<void>;
  removeUnder(uri: vscode.Uri): void;
  rebuild(fresh?: boolean): Promise<void>;
}

export function registerIndexWatch(target: IndexWatchTarget): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate((uri) => void target.queueUnder(uri)),
    watcher.onDidChange((uri) => target.queue(uri)),
    watcher.onDidDelete((uri) => {
      if (candidacyOf(uri) !== 'excluded' || !/\.[^/]*$/.test(uri.path)) target.removeUnder(uri);
    }),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => target.removeUnder(uri))),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        target.removeUnder(oldUri);
        void target.queueUnder(newUri);
      }
    }),
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => void target.queueUnder(uri))),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void target.rebuild()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'analysis.maxFileBytes', 'analysis.timeoutSeconds')) void target.rebuild(true);
      else if (affects(e, 'include', 'exclude')) void target.rebuild();
    }),
  );
}
