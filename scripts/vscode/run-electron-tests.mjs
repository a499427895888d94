// Runs the integration suite in desktop VS Code downloaded by @vscode/test-electron (into
// .vscode-test/). For machines that can reach update.code.visualstudio.com; on Linux without a
// display run it under xvfb-run. Selected by `SEED_VSCODE=electron npm test`.
//   node scripts/vscode/run-electron-tests.mjs [--no-build]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build, root } from './codeServer.mjs';
import { copyFixtureWorkspace } from './workspace.mjs';

if (!process.argv.includes('--no-build')) build('--tests');
const workspace = copyFixtureWorkspace();
const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-electron-')), 'result.json');
let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.SEED_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    extensionTestsEnv: { SEED_TEST_RESULT: resultFile },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (error) {
  console.error(`[vscode] ${error instanceof Error ? error.message : error}`);
}
let result;
try {
  result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
} catch {
  console.error('[vscode] the suite wrote no result file');
}
const passed = result?.passed ?? 0;
const failed = result?.failed ?? 1;
console.log(`${passed} passed, ${failed} failed`);
fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
process.exit(exitCode === 0 && failed === 0 && passed > 0 ? 0 : 1);
