// Worker thread of `seed-annotate --jsonl --workers N`: annotates the lines it is sent, one reply each.
import { parentPort, workerData } from 'node:worker_threads';
import { annotateJsonlLine } from './jsonlRecord';
import type { JsonlWorkerReply, JsonlWorkerRequest, JsonlWorkerSettings } from './jsonlWorkers';

const settings = workerData as JsonlWorkerSettings;

parentPort?.on('message', (request: JsonlWorkerRequest) => {
  const reply: JsonlWorkerReply = {
    seq: request.seq,
    result: annotateJsonlLine(request.task, settings.maxBytes, settings.pretty),
  };
  parentPort?.postMessage(reply);
});
