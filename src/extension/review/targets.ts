// Where a review command acts: a document and offset from a hover link or code action, a Sources tree
// node, or the active editor's cursor and selection.
import * as vscode from 'vscode';
import type { Span } from '../../engine/types';
import type { ReviewedAnalysis } from '../../core/review/apply';
import type { AnalysisStore } from '../services/store';
import { isSeedDocument } from '../services/store';
import { uriOf } from '../services/fileIds';
import { toRange } from '../features/locations';
import type { RangeTuple } from '../../core/summary/lineIndex';

export interface ReviewTarget {
  document: vscode.TextDocument;
  analysis: ReviewedAnalysis;
  offset: number;
  /** The selected text, when there is a selection. */
  selection?: Span;
}

interface NodeLike {
  location?: { path: string; range: RangeTuple };
}

const isNode = (x: unknown): x is NodeLike => typeof x === 'object' && x !== null && 'location' in x;

/**
 * `(uri, offset)` or `(uri, start, end)` from links and tests, a tree node, or nothing (the active editor).
 */
export async function resolveTarget(store: AnalysisStore, args: unknown[]): Promise<ReviewTarget | undefined> {
  const [first, second, third] = args;
  let document: vscode.TextDocument | undefined;
  let offset: number | undefined;
  let selection: Span | undefined;
  if (isNode(first) && first.location) {
    document = await vscode.workspace.openTextDocument(uriOf(first.location.path));
    const range = toRange(first.location.range);
    offset = document.offsetAt(range.start);
  } else if ((typeof first === 'string' || first instanceof vscode.Uri) && typeof second === 'number') {
    // Links and callers name an article that is open already: a link never opens files or acts elsewhere.
    document = openDocument(first);
    if (!document) return refuse('the article of that link is not open');
    if (!isOffset(second, document) || (third !== undefined && !isOffset(third, document)))
      return refuse('that place is not in the article');
    offset = second;
    if (typeof third === 'number' && third > second) selection = { start: second, end: third };
  } else {
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      document = editor.document;
      offset = document.offsetAt(editor.selection.active);
      if (!editor.selection.isEmpty)
        selection = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
    }
  }
  if (!document || offset === undefined) {
    void vscode.window.showInformationMessage(
      'Seed Annotator: open a seed article and place the cursor on a quote, claim or name.',
    );
    return undefined;
  }
  if (!isSeedDocument(document)) {
    void vscode.window.showInformationMessage('Seed Annotator: reviews work in seed articles.');
    return undefined;
  }
  const analysis = await store.whenAnalysed(document);
  if (!analysis) {
    void vscode.window.showInformationMessage(
      `Seed Annotator: ${store.failure(document) ?? 'the article could not be analysed'}.`,
    );
    return undefined;
  }
  return { document, analysis, offset, selection };
}

function openDocument(target: string | vscode.Uri): vscode.TextDocument | undefined {
  let uri: string;
  try {
    uri = typeof target === 'string' ? vscode.Uri.parse(target, true).toString() : target.toString();
  } catch {
    return undefined;
  }
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

function isOffset(value: unknown, document: vscode.TextDocument): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= document.getText().length;
}

function refuse(reason: string): undefined {
  void vscode.window.showInformationMessage(`Seed Annotator: ${reason}; nothing was changed.`);
  return undefined;
}
