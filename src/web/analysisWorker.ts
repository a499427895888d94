// Web Worker of the analysis service in the browser: requests carry the files' bytes (no file system here).
// Bundled as a classic script (IIFE): hosts start it from the extension's URI or from a Blob URL.
import { handleWorkerRequest } from '../core/workers/workerMain';
import type { WorkerReply, WorkerRequest } from '../core/workers/workerProtocol';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => handleWorkerRequest(event.data, (reply) => scope.postMessage(reply));
