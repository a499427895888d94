// The import's I/O in the editor: the collection's files through vscode.workspace.fs (atomic, never over an
// existing file unless asked), pages through `fetch` (Node: redirects checked one by one; browser: CORS explained).
import * as vscode from 'vscode';
import { browserNetworkError, DEFAULT_LIMITS, PageFetcher, userAgentFor } from '../../core/import/pipeline/http';
import type { CollectionFiles, FetchedBytes, ImportIO } from '../../core/import/pipeline/types';
import type { Platform } from '../platform';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const exists = (uri: vscode.Uri): Promise<boolean> =>
  Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    () => true,
    () => false,
  );

/** Files under the collection root (a workspace folder), '/'-separated paths relative to it. */
export class WorkspaceCollectionFiles implements CollectionFiles {
  constructor(readonly root: vscode.Uri) {}

  uri(relative: string): vscode.Uri {
    const parts = relative.split('/').filter(Boolean);
    if (parts.includes('..')) throw new Error(`${relative} is outside the collection`);
    return vscode.Uri.joinPath(this.root, ...parts);
  }

  async readText(relative: string): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri(relative)));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      if (!(await exists(this.uri(relative)))) return undefined;
      throw error;
    }
  }

  exists(relative: string): Promise<boolean> {
    return exists(this.uri(relative));
  }

  async namesIn(folder: string): Promise<string[]> {
    if (!(await exists(this.uri(folder)))) return [];
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(this.uri(folder))).catch(() => []);
    return entries.map(([name]) => name);
  }

  async write(relative: string, data: Uint8Array | string, options: { overwrite?: boolean } = {}): Promise<void> {
    const target = this.uri(relative);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    const temp = target.with({ path: `${target.path}.${Math.random().toString(36).slice(2, 10)}.tmp` });
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    try {
      await vscode.workspace.fs.writeFile(temp, bytes);
      await vscode.workspace.fs.rename(temp, target, { overwrite: options.overwrite === true });
    } catch (error) {
      await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
      throw error;
    }
  }

  async remove(relative: string): Promise<void> {
    await Promise.resolve(vscode.workspace.fs.delete(this.uri(relative))).catch(() => undefined);
  }

  async listSeedFiles(): Promise<string[]> {
    const found = await vscode.workspace.findFiles(
      new vscode.RelativePattern(this.root, '**/*.txt'),
      '**/{.*,node_modules}/**',
    );
    return found.map((uri) => this.relative(uri)).filter((p): p is string => !!p);
  }

  async listSidecars(): Promise<string[]> {
    const found = await vscode.workspace.findFiles(
      new vscode.RelativePattern(this.root, '.seed-annotations/**/*.json'),
    );
    return found
      .map((uri) => this.relative(uri))
      .filter((p): p is string => !!p && !p.startsWith('.seed-annotations/snapshots/'));
  }

  relative(uri: vscode.Uri): string | undefined {
    const base = this.root.path.replace(/\/$/, '');
    return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : undefined;
  }
}

/** A source file picked in the editor: its bytes (capped), name and type. */
export async function readUriSource(uri: vscode.Uri): Promise<FetchedBytes> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.Directory) throw new Error('is a folder');
  if (stat.size > MAX_FILE_BYTES) throw new Error('too large: more than 20 MB');
  const bytes = await vscode.workspace.fs.readFile(uri);
  const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const ext = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  const contentType =
    ext === '.pdf'
      ? 'application/pdf'
      : ext === '.txt'
        ? 'text/plain'
        : ['.xml', '.rss', '.atom'].includes(ext)
          ? 'application/xml'
          : undefined;
  return { bytes, fileName, contentType };
}

export function editorImportIO(
  files: WorkspaceCollectionFiles,
  platform: Platform,
  version: string,
  askDate: ImportIO['askDate'],
): ImportIO {
  const browser = platform.fetchHost === 'browser';
  const fetcher = new PageFetcher(
    {
      fetch: (input, init) => globalThis.fetch(input, init),
      manualRedirects: !browser,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      explainNetworkError: browser ? browserNetworkError : undefined,
    },
    { ...DEFAULT_LIMITS, userAgent: userAgentFor(version) },
  );
  return {
    fetchUrl: (url, signal) => fetcher.fetchUrl(url, signal),
    readSource: (source) => readUriSource(vscode.Uri.parse(source)),
    files,
    now: () => new Date(),
    newId: () => `urn:uuid:${globalThis.crypto.randomUUID()}`,
    askDate,
  };
}
