// Runs the web suite (out/test/web/index.js) inside code-server's web worker extension host, the host
// vscode.dev uses: the user setting `remote.extensionKind` makes code-server run the extension's
// `browser` entry instead of its Node `main`. Headless Chromium opens the workbench with an
// extension-development payload. Pass/fail comes from the workbench's exit code AND the result line
// the suite logs (a web worker has no file system to write a result file to).
//   node scripts/vscode/run-web-tests.mjs [--no-build]
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
const RESULT_MARKER = '[seed-web-result]'; // test/web/mochaRunner.ts
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The user setting that puts the extension into the web worker extension host. */
export function webHostSettings() {
  return { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } };
}

function addUserSettings(stateDir, settings) {
  const file = path.join(stateDir, 'user', 'User', 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...settings }, null, 2) + '\n');
}

/** The result line of the suite, when the workbench forwarded it. */
function parseResult(text) {
  const at = text.indexOf(RESULT_MARKER);
  if (at < 0) return undefined;
  try {
    return JSON.parse(text.slice(at + RESULT_MARKER.length));
  } catch {
    return undefined;
  }
}

async function runSuite() {
  if (!process.argv.includes('--no-build')) build('--web-tests');
  const testsIndex = path.join(root, 'out', 'test', 'web', 'index.js');
  for (const file of [testsIndex, path.join(root, manifest.browser ?? 'dist/web/extension.js')]) {
    if (!fs.existsSync(file))
      throw new Error(`${path.relative(root, file)} is missing: the build produced no web bundle.`);
  }
  const entry = provisionCodeServer();
  const stateDir = makeStateDir('web');
  addUserSettings(stateDir, webHostSettings());
  const workspace = copyFixtureWorkspace();
  const server = await startCodeServer({
    entry,
    stateDir,
    onLine: (line) => {
      if (verbose) console.log(`[server] ${line}`);
    },
  });
  const browser = await launchBrowser();
  let result;
  try {
    const onText = (text) => {
      result = parseResult(text) ?? result;
    };
    const { exitCode } = await openTestWorkbench({
      browser,
      server,
      workspace,
      testsIndex,
      verbose,
      onText,
      host: ' (web worker extension host)',
    });
    const code = await withTimeout(exitCode, overallTimeoutMs, 'the web suite to finish');
    return { code, result, serverLog: server.logTail() };
  } finally {
    await closeSession({ browser, server, stateDir, workspace });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  exitOnSignals();
  try {
    const { code, result, serverLog } = await runSuite();
    const passed = result?.passed ?? 0;
    const failed = result ? result.failed : Math.max(1, code);
    if (!result)
      console.error(`[vscode] the suite logged no result (workbench exit code ${code}); server log:\n${serverLog}`);
    if (result?.failures?.length) for (const f of result.failures) console.error(`  failed: ${f.title}: ${f.message}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(code === 0 && result !== undefined && failed === 0 && passed > 0 ? 0 : 1);
  } catch (error) {
    console.error(`[vscode] ${error instanceof Error ? error.message : error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
