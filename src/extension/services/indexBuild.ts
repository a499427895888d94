// Building the index's summaries: every seed file of the workspace (a full build, with progress, cancellable),
// or the files that changed. Local files go to the worker threads by path (with the on-disk cache), others
// through the VS Code file system API. Each article is summarised with its review annotations.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import type { FileSummary } from '../../core/summary/summary';
import type { ReviewAnnotation } from '../../core/review/model';
import type { IndexProgress } from '../../core/presentation/sourceNodes';
import { log } from '../log';
import type { LocalFileIndexer } from '../platform';
import type { AnalysisService } from './analysisService';
import { fileId, uriOf } from './fileIds';
import { isSeedUri } from './seedFileFinder';
import type { VirtualFileIndexer } from './virtualFileIndexer';

/** Files read through the VS Code file system API go to the workers this many at a time. */
const VIRTUAL_BATCH = 8;
const NOTIFY_ABOVE_FILES = 200;

export interface IndexSources {
  service: AnalysisService;
  /** Reads files through the VS Code file system API (virtual file systems, the web). */
  virtualFiles: VirtualFileIndexer;
  /** Reads local files straight from disk, with a cache (desktop only). */
  localFiles?: LocalFileIndexer;
  /** The review annotations of an article. */
  reviewsFor(id: string): readonly ReviewAnnotation[];
}

export interface FullBuild {
  summaries: Map<string, FileSummary>;
  fromCache: number;
  cancelled: boolean;
}

export interface FullBuildHooks {
  onProgress(progress: IndexProgress): void;
  /** Each summary as soon as it is known. */
  onResult(id: string, summary: FileSummary): void;
  isDisposed(): boolean;
}

/** Summaries of every seed file in `uris`, under a progress notification the user may cancel. */
export async function buildAll(
  sources: IndexSources,
  uris: readonly vscode.Uri[],
  fresh: boolean,
  hooks: FullBuildHooks,
): Promise<FullBuild> {
  const { localFiles, virtualFiles } = sources;
  const local = localFiles ? uris.filter((u) => u.scheme === 'file') : [];
  const others = localFiles ? uris.filter((u) => u.scheme !== 'file') : [...uris];
  const config = readConfig();
  const pool = await sources.service.workers();
  if (fresh) await virtualFiles.clear();
  const location =
    uris.length > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
  const result = await vscode.window.withProgress(
    { location, title: 'Seed Annotator: indexing seed files', cancellable: true },
    async (progress, token) => {
      const onProgress = progressReporter(progress, uris.length, hooks);
      const isCancelled = (): boolean => token.isCancellationRequested || hooks.isDisposed();
      const built = localFiles
        ? await localFiles.summarize({
            paths: local.map((u) => u.fsPath),
            maxBytes: config.maxFileBytes,
            fresh,
            pool,
            onResult: hooks.onResult,
            onProgress,
            isCancelled,
            reviewsFor: sources.reviewsFor,
          })
        : { summaries: new Map<string, FileSummary>(), fromCache: 0, cancelled: false };
      const done = built.summaries.size;
      let fromCache = built.fromCache;
      for (let i = 0; i < others.length && !isCancelled(); i += VIRTUAL_BATCH) {
        const batch = await virtualFiles.summarize(others.slice(i, i + VIRTUAL_BATCH), config.maxFileBytes);
        fromCache += batch.fromCache;
        for (const summary of batch.summaries) {
          built.summaries.set(summary.path, summary);
          hooks.onResult(summary.path, summary);
        }
        onProgress(done + Math.min(others.length, i + VIRTUAL_BATCH), uris.length);
      }
      return { summaries: built.summaries, fromCache, cancelled: built.cancelled || isCancelled() };
    },
  );
  if (!result.cancelled) {
    await localFiles
      ?.persist(new Set(local.map((u) => u.fsPath)))
      .catch((error) => log().warn('Could not save the index cache', error));
    await virtualFiles.persist(new Set(others.map(fileId)));
  }
  return result;
}

/** Reports a build's progress to the notification (in whole percents) and to the index. */
function progressReporter(
  progress: vscode.Progress<{ increment?: number; message?: string }>,
  files: number,
  hooks: FullBuildHooks,
): (done: number, total: number) => void {
  let reported = 0;
  return (done, total) => {
    hooks.onProgress({ done, total: files });
    const percent = Math.floor((done / Math.max(1, files)) * 100);
    if (percent > reported) {
      progress.report({ increment: percent - reported, message: `${done}/${total}` });
      reported = percent;
    }
  };
}

/** Summaries of changed files; ids that are no longer seed files (or gone) are listed as dropped. */
export async function buildChanged(
  sources: IndexSources,
  ids: readonly string[],
): Promise<{ summaries: FileSummary[]; dropped: string[] }> {
  const { localFiles, virtualFiles } = sources;
  const maxBytes = readConfig().maxFileBytes;
  const present: string[] = [];
  const virtual: vscode.Uri[] = [];
  const dropped: string[] = [];
  for (const id of ids) {
    const uri = uriOf(id);
    if (!(await isSeedUri(uri))) dropped.push(id);
    else if (uri.scheme !== 'file' || !localFiles) virtual.push(uri);
    else if (await localFiles.isFile(id)) present.push(id);
    else dropped.push(id);
  }
  for (const id of dropped) localFiles?.forget(id);
  const summaries: FileSummary[] = [];
  if (present.length && localFiles) {
    const pool = await sources.service.workers();
    const result = await localFiles.summarize({ paths: present, maxBytes, pool, reviewsFor: sources.reviewsFor });
    summaries.push(...result.summaries.values());
    await localFiles.persist().catch((error) => log().warn('Could not save the index cache', error));
  }
  if (virtual.length) {
    summaries.push(...(await virtualFiles.summarize(virtual, maxBytes)).summaries);
    await virtualFiles.persist();
  }
  return { summaries, dropped };
}
