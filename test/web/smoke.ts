// Mocha entry of the pure web host smoke test (Code-OSS web build served by @vscode/test-web, as on
// vscode.dev): the workspace is a `vscode-test-web` file system and the extension URI is an http URL.
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
  return runMocha(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./suite/pureWeb.test');
  });
}
