// Desktop entry point: the shared wiring on the Node platform (worker threads, local files with a cache).
import type * as vscode from 'vscode';
import { activateWith, type SeedAnnotatorApi } from './activate';
import { nodePlatform } from './nodePlatform';

export type { SeedAnnotatorApi } from './activate';

export function activate(context: vscode.ExtensionContext): SeedAnnotatorApi {
  return activateWith(context, nodePlatform);
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
