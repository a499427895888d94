// The reader's last review actions, newest last, for "Undo Review Action".
import type * as vscode from 'vscode';
import type { ReviewAnnotation } from '../../core/review/model';

export interface UndoEntry {
  article: vscode.Uri;
  label: string;
  /** The article's annotations before the action. */
  before: ReviewAnnotation[];
}

const UNDO_LIMIT = 200;

export class ReviewUndoStack {
  private readonly entries: UndoEntry[] = [];

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > UNDO_LIMIT) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }
}
