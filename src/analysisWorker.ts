// Worker thread: summarises batches of seed files for the workspace index, off the extension host's thread.
import { parentPort } from 'node:worker_threads';
import { summarizeFile } from './core/summarizeFile';
import type { SummarizeRequest, SummarizeResponse } from './core/workerProtocol';

parentPort?.on('message', (request: SummarizeRequest) => {
  const response: SummarizeResponse = {
    id: request.id,
    results: request.paths.map((p) => summarizeFile(p, request.maxBytes, request.reviews?.[p])),
  };
  parentPort?.postMessage(response);
});
