// Node worker thread of the analysis service: analyses open documents and summarises files for the index.
import { parentPort } from 'node:worker_threads';
import { summarizeFile } from './summarizeFile';
import { READY, handleWorkerRequest } from '../core/workers/workerMain';
import type { WorkerRequest } from '../core/workers/workerProtocol';

parentPort?.on('message', (request: WorkerRequest) => {
  handleWorkerRequest(request, (reply) => parentPort?.postMessage(reply), summarizeFile);
});
parentPort?.postMessage(READY);
