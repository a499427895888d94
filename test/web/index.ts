// Mocha entry loaded by the web worker extension host (`extensionTestsPath`): mocha's browser build,
// the web suite and the Node-free suites shared with the desktop integration run, in one bundle.
// There is no file system here: pass/fail counts go out as one console line the runner parses.

/** The runner (scripts/vscode/run-web-tests.mjs) reads the line starting with this. */
export const RESULT_MARKER = '[seed-web-result]';

interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): MochaRunner;
}

interface MochaRunner {
  stats?: { passes: number; pending: number };
  on(event: 'fail', listener: (test: { fullTitle(): string }, error: Error) => void): void;
}

/** Evaluated after mocha.setup so that `describe`/`it` exist; the desktop-only suites are left out. */
function loadSuites(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('./suite/webHost.test');
  require('../integration/suite/harness.test');
  require('../integration/suite/manifest.test');
  require('../integration/suite/diagnostics.test');
  require('../integration/suite/hover.test');
  require('../integration/suite/symbols.test');
  require('../integration/suite/sources.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function run(): Promise<void> {
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
      runner.on('fail', (test, error) => failures.push({ title: test.fullTitle(), message: String(error?.message ?? error) }));
    } catch (error) {
      failures.push({ title: 'web suite', message: String(error) });
      report(0, 1, 0);
    }
  });
}
