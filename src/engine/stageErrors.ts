// A stage that throws must not take the whole analysis down, nor fail in silence: its error goes to the
// caller's `onError` (the extension's log) and to an `engine-error` problem, and the stage yields nothing.
import type { AnalyzeOptions, EngineError, Problem } from './types';

export class StageErrors {
  readonly problems: Problem[] = [];

  constructor(private readonly onError: AnalyzeOptions['onError']) {}

  /** Runs one stage; on an exception reports it and returns `fallback`. */
  run<T>(stage: EngineError['stage'], fallback: T, step: () => T): T {
    try {
      return step();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.onError?.({ stage, message, error });
      this.problems.push({
        start: 0,
        end: 0,
        code: 'engine-error',
        severity: 'error',
        message: `Seed Annotator could not finish finding ${stage} in this file (${message}); the other results are shown.`,
      });
      return fallback;
    }
  }
}
