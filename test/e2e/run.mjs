// End-to-end in the real workbench: installs the packaged VSIX into a fresh code-server, opens a
// folder of seeds in headless Chromium and uses the extension as a person would. Every failure
// leaves a screenshot in .vscode-test/e2e-failures/; passing runs refresh the README's
// screenshots in media/ (skip with --no-screenshots).
//   npm run package && node test/e2e/run.mjs [--no-screenshots]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { installExtension, launchBrowser, makeStateDir, provisionCodeServer, root, startCodeServer, withTimeout, workbenchUrl } from '../../scripts/vscode/codeServer.mjs';
import { cursorPosition, goToLine, hoverText, openViewContainer, poll, problemsBadgeCount, quickOpen, sideBarRows, squiggleCount, waitForWorkbench } from './workbench.mjs';

const stepTimeoutMs = 90_000;
const writeScreenshots = !process.argv.includes('--no-screenshots');
const failuresDir = path.join(root, '.vscode-test', 'e2e-failures');
const mediaDir = path.join(root, 'media');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const sampleName = '000_ff2cfafdf74160c4.txt';
const sampleText = fs.readFileSync(path.join(root, 'seeds', sampleName), 'utf8');
const engine = createRequire(import.meta.url)(path.join(root, 'dist', 'engine.js'));
const analysis = engine.analyze(sampleText);

/** 1-based line of a text offset. */
const lineOf = (offset) => sampleText.slice(0, offset).split('\n').length;

/** A word of the quote that first occurs inside it, so the n-th rendered occurrence is the quote's. */
function hoverTargetIn(quote) {
  for (const word of quote.text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length >= 5)) {
    const at = sampleText.indexOf(word, quote.inner.start);
    if (at >= 0 && at < quote.inner.end) return { word, occurrence: sampleText.slice(0, at).split(word).length - 1 };
  }
  return undefined;
}

function makeWorkspace() {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-e2e-workspace-')), 'seeds');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, sampleName), sampleText);
  return folder;
}

function addUserSettings(stateDir, settings) {
  const file = path.join(stateDir, 'user', 'User', 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...settings }, null, 2) + '\n');
}

const assertThat = (condition, message) => { if (!condition) throw new Error(message); };

function steps(page) {
  const stoltenberg = analysis.entities.find((e) => e.aliases.includes('Stoltenberg'));
  const attributedQuote = analysis.quotes.find((q) => q.speaker && !q.partial && hoverTargetIn(q));
  const expectedProblems = analysis.problems.filter((p) => p.severity !== 'hint').length;
  return [
    ['the workbench loads with the extension installed', async () => {
      await waitForWorkbench(page);
    }],
    ['Ctrl+P opens the sample article', async () => {
      await quickOpen(page, sampleName);
    }],
    [`squiggles appear and the Problems count is the engine's ${expectedProblems}`, async () => {
      if (expectedProblems > 0) await poll(async () => (await squiggleCount(page)) > 0, { what: 'problem squiggles' });
      let shown;
      await poll(async () => (shown = await problemsBadgeCount(page)) === expectedProblems, { ms: 20_000, what: `Problems count ${expectedProblems} (shown: ${shown})` });
      if (writeScreenshots) await page.screenshot({ path: path.join(mediaDir, 'screenshot-problems.png') });
      await page.keyboard.press('Control+J');
    }],
    ['hovering "Stoltenberg" shows the person', async () => {
      assertThat(stoltenberg, 'the engine finds no entity with the alias "Stoltenberg"');
      await goToLine(page, 1);
      const text = await hoverText(page, 'Stoltenberg');
      assertThat(text.includes(stoltenberg.name), `hover text lacks "${stoltenberg.name}": ${text}`);
      if (writeScreenshots) await page.screenshot({ path: path.join(mediaDir, 'screenshot-editor.png') });
    }],
    ['hovering a quote shows its speaker', async () => {
      assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
      const target = hoverTargetIn(attributedQuote);
      await goToLine(page, lineOf(attributedQuote.start));
      const text = await hoverText(page, target.word, { occurrence: target.occurrence });
      assertThat(text.includes(attributedQuote.speaker.name), `hover over "${target.word}" lacks the speaker "${attributedQuote.speaker.name}": ${text}`);
      await page.mouse.move(5, 5);
    }],
    ['the Sources sidebar lists speakers; clicking a quote lands on its line', async () => {
      assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
      await openViewContainer(page, 'Seed Annotator');
      await sideBarRows(page, 'Speakers').first().waitFor({ timeout: 20_000 });
      const speakerRow = sideBarRows(page, attributedQuote.speaker.name).first();
      await speakerRow.waitFor({ timeout: 20_000 });
      if ((await speakerRow.getAttribute('aria-expanded')) !== 'true') await speakerRow.locator('.monaco-tl-twistie').click();
      const quoteRow = sideBarRows(page, '“').first();
      await quoteRow.waitFor({ timeout: 10_000 });
      if (writeScreenshots) await page.screenshot({ path: path.join(mediaDir, 'screenshot-sidebar.png') });
      const label = (await quoteRow.innerText()).split('\n')[0].replace(/^“|”$/g, '');
      const quote = analysis.quotes.find((q) => label.startsWith(q.text.slice(0, 20)) || q.text.startsWith(label.replace(/…$/, '').slice(0, 20)));
      assertThat(quote, `no engine quote matches the row "${label}"`);
      await quoteRow.click();
      const expectedLine = lineOf(quote.start);
      let position;
      await poll(async () => (position = await cursorPosition(page))?.line === expectedLine, { ms: 10_000, what: `the cursor on line ${expectedLine} (status bar: ${JSON.stringify(position)})` });
    }],
  ];
}

async function runSteps(page) {
  fs.rmSync(failuresDir, { recursive: true, force: true });
  let passed = 0;
  let failed = 0;
  for (const [index, [name, step]] of steps(page).entries()) {
    try {
      await withTimeout(step(), stepTimeoutMs, name);
      passed++;
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failed++;
      fs.mkdirSync(failuresDir, { recursive: true });
      const shot = path.join(failuresDir, `${String(index + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`  ✘ ${name}\n      ${error instanceof Error ? error.message : error}\n      screenshot: ${path.relative(root, shot)}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  return { passed, failed };
}

async function main() {
  if (!fs.existsSync(vsixPath)) throw new Error(`${path.relative(root, vsixPath)} is missing: run \`npm run package\` first.`);
  const entry = provisionCodeServer();
  const stateDir = makeStateDir('e2e');
  addUserSettings(stateDir, { 'editor.wordWrap': 'on', 'editor.cursorBlinking': 'solid', 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Light Modern' });
  console.log(`[e2e] ${installExtension(entry, stateDir, vsixPath).split('\n').pop()}`);
  const workspace = makeWorkspace();
  const server = await startCodeServer({ entry, stateDir });
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    await page.goto(workbenchUrl(server, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return await runSteps(page);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

try {
  const { passed, failed } = await main();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
