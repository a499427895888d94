// The web platform's workers: which script URL is used, the WorkerHandle adapter, what is transferred,
// and the built Web Worker bundle answering requests in a bare script context (no Node, no require).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { SummarizeResult, WorkerReply, WorkerRequest } from '../../../src/core/workers/workerProtocol';
import {
  startWebWorkers,
  transferablesOf,
  webWorkerHandle,
  type BrowserWorker,
  type BrowserWorkerConstructor,
} from '../../../src/web/webWorkers';
import { repoRoot } from '../helpers/repoRoot';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** A stand-in Worker: records its URL and messages; `refuse` URLs throw as code-server does. */
function workerClass(refuse: (url: string) => boolean) {
  const started: StandIn[] = [];
  class StandIn implements BrowserWorker {
    readonly posted: { message: unknown; transfer?: ArrayBuffer[] }[] = [];
    readonly listeners = new Map<string, Listener[]>();
    terminated = false;
    constructor(readonly url: string) {
      if (refuse(url)) throw new Error('Creating workers from remote extensions is currently not supported');
      started.push(this);
    }
    postMessage(message: unknown, transfer?: ArrayBuffer[]): void {
      this.posted.push({ message, transfer });
    }
    addEventListener(type: string, listener: Listener): void {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }
    emit(type: string, event: { data?: unknown; message?: string }): void {
      for (const listener of this.listeners.get(type) ?? []) listener(event);
    }
    terminate(): void {
      this.terminated = true;
    }
  }
  return { Worker: StandIn as BrowserWorkerConstructor, started };
}

const EXTENSION_URL = 'https://host/ext/dist/web/analysisWorker.js';
const BLOB_URL = 'blob:https://host/1234';

