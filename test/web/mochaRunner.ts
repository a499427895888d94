// Runs mocha's browser build inside a web worker extension host. There is no file system there: the
// pass/fail counts go out as one console line that the runner scripts parse.

/** scripts/vscode/run-web-tests.mjs and run-web-smoke.mjs read the line starting with this. */
export const RESULT_MARKER = '[seed-web-result]';

interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): MochaRunner;
}

interface MochaRunner {
  stats?: { passes: number; pending: number };
  on(event: 'fail', listener: (test: { fullTitle(): string }, error: Error) => void): void;
}

/** `loadSuites` runs after mocha.setup, so that `describe` and `it` exist when the suites load. */
export function runMocha(loadSuites: () => void): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  const failures: { title: string; message: string }[] = [];
  return new Promise((resolve, reject) => {
    const report = (passed: number, failed: number, pending: number): void => {
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed, failed, pending, failures })}`);
      if (failed > 0) reject(new Error(`${failed} web test(s) failed`));
      else resolve();
    };
    try {
      loadSuites();
      const runner = mocha.run((failed) => report(runner.stats?.passes ?? 0, failed, runner.stats?.pending ?? 0));
      runner.on('fail', (test, error) =>
        failures.push({ title: test.fullTitle(), message: String(error?.message ?? error) }),
      );
    } catch (error) {
      failures.push({ title: 'web suite', message: String(error) });
      report(0, 1, 0);
    }
  });
}
