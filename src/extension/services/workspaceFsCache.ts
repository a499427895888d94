// The summary cache of files read through VS Code's file system API (virtual file systems, the web): one
// JSON file under the workspace storage, written with workspace.fs.
import * as vscode from 'vscode';
import { SUMMARY_FORMAT_VERSION } from '../../core/summary/summary';
import { SummaryCache, type CacheStorage } from '../../core/summary/summaryCache';
import { writeAtomically } from '../fileWrites';

const CACHE_FILE = 'index-cache-vfs.json';
/** The analysis bundles; a new build (size or time) invalidates the cache. */
const BUNDLES = ['dist/analysisWorker.js', 'dist/web/analysisWorker.js'];

function workspaceFsStorage(file: vscode.Uri): CacheStorage {
  const folder = vscode.Uri.joinPath(file, '..');
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  return {
    read: async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(file)),
    write: (text) => writeAtomically(file, text, true),
    async removeLeftovers() {
      const entries = await vscode.workspace.fs.readDirectory(folder).then(
        (e) => e,
        () => [],
      );
      for (const [name] of entries) {
        if (name.startsWith(`${base}.`) && name.endsWith('.tmp'))
          await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name)).then(undefined, () => undefined);
      }
    },
  };
}

export async function openWorkspaceFsCache(context: vscode.ExtensionContext): Promise<SummaryCache> {
  const storage = context.storageUri ?? context.globalStorageUri;
  const stamps = await Promise.all(
    BUNDLES.map((b) =>
      vscode.workspace.fs.stat(vscode.Uri.joinPath(context.extensionUri, b)).then(
        (s) => `${s.size}.${s.mtime}`,
        () => '-',
      ),
    ),
  );
  const version = `${SUMMARY_FORMAT_VERSION}:${String((context.extension.packageJSON as { version?: string }).version)}:${stamps.join(':')}`;
  const cache = new SummaryCache(workspaceFsStorage(vscode.Uri.joinPath(storage, CACHE_FILE)), version);
  await cache.load();
  return cache;
}
