// Diagnostics from the engine's problems, severity per code from the settings.
import * as vscode from 'vscode';
import type { Analysis, Problem, ProblemSeverity } from '../../engine';
import { affects, readConfig, type SeverityName } from '../config';
import type { AnalysisStore } from '../services/store';

export const DIAGNOSTIC_SOURCE = 'Seed Annotator';

const ENGINE_SEVERITY: Record<ProblemSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const CONFIGURED_SEVERITY: Record<Exclude<SeverityName, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function registerDiagnostics(store: AnalysisStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('seed');
  const update = (document: vscode.TextDocument, analysis: Analysis | undefined): void => {
    const config = readConfig(document.uri);
    const failure = store.failure(document);
    if ((!analysis && !failure) || !config.diagnosticsEnabled) {
      collection.delete(document.uri);
      return;
    }
    const diagnostics: vscode.Diagnostic[] = failure ? [failureDiagnostic(document, failure)] : [];
    for (const problem of analysis && !failure ? analysis.problems : []) {
      const configured = config.severityOverrides[problem.code];
      if (configured === 'off') continue;
      const severity = configured ? CONFIGURED_SEVERITY[configured] : ENGINE_SEVERITY[problem.severity];
      diagnostics.push(toDiagnostic(document, analysis as Analysis, problem, severity));
    }
    collection.set(document.uri, diagnostics);
  };
  const refreshAll = (): void => {
    collection.clear();
    for (const { document, analysis } of store.entries()) update(document, analysis);
  };
  refreshAll();
  return vscode.Disposable.from(
    collection,
    store.onDidChange(({ document, analysis }) => update(document, analysis)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'diagnostics.enabled', 'diagnostics.severity')) refreshAll();
    }),
  );
}

/** The article could not be analysed (over its time budget, or it stopped its worker): one warning on the first line. */
function failureDiagnostic(document: vscode.TextDocument, reason: string): vscode.Diagnostic {
  const timedOut = /timed out/.test(reason);
  const hint = timedOut
    ? ' Raise seedAnnotator.analysis.timeoutSeconds, or split the file.'
    : ' Edit the article to try again.';
  const message = `Seed Annotator could not analyse this article: ${reason}.${hint}`;
  const diagnostic = new vscode.Diagnostic(document.lineAt(0).range, message, vscode.DiagnosticSeverity.Warning);
  diagnostic.code = timedOut ? 'analysis-timed-out' : 'analysis-failed';
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

function toDiagnostic(
  document: vscode.TextDocument,
  analysis: Analysis,
  problem: Problem,
  severity: vscode.DiagnosticSeverity,
): vscode.Diagnostic {
  const range = new vscode.Range(
    document.positionAt(problem.start),
    document.positionAt(Math.max(problem.end, problem.start)),
  );
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.code = problem.code;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const related = (problem.related ?? []).map(
    (r) =>
      new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, spanRange(document, r)), r.message),
  );
  if (!related.length && problem.code === 'ambiguous-attribution') {
    const quote = analysis.quotes.find((q) => q.start < problem.end && problem.start < q.end);
    for (const candidate of quote?.speaker?.candidates ?? []) {
      if (!candidate.mention) continue;
      related.push(
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(document.uri, spanRange(document, candidate.mention)),
          `Candidate speaker: ${candidate.name}`,
        ),
      );
    }
  }
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

function spanRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