describe('web workers', () => {
  describe('starting', () => {
    it('uses the extension URI where it works, handing out the probe worker first', async () => {
      const { Worker, started } = workerClass(() => false);
      let blobAsked = false;
      const start = await startWebWorkers(Worker, {
        extensionUrl: EXTENSION_URL,
        blobUrl: async () => {
          blobAsked = true;
          return BLOB_URL;
        },
      });
      assert.equal(start.source, 'extension-uri');
      assert.deepEqual(start.reasons, []);
      assert.equal(started.length, 1, 'one probe worker');
      start.factory!();
      assert.equal(started.length, 1, 'the probe is the first worker');
      start.factory!();
      assert.deepEqual(
        started.map((w) => w.url),
        [EXTENSION_URL, EXTENSION_URL],
      );
      assert.equal(blobAsked, false);
    });

    it('falls back to a Blob URL where the extension URI is refused', async () => {
      const { Worker, started } = workerClass((url) => url === EXTENSION_URL);
      const start = await startWebWorkers(Worker, { extensionUrl: EXTENSION_URL, blobUrl: async () => BLOB_URL });
      assert.equal(start.source, 'blob-url');
      assert.match(start.reasons[0]!, /^extension URI: Creating workers from remote extensions/);
      start.factory!();
      start.factory!();
      assert.deepEqual(
        started.map((w) => w.url),
        [BLOB_URL, BLOB_URL],
      );
    });

    const failures: [string, BrowserWorkerConstructor | undefined, () => Promise<string>, RegExp][] = [
      ['no Worker class', undefined, async () => BLOB_URL, /no Web Workers/],
      ['both URLs refused', workerClass(() => true).Worker, async () => BLOB_URL, /^Blob URL: Creating workers/],
      [
        'the script unreadable',
        workerClass((url) => url === EXTENSION_URL).Worker,
        async () => {
          throw new Error('file not found');
        },
        /^Blob URL: file not found/,
      ],
    ];
    for (const [what, Worker, blobUrl, lastReason] of failures) {
      it(`gives no factory, with the reasons, when ${what}`, async () => {
        const start = await startWebWorkers(Worker, { extensionUrl: EXTENSION_URL, blobUrl });
        assert.equal(start.factory, undefined);
        assert.match(start.reasons.at(-1)!, lastReason);
      });
    }
  });

  describe('handle', () => {
    it('passes replies on and fails once, on the first error', async () => {
      const { Worker, started } = workerClass(() => false);
      const handle = webWorkerHandle(new Worker(EXTENSION_URL));
      const replies: WorkerReply[] = [];
      const errors: string[] = [];
      handle.onMessage((reply) => replies.push(reply));
      handle.onFailure((error) => errors.push(error.message));
      const reply: WorkerReply = { id: 1, kind: 'error', message: 'x' };
      started[0]!.emit('message', { data: reply });
      started[0]!.emit('messageerror', {});
      started[0]!.emit('error', { message: 'later' });
      assert.deepEqual(replies, [reply]);
      assert.deepEqual(errors, ['analysis worker could not read a message']);
    });

    it('reports nothing after it was terminated', () => {
      const { Worker, started } = workerClass(() => false);
      const handle = webWorkerHandle(new Worker(EXTENSION_URL));
      const errors: Error[] = [];
      handle.onFailure((error) => errors.push(error));
      handle.terminate();
      started[0]!.emit('error', { message: 'gone' });
      assert.equal(started[0]!.terminated, true);
      assert.deepEqual(errors, []);
    });

    it('transfers whole file buffers and copies views into larger ones', () => {
      const whole = new Uint8Array([1, 2, 3]);
      const shared = new Uint8Array(8);
      const request = (files: { path: string; bytes?: Uint8Array }[]): WorkerRequest => ({
        id: 1,
        kind: 'summarize',
        maxBytes: 100,
        files,
      });
      const cases: [string, WorkerRequest, ArrayBuffer[]][] = [
        ['an analysis', { id: 1, kind: 'analyze', text: 'date 2024-01-01 x' }, []],
        ['a whole buffer', request([{ path: 'a', bytes: whole }]), [whole.buffer]],
        ['a view into a larger buffer', request([{ path: 'a', bytes: shared.subarray(2, 4) }]), []],
        [
          'one buffer twice',
          request([
            { path: 'a', bytes: whole },
            { path: 'b', bytes: whole },
          ]),
          [whole.buffer],
        ],
        ['a file without bytes', request([{ path: 'a' }]), []],
      ];
      for (const [what, message, expected] of cases) assert.deepEqual(transferablesOf(message), expected, what);
      const { Worker, started } = workerClass(() => false);
      webWorkerHandle(new Worker(EXTENSION_URL)).postMessage(cases[1]![1]);
      assert.deepEqual(started[0]!.posted[0]!.transfer, [whole.buffer]);
    });
  });

  describe('bundle dist/web/analysisWorker.js', () => {
    it('answers an analysis and a summary of bytes in a bare script context', () => {
      const script = fs.readFileSync(path.join(repoRoot(), 'dist', 'web', 'analysisWorker.js'), 'utf8');
      const posted: WorkerReply[] = [];
      // What a dedicated worker offers, without Node's require, process or module.
      const scope: Record<string, unknown> = {
        postMessage: (reply: WorkerReply) => posted.push(reply),
        TextDecoder,
        TextEncoder,
        performance,
        console,
        setTimeout,
        clearTimeout,
      };
      scope.self = scope;
      vm.runInNewContext(script, vm.createContext(scope), { filename: 'analysisWorker.js' });
      const onmessage = scope.onmessage as (event: { data: WorkerRequest }) => void;
      assert.equal(typeof onmessage, 'function', 'the bundle sets self.onmessage');
      const text =
        'date 2024-05-02 The harbour reopened.\n\n“The ships are back,” said Ingrid Halvorsen, the harbour master.\n';
      onmessage({ data: { id: 1, kind: 'analyze', text } });
      onmessage({
        data: {
          id: 2,
          kind: 'summarize',
          maxBytes: 1000,
          files: [
            { path: 'a.txt', bytes: new TextEncoder().encode(text) },
            { path: 'big.txt', bytes: new Uint8Array(2000) },
          ],
        },
      });
      const [analysis, smallReply, bigReply] = posted;
      assert.equal(analysis?.kind === 'analysis' && analysis.analysis.quotes[0]?.speaker?.name, 'Ingrid Halvorsen');
      // A file's result comes as JSON text (smaller once parsed than a structured clone).
      const result = (reply: (typeof posted)[number] | undefined): SummarizeResult => {
        assert.ok(reply?.kind === 'file');
        return JSON.parse(reply.result) as SummarizeResult;
      };
      const small = result(smallReply);
      assert.equal(small.summary.quotes.length, 1);
      assert.equal(small.size, text.length + 2 * 2, 'curly quotes are 3 bytes each');
      assert.match(result(bigReply).summary.error ?? '', /above the .* limit/);
    });
  });
});
