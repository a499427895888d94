// Node worker threads for the analysis service (extension host on desktop, benchmarks, tests).
import { Worker } from 'node:worker_threads';
import type { WorkerFactory, WorkerHandle } from '../core/workers/workerProtocol';

export function nodeWorkerFactory(script: string): WorkerFactory {
  return (): WorkerHandle => {
    const worker = new Worker(script);
    let ended = false;
    return {
      postMessage: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onFailure: (listener) => {
        worker.on('error', (error) => {
          ended = true;
          listener(error);
        });
        worker.on('exit', (code) => {
          if (!ended) listener(new Error(`exited with code ${code}`));
          ended = true;
        });
      },
      terminate: () => {
        ended = true;
        void worker.terminate();
      },
    };
  };
}
