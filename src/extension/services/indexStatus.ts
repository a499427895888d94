// How far the index is, for the Sources view: build progress, and the context keys its welcome content
// reads (`seedAnnotator.indexState`: indexing, empty or ready; `seedAnnotator.hasSeedFiles`).
import * as vscode from 'vscode';
import type { IndexProgress } from '../../core/presentation/sourceNodes';

export class IndexStatus implements vscode.Disposable {
  /** Set while a full build runs: how far it got (no total while files are still being looked for). */
  progress: IndexProgress | undefined;
  private fileCount = 0;
  private hadSeedFiles: boolean | undefined;
  private indexState: string | undefined;
  private readonly progressEmitter = new vscode.EventEmitter<void>();
  /** Fires when `progress` changes. */
  readonly onDidChangeProgress = this.progressEmitter.event;

  setProgress(progress: IndexProgress | undefined): void {
    this.progress = progress;
    this.updateState();
    this.progressEmitter.fire();
  }

  /** The index now holds this many files. */
  setFileCount(count: number): void {
    this.fileCount = count;
    const hasSeedFiles = count > 0;
    if (hasSeedFiles !== this.hadSeedFiles) {
      this.hadSeedFiles = hasSeedFiles;
      void vscode.commands.executeCommand('setContext', 'seedAnnotator.hasSeedFiles', hasSeedFiles);
    }
    this.updateState();
  }

  dispose(): void {
    this.progressEmitter.dispose();
  }

  private updateState(): void {
    const state = this.progress ? 'indexing' : this.fileCount ? 'ready' : 'empty';
    if (state === this.indexState) return;
    this.indexState = state;
    void vscode.commands.executeCommand('setContext', 'seedAnnotator.indexState', state);
  }
}
