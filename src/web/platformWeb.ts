// The web platform (vscode.dev, github.dev, code-server's web worker extension host): no file system, so
// the index reads files through workspace.fs and sends their bytes to Web Workers.
import * as vscode from 'vscode';
import { log } from '../log';
import type { Platform } from '../platform';
import type { WorkerFactory, WorkerHandle, WorkerReply, WorkerRequest } from '../core/workerProtocol';

/** The few browser globals used here; the project's type check has no DOM library. */
interface BrowserWorker {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: { data?: unknown; message?: string }) => void): void;
  terminate(): void;
}

interface BrowserGlobals {
  Worker?: new (url: string, options?: { name?: string }) => BrowserWorker;
  Blob?: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL?(blob: unknown): string };
  navigator?: { hardwareConcurrency?: number };
}

const browser = globalThis as unknown as BrowserGlobals;

/** Workers beside the extension host's own thread: each holds a copy of the NLP model. */
export const MAX_WEB_WORKERS = 2;

export const WORKER_SCRIPT = 'dist/web/analysisWorker.js';

/** How the last factory started its workers, for the log and the tests. */
export type WebWorkerSource = 'extension-uri' | 'blob-url';

/** The files' bytes move to the worker instead of being copied. */
function transferablesOf(message: WorkerRequest): ArrayBuffer[] {
  if (message.kind !== 'summarize') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const file of message.files) {
    const buffer = file.bytes?.buffer;
    // A view into a larger buffer would hand over bytes that are not the file's; copy those instead.
    if (buffer instanceof ArrayBuffer && file.bytes!.byteOffset === 0 && file.bytes!.byteLength === buffer.byteLength) buffers.add(buffer);
  }
  return [...buffers];
}

/** Adapts a Web Worker to the pool's WorkerHandle. */
export function webWorkerHandle(worker: BrowserWorker): WorkerHandle {
  let ended = false;
  return {
    postMessage: (message) => worker.postMessage(message, transferablesOf(message)),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data as WorkerReply)),
    onFailure: (listener) => {
      const fail = (what: string) => (event: { message?: string }) => {
        if (ended) return;
        ended = true;
        listener(new Error(`analysis worker ${what}${event.message ? `: ${event.message}` : ''}`));
      };
      worker.addEventListener('error', fail('failed'));
      worker.addEventListener('messageerror', fail('could not read a message'));
    },
    terminate: () => {
      ended = true;
      worker.terminate();
    },
  };
}

/** Starts a worker from `url`, or reports why it cannot. */
function tryStart(url: string): BrowserWorker | Error {
  const WorkerClass = browser.Worker;
  if (!WorkerClass) return new Error('this host has no Web Workers');
  try {
    return new WorkerClass(url, { name: 'Seed Annotator analysis' });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A Blob URL of the worker script's bytes (code-server refuses workers from remote extension URIs). */
async function blobUrlOf(context: vscode.ExtensionContext): Promise<string | Error> {
  if (!browser.Blob || !browser.URL.createObjectURL) return new Error('this host has no Blob URLs');
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, WORKER_SCRIPT));
    return browser.URL.createObjectURL(new browser.Blob([bytes], { type: 'text/javascript' }));
  } catch (error) {
    return new Error(`could not read ${WORKER_SCRIPT}: ${(error as Error)?.message ?? error}`);
  }
}

export interface WebWorkerStart {
  factory?: WorkerFactory;
  source?: WebWorkerSource;
  /** Why no worker could start, one reason per way tried. */
  reasons: string[];
}

/** Tries the extension URI, then a Blob URL; the probe worker is kept as the first worker handed out. */
export async function startWebWorkers(context: vscode.ExtensionContext): Promise<WebWorkerStart> {
  const reasons: string[] = [];
  const direct = vscode.Uri.joinPath(context.extensionUri, WORKER_SCRIPT).toString(true);
  let url = direct;
  let probe = tryStart(direct);
  let source: WebWorkerSource = 'extension-uri';
  if (probe instanceof Error) {
    reasons.push(`extension URI: ${probe.message}`);
    const blob = await blobUrlOf(context);
    if (blob instanceof Error) return { reasons: [...reasons, `Blob URL: ${blob.message}`] };
    url = blob;
    source = 'blob-url';
    probe = tryStart(blob);
    if (probe instanceof Error) return { reasons: [...reasons, `Blob URL: ${probe.message}`] };
  }
  let spare: BrowserWorker | undefined = probe;
  const factory: WorkerFactory = () => {
    const worker = spare ?? tryStart(url);
    spare = undefined;
    if (worker instanceof Error) throw worker;
    return webWorkerHandle(worker);
  };
  return { factory, source, reasons };
}

export const webPlatform: Platform = {
  cores: Math.max(1, Math.min(MAX_WEB_WORKERS, browser.navigator?.hardwareConcurrency ?? 1)),
  async workerFactory(context) {
    const started = await startWebWorkers(context);
    if (started.factory) log().info(`Analysis workers started from ${started.source === 'blob-url' ? 'a Blob URL' : 'the extension URI'}`);
    else log().warn(`No analysis workers here (${started.reasons.join('; ')}); analysing in small slices on the extension host`);
    return started.factory;
  },
};
