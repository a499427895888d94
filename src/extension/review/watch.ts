// Notices review sidecars changed on disk by anyone (a pull, another tool, a text editor): a file
// watcher per collection root, and safety nets where file events are late or missing (network shares,
// exhausted watch limits, busy machines): a look when an article comes to the front, when the window
// regains focus, and every few seconds for the articles on screen (a stat each; read only when changed).
import * as vscode from 'vscode';
import { SIDECAR_FOLDER } from '../../core/review/jsonld';
import { log } from '../log';
import { SEED_LANGUAGE } from '../seedLanguage';

/** What the watch asks of the review store. */
export interface SidecarReader {
  /** Reads one sidecar again (created, changed or deleted). */
  reloadSidecar(uri: vscode.Uri): Promise<void>;
  /** A sidecar folder appeared: reads every sidecar under it. */
  reloadFolder(folder: vscode.Uri): Promise<void>;
  /** A sidecar folder went away: reads the known sidecars under it again. */
  reloadUnder(folder: vscode.Uri): void;
  /** The sidecar of an article, if it is in a collection root. */
  sidecarOf(article: vscode.Uri): vscode.Uri | undefined;
}

/** How often the sidecars of the articles on screen are checked on disk, whatever the file watcher says. */
const SIDECAR_CHECK_MS = 3000;

export class SidecarWatch implements vscode.Disposable {
  private folderWatchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[];
  private readonly stamps = new Map<string, string>();
  private checking = false;

  constructor(private readonly reader: SidecarReader) {
    this.watchFolders();
    const timer = setInterval(() => void this.checkVisible(), SIDECAR_CHECK_MS);
    this.disposables = [
      { dispose: () => clearInterval(timer) },
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const sidecar = editor && reader.sidecarOf(editor.document.uri);
        if (sidecar) void reader.reloadSidecar(sidecar);
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.checkVisible();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchFolders()),
    ];
  }

  dispose(): void {
    this.folderWatchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }

  /**
   * One watcher per collection root on its sidecar folder (the folder itself too: a folder deleted or
   * created outside the editor may be reported once, for itself). A watcher based on the folder is asked
   * of the file watcher directly, rather than filtered out of the workspace's recursive watch.
   */
  private watchFolders(): void {
    const { reader } = this;
    this.folderWatchers.forEach((w) => w.dispose());
    this.folderWatchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(folder, `${SIDECAR_FOLDER}{,/**}`),
      );
      return vscode.Disposable.from(
        watcher,
        watcher.onDidCreate((uri) => void (isSidecarFile(uri) ? reader.reloadSidecar(uri) : reader.reloadFolder(uri))),
        watcher.onDidChange((uri) => void (isSidecarFile(uri) ? reader.reloadSidecar(uri) : undefined)),
        watcher.onDidDelete((uri) => void (isSidecarFile(uri) ? reader.reloadSidecar(uri) : reader.reloadUnder(uri))),
      );
    });
  }

  /** Re-reads the sidecars of the articles (and sidecars) on screen whose size or time on disk changed. */
  private async checkVisible(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const sidecars = new Map<string, vscode.Uri>();
      for (const editor of vscode.window.visibleTextEditors) {
        const uri = editor.document.uri;
        const sidecar = isSidecarPath(uri)
          ? uri
          : editor.document.languageId === SEED_LANGUAGE
            ? this.reader.sidecarOf(uri)
            : undefined;
        if (sidecar) sidecars.set(sidecar.toString(), sidecar);
      }
      for (const [key, sidecar] of sidecars) {
        const stamp = await vscode.workspace.fs.stat(sidecar).then(
          (s) => `${s.mtime}:${s.size}`,
          () => 'missing',
        );
        const seen = this.stamps.get(key);
        this.stamps.set(key, stamp);
        if (seen === stamp || (seen === undefined && stamp === 'missing')) continue;
        await this.reader.reloadSidecar(sidecar);
      }
    } catch (error) {
      log().warn(`Checking review sidecars on disk failed: ${(error as Error)?.message ?? error}`);
    } finally {
      this.checking = false;
    }
  }
}

export const isSidecarFile = (uri: vscode.Uri): boolean => uri.path.endsWith('.json');
const isSidecarPath = (uri: vscode.Uri): boolean => isSidecarFile(uri) && uri.path.includes(`/${SIDECAR_FOLDER}/`);
