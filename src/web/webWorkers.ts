// Web Workers for the analysis service: which script URL works here, and the adapter to the pool's
// WorkerHandle. No vscode import, so that unit tests run it with a stand-in Worker class.
import type { WorkerFactory, WorkerHandle, WorkerReply, WorkerRequest } from '../core/workers/workerProtocol';

/** The part of a browser Worker used here (the project's type check has no DOM library). */
export interface BrowserWorker {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (event: { data?: unknown; message?: string }) => void,
  ): void;
  terminate(): void;
}

export type BrowserWorkerConstructor = new (url: string, options?: { name?: string }) => BrowserWorker;

/** Where the worker script can come from, in the order tried. */
export interface WorkerScriptSources {
  /** The script's URL under the extension (works in a pure web host such as vscode.dev). */
  extensionUrl: string;
  /** A Blob URL of the script's bytes (code-server refuses workers from remote extension URIs). */
  blobUrl(): Promise<string>;
}

export type WebWorkerSource = 'extension-uri' | 'blob-url';

export interface WebWorkerStart {
  factory?: WorkerFactory;
  source?: WebWorkerSource;
  /** Why a way of starting failed, one line per way tried. */
  reasons: string[];
}

/** The files' bytes move to the worker instead of being copied; views into larger buffers are copied. */
export function transferablesOf(message: WorkerRequest): ArrayBuffer[] {
  if (message.kind !== 'summarize') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const { bytes } of message.files) {
    if (
      bytes &&
      bytes.buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength
    )
      buffers.add(bytes.buffer);
  }
  return [...buffers];
}

/** Adapts a Web Worker to the pool's WorkerHandle; the first 'error' or 'messageerror' fails it, once. */
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

const errorOf = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Starts a probe worker from the extension URL, else from a Blob URL; the probe is the first worker the
 * factory hands out. No factory when neither works (the service then analyses in-process).
 */
export async function startWebWorkers(
  WorkerClass: BrowserWorkerConstructor | undefined,
  sources: WorkerScriptSources,
): Promise<WebWorkerStart> {
  if (!WorkerClass) return { reasons: ['this host has no Web Workers'] };
  const start = (url: string): BrowserWorker | Error => {
    try {
      return new WorkerClass(url, { name: 'Seed Annotator analysis' });
    } catch (error) {
      return errorOf(error);
    }
  };
  const reasons: string[] = [];
  let url = sources.extensionUrl;
  let source: WebWorkerSource = 'extension-uri';
  let probe = start(url);
  if (probe instanceof Error) {
    reasons.push(`extension URI: ${probe.message}`);
    try {
      url = await sources.blobUrl();
    } catch (error) {
      return { reasons: [...reasons, `Blob URL: ${errorOf(error).message}`] };
    }
    source = 'blob-url';
    probe = start(url);
    if (probe instanceof Error) return { reasons: [...reasons, `Blob URL: ${probe.message}`] };
  }
  let spare: BrowserWorker | undefined = probe;
  const factory: WorkerFactory = () => {
    const worker = spare ?? start(url);
    spare = undefined;
    if (worker instanceof Error) throw worker;
    return webWorkerHandle(worker);
  };
  return { factory, source, reasons };
}
