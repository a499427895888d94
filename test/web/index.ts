// Mocha entry of code-server's web worker extension host (`extensionTestsPath`): the web suite and the
// Node-free suites shared with the desktop integration run, bundled with mocha's browser build.
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
  return runMocha(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('./suite/webHost.test');
    require('../integration/suite/harness.test');
    require('../integration/suite/manifest.test');
    require('../integration/suite/diagnostics.test');
    require('../integration/suite/hover.test');
    require('../integration/suite/symbols.test');
    require('../integration/suite/sources.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
}
