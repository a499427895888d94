// The web platform (vscode.dev, github.dev, code-server's web worker extension host): no file system, so
// the index reads files through workspace.fs and the service sends their bytes to Web Workers.
import * as vscode from 'vscode';
import { log } from '../extension/log';
import type { Platform } from '../extension/platform';
import { startWebWorkers, type BrowserWorkerConstructor } from './webWorkers';

/** The browser globals used here; the project's type check has no DOM library. */
interface BrowserGlobals {
  Worker?: BrowserWorkerConstructor;
  Blob?: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL?(blob: unknown): string };
  navigator?: { hardwareConcurrency?: number };
}

const browser = globalThis as unknown as BrowserGlobals;

/** Workers beside the extension host's own thread: each holds a copy of the NLP model. */
export const MAX_WEB_WORKERS = 2;

export const WORKER_SCRIPT = 'dist/web/analysisWorker.js';

async function blobUrlOf(script: vscode.Uri): Promise<string> {
  if (!browser.Blob || !browser.URL.createObjectURL) throw new Error('this host has no Blob URLs');
  const bytes = await vscode.workspace.fs.readFile(script);
  return browser.URL.createObjectURL(new browser.Blob([bytes], { type: 'text/javascript' }));
}

export const webPlatform: Platform = {
  cores: Math.max(1, Math.min(MAX_WEB_WORKERS, browser.navigator?.hardwareConcurrency ?? 1)),
  fetchHost: 'browser',
  async workerFactory(context) {
    const script = vscode.Uri.joinPath(context.extensionUri, WORKER_SCRIPT);
    const started = await startWebWorkers(browser.Worker, {
      extensionUrl: script.toString(true),
      blobUrl: () => blobUrlOf(script),
    });
    if (started.factory)
      log().info(
        `Analysis workers started from ${started.source === 'blob-url' ? 'a Blob URL' : 'the extension URI'}${started.reasons.length ? ` (${started.reasons.join('; ')})` : ''}`,
      );
    else
      log().warn(
        `No analysis workers here (${started.reasons.join('; ')}); analysing in small slices on the extension host`,
      );
    return started.factory;
  },
};
