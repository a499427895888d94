// Annotations follow live edits of an open article: moved by the change events (no search), written with
// their new positions and context on save, dropped back to the saved ones when closed unsaved.
import * as vscode from 'vscode';
import { describeSpan, shiftSpan, type TextChange } from '../../core/review/anchoring/anchoring';
import { anchorAnnotations } from '../../core/review/apply';
import type { Sidecar } from './sidecarState';

/** What live shifts need of the review store. */
export interface ShiftTarget {
  /** The usable sidecar state of an article, if it has one. */
  stateOf(article: vscode.Uri): Sidecar | undefined;
  persist(state: Sidecar): Promise<boolean>;
}

export function registerLiveShifts(target: ShiftTarget): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((e) => {
      const state = target.stateOf(e.document.uri);
      if (state && e.contentChanges.length) shiftLive(state, e.contentChanges);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      const state = target.stateOf(document.uri);
      if (!state?.shifted) return;
      takeShifts(state, document.getText());
      void target.persist(state);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const state = target.stateOf(document.uri);
      if (state?.shifted) dropShifts(state);
    }),
  );
}

/** Live edits move annotations by the change events. */
function shiftLive(state: Sidecar, contentChanges: readonly vscode.TextDocumentContentChangeEvent[]): void {
  if (!state.annotations.length) return;
  const changes: TextChange[] = contentChanges.map((c) => ({
    offset: c.rangeOffset,
    length: c.rangeLength,
    text: c.text,
  }));
  let moved = false;
  state.annotations = state.annotations.map((a) => {
    const position = a.selectors.position;
    if (!position) return a;
    const shifted = shiftSpan(position, changes);
    if (!shifted || (shifted.start === position.start && shifted.end === position.end)) return a;
    moved = true;
    return { ...a, selectors: { ...a.selectors, position: { type: 'TextPositionSelector', ...shifted } } };
  });
  if (moved) {
    state.shifted = true;
    state.revision++;
  }
}

/** On save, anchored annotations take their new positions and context. */
function takeShifts(state: Sidecar, text: string): void {
  state.shifted = false;
  const { anchored } = anchorAnnotations(text, state.annotations);
  const moved = new Map(
    anchored.filter((a) => a.method !== 'fuzzy').map((a) => [a.annotation.id, describeSpan(text, a.start, a.end)]),
  );
  state.annotations = state.annotations.map((a) => {
    const selectors = moved.get(a.id);
    return selectors ? { ...a, selectors } : a;
  });
}

/** Closed without saving: the positions on disk are right again. */
function dropShifts(state: Sidecar): void {
  state.shifted = false;
  state.annotations = state.base;
  state.revision++;
}
