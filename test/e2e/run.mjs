// End-to-end in the real workbench: installs the packaged VSIX into a fresh code-server, opens a
// folder of seeds in headless Chromium and uses the extension as a person would. Every failure
// leaves a screenshot in .vscode-test/e2e-failures/. Tests never write into the working tree: the
// README's screenshots in media/ are refreshed only on request (`npm run screenshots`).
//   npm run package && node test/e2e/run.mjs [--screenshots] [--web]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { webHostSettings } from '../../scripts/vscode/run-web-tests.mjs';
import { webHostSteps, webReadySteps } from '../web/e2eSteps.mjs';
import { exitOnSignals, installExtension, removedOnExit, launchBrowser, makeStateDir, provisionCodeServer, root, startCodeServer, withTimeout, workbenchUrl, closeSession } from '../../scripts/vscode/codeServer.mjs';
import { reviewSteps } from './review.mjs';
import { cursorPosition, goToLine, hoverText, openViewContainer, poll, problemsBadgeCount, quickOpen, quickPickRows, runCommand, sideBarRows, squiggleCount, waitForWorkbench } from './workbench.mjs';

const stepTimeoutMs = 90_000;
const writeScreenshots = process.argv.includes('--screenshots');
const webHost = process.argv.includes('--web');
const failuresDir = path.join(root, '.vscode-test', 'e2e-failures');
const mediaDir = path.join(root, 'media');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const sampleName = '000_ff2cfafdf74160c4.txt';
const sampleText = fs.readFileSync(path.join(root, 'seeds', sampleName), 'utf8');
// Written for this test: an unclosed quotation, which the engine flags.
const problemsFileName = '001_unclosed_quote.txt';
const problemsText = 'date 2024-05-02 The city council met on Thursday to discuss the budget.\n\n“We will not accept this,” one official said.\n\n“The plan has no future and the talks are over.\n\nThe meeting ended without agreement.\n';
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
  const folder = path.join(removedOnExit(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-e2e-workspace-'))), 'seeds');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, sampleName), sampleText);
  fs.writeFileSync(path.join(folder, problemsFileName), problemsText);
  return folder;
}

function addUserSettings(stateDir, settings) {
  const file = path.join(stateDir, 'user', 'User', 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...settings }, null, 2) + '\n');
}

const assertThat = (condition, message) => { if (!condition) throw new Error(message); };

/** Problems the Problems panel should list for a text (hints are not listed there). */
const listedProblems = (text) => engine.analyze(text).problems.filter((p) => p.severity !== 'hint').length;

async function expectProblems(page, expected) {
  let shown;
  await poll(async () => (shown = await problemsBadgeCount(page)) === expected, { what: `Problems count ${expected} (shown: ${shown})` });
}

