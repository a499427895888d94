// Shared helpers for the integration suite: the extension's API, fixture files, bounded polling.
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';

export const EXTENSION_ID = 'seed-annotator.seed-annotator';
export const SAMPLE = '000_ff2cfafdf74160c4.txt';
export const MISSING_HEADER = '001_missing_header.txt';
export const UNBALANCED = '002_unbalanced_anonymous.txt';
export const FOLLOW_UP = '003_stoltenberg_followup.txt';

/**
 * The web workbench saves edits after a second by default; the suite's edits must stay unsaved so that
 * reverting them leaves the fixture files untouched.
 */
async function keepEditsUnsaved(): Promise<void> {
  const files = vscode.workspace.getConfiguration('files');
  if (files.get('autoSave') !== 'off') await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
}

export async function extensionApi(): Promise<SeedAnnotatorApi> {
  await keepEditsUnsaved();
  const extension = vscode.extensions.getExtension<SeedAnnotatorApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** The API once the workspace index has settled. */
export async function indexedApi(): Promise<SeedAnnotatorApi> {
  const api = await extensionApi();
  await api.whenIndexed();
  return api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return folder.uri;
}

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), 'seeds', name);
}

/** Opens a fixture article and waits for its analysis (computed by the analysis service's workers). */
export async function openSeed(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await (await extensionApi()).store.whenAnalysed(document);
  return editor;
}

/** Polls `probe` until it returns something truthy; fails after `timeoutMs` with the last value. */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let delay = 10;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(200, delay * 2);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

export function codesOf(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'Seed Annotator')
    .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

/** Position of the `occurrence`-th (0-based) match of `needle`, `into` characters in. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0, into = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in ${document.uri.path}`);
  }
  return document.positionAt(at + into);
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Discards unsaved edits of the active editor. */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
