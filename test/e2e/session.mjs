// The setup every end-to-end suite shares: the packaged VSIX installed into one fresh code-server, one
// headless Chromium, a temporary workspace per suite, each suite's steps run in order with a screenshot
// of every failure (in the system's temp folder). Nothing is written into the working tree unless
// --screenshots asks for the README's pictures in media/.
//
// A suite is { name, settings?, stepTimeoutMs?, setup(), steps(page, context) }:
//   setup() → { workspace, open?: { file, line?, column? }, …anything the steps need }   (workspace: a temp folder)
//   steps(page, context) → [[title, async () => …], …]   context = setup()'s result + { session }
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  exitOnSignals,
  installExtension,
  launchBrowser,
  makeStateDir,
  provisionCodeServer,
  remoteUri,
  removedOnExit,
  root,
  startCodeServer,
  withTimeout,
  workbenchUrl,
} from '../../scripts/vscode/codeServer.mjs';

export { root };
export const writeScreenshots = process.argv.includes('--screenshots');
export const mediaDir = path.join(root, 'media');
const failuresDir = path.join(os.tmpdir(), 'seed-e2e-failures');
const defaultStepTimeoutMs = 180_000;
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const baseSettings = {
  'editor.wordWrap': 'on',
  'editor.cursorBlinking': 'solid',
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

export const assertThat = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** The packaged engine (dist/engine.js), to compute what the workbench should show. */
export const engine = createRequire(import.meta.url)(path.join(root, 'dist', 'engine.js'));

/** A seed file of the repository's seeds/ folder. */
export const repositorySeed = (name) => fs.readFileSync(path.join(root, 'seeds', name), 'utf8');

/**
 * With --screenshots, writes media/<name> once the workbench's animations (a hover fading in) have
 * finished; without it, does nothing.
 */
export async function readmeScreenshot(page, name) {
  if (!writeScreenshots) return;
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]),
  );
  await page.screenshot({ path: path.join(mediaDir, name) });
}

/** 1-based line and column (UTF-16, as the editor counts) of a text offset. */
export function positionAt(text, offset) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A temporary folder `<tmp>/seed-e2e-<label>-XXXX/<folderName>` holding `files` ({ relative path: text }). */
export function makeWorkspace(label, folderName, files) {
  const workspace = path.join(removedOnExit(fs.mkdtempSync(path.join(os.tmpdir(), `seed-e2e-${label}-`))), folderName);
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(workspace, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.mkdirSync(workspace, { recursive: true });
  return workspace;
}

const userSettingsFile = (stateDir) => path.join(stateDir, 'user', 'User', 'settings.json');

/** The workbench URL of a folder, optionally opening a file at a line and column (as `code-server file:line:column` would). */
function urlFor(server, workspace, open) {
  if (!open) return workbenchUrl(server, workspace);
  const file = `${remoteUri(server, path.join(workspace, open.file))}${open.line ? `:${open.line}:${open.column ?? 1}` : ''}`;
  return workbenchUrl(server, workspace, [['openFile', file], ...(open.line ? [['gotoLineMode', 'true']] : [])]);
}

async function runSteps(page, suite, context) {
  let passed = 0;
  let failed = 0;
  for (const [index, [title, step]] of suite.steps(page, context).entries()) {
    try {
      await withTimeout(step(), suite.stepTimeoutMs ?? defaultStepTimeoutMs, title);
      passed++;
      console.log(`  ✔ ${title}`);
    } catch (error) {
      failed++;
      const shot = path.join(
        failuresDir,
        suite.name,
        `${String(index + 1).padStart(2, '0')}-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`,
      );
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`  ✘ ${title}\n      ${error instanceof Error ? error.message : error}\n      screenshot: ${shot}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  return { passed, failed };
}

/** Runs the suites against one code-server and one browser; returns the counts per suite. */
export async function runSuites(suites) {
  if (!fs.existsSync(vsixPath))
    throw new Error(`${path.relative(root, vsixPath)} is missing: run \`npm run package\` first.`);
  fs.rmSync(failuresDir, { recursive: true, force: true });
  const started = Date.now();
  const entry = provisionCodeServer();
  const stateDir = makeStateDir('e2e');
  const quietSettings = JSON.parse(fs.readFileSync(userSettingsFile(stateDir), 'utf8'));
  console.log(`[e2e] ${installExtension(entry, stateDir, vsixPath).split('\n').pop()}`);
  const server = await startCodeServer({ entry, stateDir });
  const browser = await launchBrowser();
  console.log(`[e2e] code-server and Chromium ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const results = [];
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    for (const suite of suites) {
      console.log(`\n[e2e] ${suite.name}`);
      const started = Date.now();
      try {
        const context = await suite.setup();
        fs.writeFileSync(
          userSettingsFile(stateDir),
          JSON.stringify({ ...quietSettings, ...baseSettings, ...suite.settings }, null, 2) + '\n',
        );
        const session = { url: (open) => urlFor(server, context.workspace, open) };
        await page.goto(session.url(context.open), { waitUntil: 'domcontentloaded', timeout: 60_000 });
        results.push({
          name: suite.name,
          ...(await runSteps(page, suite, { ...context, session })),
          seconds: (Date.now() - started) / 1000,
        });
      } catch (error) {
        console.log(`  ✘ ${suite.name} could not start: ${error instanceof Error ? error.message : error}`);
        results.push({ name: suite.name, passed: 0, failed: 1, seconds: (Date.now() - started) / 1000 });
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
  return results;
}

/** Runs the suites and exits: 0 when every step of every suite passed. */
export async function runAndExit(suites) {
  exitOnSignals();
  try {
    const results = await runSuites(suites);
    console.log('');
    for (const r of results)
      console.log(`[e2e] ${r.name.padEnd(8)} ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(0)} s)`);
    const failed = results.reduce((n, r) => n + r.failed, 0);
    const passed = results.reduce((n, r) => n + r.passed, 0);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** True when the module at `moduleUrl` is the script node was started with. */
export const isEntryPoint = (moduleUrl) =>
  !!process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
