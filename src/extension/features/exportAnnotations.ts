// Export the workspace's annotations (JSON, or a CSV of quotes). Writes atomically and never
// overwrites a file without asking.
import { provenanceOfItems } from '../../core/import/pipeline/provenance';
import * as vscode from 'vscode';
import { annotationsJson, quotesCsv } from '../../core/model/exportFormats';
import { claimReviews, jsonLdText, webAnnotationCollection, type ReviewExportArticle } from '../../core/review/exports';
import type { FileSummary } from '../../core/summary/summary';
import type { ReviewStore } from '../review/store';
import { prepareTarget, refusedLinkTarget, targetUri, writeAtomically, type TargetOptions } from '../fileWrites';
import { log } from '../log';
import { uriOf } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

export type ExportFormat = 'json' | 'csv' | 'w3c' | 'claimreview';

const FORMATS: Record<ExportFormat, { title: string; file: string; filters: Record<string, string[]> }> = {
  json: { title: 'Export annotations as JSON', file: 'seed-annotations.json', filters: { JSON: ['json'] } },
  csv: { title: 'Export quotes as CSV', file: 'seed-quotes.csv', filters: { CSV: ['csv'] } },
  w3c: {
    title: 'Export W3C Web Annotations',
    file: 'seed-annotations.jsonld',
    filters: { 'JSON-LD': ['jsonld', 'json'] },
  },
  claimreview: {
    title: 'Export ClaimReview',
    file: 'seed-claimreview.jsonld',
    filters: { 'JSON-LD': ['jsonld', 'json'] },
  },
};

/** `overwrite` / `createFolders`: without asking (tests, scripted use). */
export type ExportOptions = TargetOptions;

export function registerExport(index: WorkspaceIndex, reviews: ReviewStore, version: string): vscode.Disposable {
  const run = (format: ExportFormat) => (target?: vscode.Uri | string, options?: ExportOptions) =>
    exportAnnotations(index, format, typeof target === 'string' ? targetUri(target) : target, options, {
      reviews,
      version,
    });
  return vscode.Disposable.from(
    vscode.commands.registerCommand('seedAnnotator.exportJson', run('json')),
    vscode.commands.registerCommand('seedAnnotator.exportQuotesCsv', run('csv')),
    vscode.commands.registerCommand('seedAnnotator.review.exportWebAnnotations', run('w3c')),
    vscode.commands.registerCommand('seedAnnotator.review.exportClaimReview', run('claimreview')),
  );
}

/** Resolves to the written file, or undefined when the user cancelled. */
export async function exportAnnotations(
  index: WorkspaceIndex,
  format: ExportFormat,
  target?: vscode.Uri,
  options: ExportOptions = {},
  review?: { reviews: ReviewStore; version: string },
): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let destination = target;
  if (!destination) {
    destination = await vscode.window.showSaveDialog({
      title: FORMATS[format].title,
      defaultUri: folder && vscode.Uri.joinPath(folder, FORMATS[format].file),
      filters: FORMATS[format].filters,
    });
    if (!destination || (await refusedLinkTarget(destination))) return undefined;
    options = { ...options, overwrite: true }; // the save dialog has already asked
  } else if (!(await prepareTarget(destination, options))) {
    return undefined;
  }

  await index.whenIndexed();
  const summaries = index.reviewedSummaries();
  const relative = (id: string): string => vscode.workspace.asRelativePath(uriOf(id), false);
  let content: string;
  if (format === 'json') content = annotationsJson(summaries, index.model(), relative);
  else if (format === 'csv') content = quotesCsv(summaries, relative);
  else {
    if (!review) throw new Error('review exports need the review store');
    const articles = await reviewArticles(summaries, review.reviews);
    content = jsonLdText(
      format === 'w3c' ? webAnnotationCollection(articles, { version: review.version }) : claimReviews(articles),
    );
  }
  try {
    await writeAtomically(destination, content);
  } catch (error) {
    log().error(`Export to ${destination.toString()} failed`, error);
    void vscode.window.showErrorMessage(
      `Seed Annotator: could not export to ${destination.fsPath}: ${(error as Error)?.message ?? error}`,
    );
    return undefined;
  }
  if (!target)
    void offerToOpen(
      destination,
      format === 'csv'
        ? `${plural(
            summaries.reduce((n, f) => n + f.quotes.length, 0),
            'quote',
          )} from ${plural(summaries.length, 'article')}`
        : `${plural(summaries.length, 'article')}`,
    );
  return destination;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The toast after an export, with a button that opens the written file. */
async function offerToOpen(destination: vscode.Uri, what: string): Promise<void> {
  const open = 'Open';
  const choice = await vscode.window.showInformationMessage(
    `Seed Annotator: exported ${what} to ${vscode.workspace.asRelativePath(destination)}.`,
    open,
  );
  if (choice === open) await vscode.commands.executeCommand('vscode.open', destination);
}

/** Each article's text (the open document's when it is open) and its sidecar annotations. */
async function reviewArticles(summaries: readonly FileSummary[], reviews: ReviewStore): Promise<ReviewExportArticle[]> {
  const out: ReviewExportArticle[] = [];
  for (const summary of summaries) {
    if (summary.error) continue;
    const uri = uriOf(summary.path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text =
      open?.getText() ??
      (await vscode.workspace.fs.readFile(uri).then(
        (b) => new TextDecoder().decode(b),
        () => undefined,
      ));
    if (text === undefined) continue;
    out.push({
      summary,
      source: reviews.locate(uri)?.source ?? vscode.workspace.asRelativePath(uri, false),
      text,
      annotations: reviews.annotationsFor(uri),
      url: uri.toString(),
      describing: reviews.describingFor(uri),
      provenance: provenanceOfItems(reviews.describingFor(uri)),
    });
  }
  return out;
}
