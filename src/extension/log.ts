// The extension's output channel (Output → Seed Annotator).
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Seed Annotator', { log: true });
  return channel;
}
