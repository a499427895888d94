// The Import Articles command (palette, Sources view title, welcome view) and "Import as Seed Article" (Explorer):
// sources picked or passed, imported with a cancellable progress, a summary, the new article opened.
import * as vscode from 'vscode';
import { messageOf, runImport } from '../../core/import/pipeline/pipeline';
import { importSummary, parseImportRequest } from '../../core/import/pipeline/requests';
import type { ImportRecord, ImportSource } from '../../core/import/pipeline/types';
import { notificationText } from '../../core/presentation/markdown';
import { readConfig } from '../config';
import { log } from '../log';
import type { Platform } from '../platform';
import { editorImportIO, WorkspaceCollectionFiles } from './importIO';
import { askDate, clipboardSource, pickSources } from './importPickers';

export const IMPORT_COMMAND = 'seedAnnotator.importArticles';
export const IMPORT_FILE_COMMAND = 'seedAnnotator.importAsSeedArticle';
const CONCURRENCY = 4;

export function registerImport(platform: Platform, version: string): vscode.Disposable {
  const run = (sources: ImportSource[] | undefined, folder?: vscode.WorkspaceFolder): Promise<ImportRecord[]> =>
    sources?.length ? importSources(sources, platform, version, folder) : Promise.resolve([]);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(IMPORT_COMMAND, async (arg?: unknown) => run(await sourcesOf(arg))),
    vscode.commands.registerCommand(IMPORT_FILE_COMMAND, (uri?: vscode.Uri, uris?: vscode.Uri[]) => {
      const picked = (uris?.length ? uris : uri ? [uri] : []).filter((u) => u instanceof vscode.Uri);
      return run(
        picked.map((u) => ({ source: u.toString() })),
        picked[0] && vscode.workspace.getWorkspaceFolder(picked[0]),
      );
    }),
  );
}

/** The command's argument ({ urls?, files?, text?, clipboard? } for automation), else the pickers. */
async function sourcesOf(arg: unknown): Promise<ImportSource[] | undefined> {
  const normalised = isPlainObject(arg) && Array.isArray(arg.files) ? { ...arg, files: arg.files.map(String) } : arg;
  const request = parseImportRequest(normalised);
  if (request === undefined) return pickSources();
  if (typeof request === 'string') {
    void vscode.window.showErrorMessage(notificationText(`Seed Annotator: ${request}`));
    return undefined;
  }
  const sources: ImportSource[] = [
    ...request.urls.map((source) => ({ source })),
    ...request.files.map((source) => ({ source })),
  ];
  if (request.text !== undefined) sources.push({ source: 'text', text: request.text });
  if (request.clipboard) sources.push(...((await clipboardSource()) ?? []));
  return sources;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

async function importSources(
  sources: ImportSource[],
  platform: Platform,
  version: string,
  folder = vscode.workspace.workspaceFolders?.[0],
): Promise<ImportRecord[]> {
  if (!folder) {
    void vscode.window.showErrorMessage('Seed Annotator: open a folder first; imported articles are saved in it.');
    return [];
  }
  const config = readConfig(folder.uri);
  const files = new WorkspaceCollectionFiles(folder.uri);
  const out = files.uri(config.importFolder);
  const stat = await Promise.resolve(vscode.workspace.fs.stat(out)).catch(() => undefined);
  if (stat && (stat.type & vscode.FileType.SymbolicLink || !(stat.type & vscode.FileType.Directory))) {
    void vscode.window.showErrorMessage(
      notificationText(
        `Seed Annotator: ${config.importFolder} is a symbolic link or a file; set seedAnnotator.import.folder to a real folder.`,
      ),
    );
    return [];
  }
  const records = await withImportProgress(sources, (signal, progress) => {
    const io = {
      ...editorImportIO(files, platform, version, askDate),
      progress: (m: string) => log().info(`Import: ${m}`),
    };
    const options = {
      outFolder: config.importFolder,
      keepSnapshot: config.keepSnapshots,
      concurrency: CONCURRENCY,
      signal,
    };
    return runImport(sources, options, io, (_i, done) => progress(done));
  });
  await reportImport(records, files, sources.length);
  return records;
}

type Reporter = (records: ImportRecord[]) => void;

function withImportProgress(
  sources: ImportSource[],
  work: (signal: AbortSignal, progress: Reporter) => Promise<ImportRecord[]>,
): Promise<ImportRecord[]> {
  return Promise.resolve(
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Importing articles', cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        let done = 0;
        return work(controller.signal, (records) => {
          done++;
          for (const r of records)
            log().info(
              `Import: ${r.status} ${r.source}${r.file ? ` → ${r.file}` : ''}${r.error ? `: ${r.error}` : ''}`,
            );
          progress.report({ increment: 100 / sources.length, message: `${done} of ${sources.length}` });
        });
      },
    ),
  ).catch((error: unknown) => {
    log().error('Import failed', error);
    void vscode.window.showErrorMessage(notificationText(`Seed Annotator: the import failed: ${messageOf(error)}`));
    return [];
  });
}

/** A single new article opens; otherwise (or also on problems) a summary with Open Log and Show in Sources. */
async function reportImport(
  records: ImportRecord[],
  files: WorkspaceCollectionFiles,
  sourceCount: number,
): Promise<void> {
  const imported = records.filter((r) => r.status === 'imported' && r.file);
  if (sourceCount === 1 && records.length === 1 && imported.length === 1) {
    await vscode.window.showTextDocument(files.uri(imported[0]!.file!), { preview: false });
    return;
  }
  const problems = records.filter((r) => r.status === 'failed' || r.status === 'skipped');
  const detail = records.length === 1 && problems[0]?.error ? `: ${problems[0].error}` : '';
  const message = notificationText(`Seed Annotator: ${importSummary(records)}${detail}`);
  const show = problems.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  // Not awaited: the command resolves with its records while the notification stays up.
  void Promise.resolve(show(message, 'Open Log', 'Show in Sources')).then((action) => {
    if (action === 'Open Log') log().show();
    if (action === 'Show in Sources') void vscode.commands.executeCommand('seedAnnotator.sources.focus');
  });
}
