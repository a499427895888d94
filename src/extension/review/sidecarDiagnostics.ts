// The Problems entries of sidecars that are not used: unreadable, invalid, not a plain file, or beyond the caps.
import * as vscode from 'vscode';
import { log } from '../log';
import type { Refusal } from './sidecarState';

export class SidecarDiagnostics implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('seed-annotations');

  report(uri: vscode.Uri, { code, reason }: Refusal): void {
    const message =
      code === 'review-not-applied'
        ? `Seed Annotator did not apply the review in this sidecar: ${reason}. The article shows the machine's annotations only, and nothing is written here.`
        : `Seed Annotator cannot read this sidecar (${reason}). The article shows the machine's annotations only, and nothing is written here until it is fixed.`;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'Seed Annotator';
    diagnostic.code = code;
    this.problems.set(uri, [diagnostic]);
    log().warn(`${uri.toString()}: ${reason}`);
  }

  clear(uri: vscode.Uri): void {
    this.problems.delete(uri);
  }

  dispose(): void {
    this.problems.dispose();
  }
}