function steps(page, workspace) {
  const stoltenberg = analysis.entities.find((e) => e.aliases.includes('Stoltenberg'));
  const attributedQuote = analysis.quotes.find((q) => q.speaker && !q.partial && hoverTargetIn(q));
  const speaker = attributedQuote?.speaker?.name;
  const speakerQuotes = analysis.quotes.filter((q) => q.speaker?.name === speaker);
  const sampleProblems = listedProblems(sampleText);
  const problemsFileProblems = listedProblems(problemsText);
  const lastLine = lineOf(sampleText.length);
  return [
    ['the workbench loads with the extension installed', async () => {
      await waitForWorkbench(page);
    }],
    ...(webHost ? webReadySteps(page, sampleName) : []),
    [`Ctrl+P opens the sample article; squiggles and the Problems count match the engine (${sampleProblems})`, async () => {
      await quickOpen(page, sampleName);
      if (sampleProblems > 0) await poll(async () => (await squiggleCount(page)) > 0, { what: 'problem squiggles' });
      await expectProblems(page, sampleProblems);
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
      assertThat(text.includes(speaker), `hover over "${target.word}" lacks the speaker "${speaker}": ${text}`);
      await page.mouse.move(5, 5);
    }],
    ['the Sources sidebar lists the speaker; clicking a quote lands on its line', async () => {
      assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
      await goToLine(page, lastLine);
      await openViewContainer(page, 'Seed Annotator');
      await sideBarRows(page, 'Speakers').first().waitFor({ timeout: 20_000 });
      const speakerRow = sideBarRows(page, speaker).first();
      await speakerRow.waitFor({ timeout: 20_000 });
      if ((await speakerRow.getAttribute('aria-expanded')) !== 'true') await speakerRow.locator('.monaco-tl-twistie').click();
      // The speaker's one article opens by itself; short fragments wait under "phrases".
      const phrasesRow = sideBarRows(page).filter({ has: page.locator('.label-name', { hasText: /^phrases$/ }) }).first();
      if (await phrasesRow.waitFor({ timeout: 5_000 }).then(() => true, () => false) && (await phrasesRow.getAttribute('aria-expanded')) !== 'true') {
        await phrasesRow.locator('.monaco-tl-twistie').click();
      }
      const quoteRows = sideBarRows(page, '“');
      await poll(async () => (await quoteRows.count()) >= speakerQuotes.length, { ms: 10_000, what: `${speakerQuotes.length} quote rows under ${speaker}` });
      await speakerRow.click();
      if (writeScreenshots) await page.screenshot({ path: path.join(mediaDir, 'screenshot-sidebar.png') });
      const quoteRow = quoteRows.nth(speakerQuotes.length - 1);
      // The row reads “quote” and its description (line N), on one line or two.
      const label = (await quoteRow.innerText()).split('\n')[0].replace(/^“/, '').replace(/”[^”]*$/, '').replace(/…$/, '');
      const quote = speakerQuotes.find((q) => q.text.startsWith(label.slice(0, 20)));
      assertThat(quote, `no quote of ${speaker} starts like the row "${label}"`);
      await quoteRow.click();
      const expectedLine = lineOf(quote.inner.start);
      let position;
      await poll(async () => (position = await cursorPosition(page))?.line === expectedLine, { ms: 10_000, what: `the cursor on line ${expectedLine} (status bar: ${JSON.stringify(position)})` });
    }],
    ['"Show Quotes by Speaker" lists the speaker\'s quotes and reveals the chosen one', async () => {
      assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
      await goToLine(page, lastLine);
      await runCommand(page, 'Show Quotes by Speaker');
      const speakers = await quickPickRows(page);
      assertThat(speakers.some((r) => r.includes(speaker)), `the speaker pick lacks ${speaker}: ${speakers.join(' | ')}`);
      await page.keyboard.type(speaker);
      await poll(async () => (await quickPickRows(page))[0]?.includes(speaker), { ms: 5_000, what: `${speaker} first in the pick` });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: speaker }).waitFor({ timeout: 10_000 });
      const rows = await quickPickRows(page);
      assertThat(rows.length === speakerQuotes.length, `${rows.length} quotes listed for ${speaker}, the engine has ${speakerQuotes.length}`);
      await page.keyboard.press('Enter');
      const expectedLine = lineOf(speakerQuotes[0].start);
      let position;
      await poll(async () => (position = await cursorPosition(page))?.line === expectedLine, { ms: 10_000, what: `the cursor on line ${expectedLine} (status bar: ${JSON.stringify(position)})` });
    }],
    ['"Export Annotations as JSON" writes the speakers and their quotes', async () => {
      const target = path.join(workspace, 'seed-annotations.json');
      await runCommand(page, 'Export Annotations as JSON');
      const pathInput = page.locator('.quick-input-widget .quick-input-box input');
      await poll(async () => (await pathInput.inputValue()).endsWith('seed-annotations.json'), { ms: 15_000, what: 'the save dialog with seed-annotations.json' });
      await page.keyboard.press('Enter');
      await poll(async () => fs.existsSync(target), { ms: 20_000, what: `${target} to be written` });
      const toast = page.locator('.notification-toast', { hasText: /exported/i }).first();
      await toast.waitFor({ timeout: 10_000 });
      await toast.locator('.monaco-button', { hasText: /^Open$/ }).click();
      await page.locator('.tabs-container .tab', { hasText: 'seed-annotations.json' }).first().waitFor({ timeout: 10_000 });
      const exported = JSON.parse(fs.readFileSync(target, 'utf8'));
      const files = (exported.files ?? []).map((f) => path.basename(f.path)).sort();
      assertThat(files.join() === [sampleName, problemsFileName].join(), `the export covers ${files.join(', ') || 'no file'} instead of both seed files of the folder`);
      const entry = exported.speakers?.find((s) => s.name === speaker);
      assertThat(entry, `the export lacks the speaker ${speaker}`);
      const inSample = entry.quotes.filter((q) => q.file.endsWith(sampleName)).length;
      assertThat(inSample === speakerQuotes.length, `the export has ${inSample} quotes of ${speaker} in the sample, the engine ${speakerQuotes.length}`);
    }],
    [`a file with problems gets squiggles and the Problems panel lists its ${problemsFileProblems}`, async () => {
      assertThat(problemsFileProblems > 0, 'the engine reports no problem for the problems fixture');
      await runCommand(page, 'Clear All Notifications');
      await quickOpen(page, problemsFileName);
      await poll(async () => (await squiggleCount(page)) > 0, { what: 'problem squiggles' });
      await expectProblems(page, sampleProblems + problemsFileProblems);
      await page.locator('.markers-panel .monaco-list-row').nth(problemsFileProblems).waitFor({ timeout: 10_000 });
      if (writeScreenshots) await page.screenshot({ path: path.join(mediaDir, 'screenshot-problems.png') });
    }],
    // The review flow in the browser workbench (test/e2e/review.mjs) runs with --review: it does not pass reliably yet.
    ...(process.argv.includes('--review') ? reviewSteps(page, workspace, { analysis, sampleText, speaker, speakerQuotes, lineOf, hoverTargetIn, writeScreenshots, mediaDir }) : []),
    ...(webHost ? webHostSteps(page) : []),
  ];
}

async function runSteps(page, workspace) {
  fs.rmSync(failuresDir, { recursive: true, force: true });
  let passed = 0;
  let failed = 0;
  for (const [index, [name, step]] of steps(page, workspace).entries()) {
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

exitOnSignals();

async function main() {
  if (!fs.existsSync(vsixPath)) throw new Error(`${path.relative(root, vsixPath)} is missing: run \`npm run package\` first.`);
  const entry = provisionCodeServer();
  const stateDir = makeStateDir('e2e');
  addUserSettings(stateDir, { 'editor.wordWrap': 'on', 'editor.cursorBlinking': 'solid', 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Light Modern' });
  // --web: the browser entry in the web worker extension host, as on vscode.dev.
  if (webHost) addUserSettings(stateDir, webHostSettings());
  console.log(`[e2e] ${installExtension(entry, stateDir, vsixPath).split('\n').pop()}`);
  const workspace = makeWorkspace();
  const server = await startCodeServer({ entry, stateDir });
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    await page.goto(workbenchUrl(server, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return await runSteps(page, workspace);
  } finally {
    await closeSession({ browser, server, stateDir, workspace });
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
