// Browser entry (vscode.dev, github.dev, code-server's web worker extension host): the shared wiring on the web platform.
import type * as vscode from 'vscode';
import { activateWith } from '../extension/activate';
import { webPlatform } from './platformWeb';

export function activate(context: vscode.ExtensionContext): ReturnType<typeof activateWith> {
  return activateWith(context, webPlatform);
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
