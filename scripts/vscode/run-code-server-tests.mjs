// Runs the integration suite (out/test/integration/index.js) inside a real VS Code: code-server
// serves the workbench, headless Chromium opens it with an extension-development payload.
// Pass/fail comes from the workbench's exit code AND the result file the suite writes.
//   node scripts/vscode/run-code-server-tests.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import {
  build,
  closeSession,
  exitOnSignals,
  launchBrowser,
  makeStateDir,
  openTestWorkbench,
  provisionCodeServer,
  root,
  startCodeServer,
  withTimeout,
} from './codeServer.mjs';
import { copyFixtureWorkspace } from './workspace.mjs';

const overallTimeoutMs = Number(process.env.SEED_TEST_TIMEOUT_MS ?? 10 * 60_000);
const verbose = process.env.SEED_TEST_VERBOSE === '1';

function readResult(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

exitOnSignals();

async function runSuite() {
  if (!process.argv.includes('--no-build')) build('--tests');
  const testsIndex = path.join(root, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: the build produced no integration tests.`);
  const entry = provisionCodeServer();
  const stateDir = makeStateDir('integration');
  const resultFile = path.join(stateDir, 'result.json');
  const workspace = copyFixtureWorkspace();
  const server = await startCodeServer({
    entry,
    stateDir,
    env: { SEED_TEST_RESULT: resultFile },
    onLine: (line) => {
      if (verbose) console.log(`[server] ${line}`);
    },
  });
  const browser = await launchBrowser();
  try {
    const { exitCode } = await openTestWorkbench({ browser, server, workspace, testsIndex, verbose });
    const code = await withTimeout(exitCode, overallTimeoutMs, 'the integration suite to finish');
    const result = readResult(resultFile);
    return { code, result, serverLog: server.logTail() };
  } finally {
    await closeSession({ browser, server, stateDir, workspace });
  }
}

try {
  const { code, result, serverLog } = await runSuite();
  const passed = result?.passed ?? 0;
  const failed = result ? result.failed : Math.max(1, code);
  if (!result)
    console.error(`[vscode] the suite wrote no result file (workbench exit code ${code}); server log:\n${serverLog}`);
  const ok = code === 0 && result !== undefined && failed === 0 && passed > 0;
  if (result?.failures?.length) for (const f of result.failures) console.error(`  failed: ${f.title}: ${f.message}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error(`[vscode] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
