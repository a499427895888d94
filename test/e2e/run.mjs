// End-to-end in the real workbench, the editor surfaces: opens a folder of seeds in the packaged
// extension and uses it as a person would (open a file, hover, Sources view, quick picks, export,
// Problems). Runs alone or in `node test/e2e/all.mjs` (one code-server for every suite); --web runs it
// in the web worker extension host, as on vscode.dev.
//   npm run package && node test/e2e/run.mjs [--screenshots] [--web]
import fs from 'node:fs';
import path from 'node:path';
import { webHostSettings } from '../../scripts/vscode/run-web-tests.mjs';
import { webHostSteps, webReadySteps } from '../web/e2eSteps.mjs';
import {
  assertThat,
  engine,
  isEntryPoint,
  makeWorkspace,
  positionAt,
  readmeScreenshot,
  repositorySeed,
  runAndExit,
} from './session.mjs';
import {
  cursorPosition,
  expandRow,
  goToLine,
  hoverAt,
  moveMouseAway,
  openFile,
  openViewContainer,
  poll,
  problemsBadgeCount,
  quickPickRows,
  runCommand,
  settledSideBar,
  sideBarRows,
  squiggleCount,
  treeRow,
  waitForWorkbench,
} from './workbench.mjs';

const webHost = process.argv.includes('--web');
const sampleName = '000_ff2cfafdf74160c4.txt';
const sampleText = repositorySeed(sampleName);
// Written for this test: an unclosed quotation, which the engine flags.
const problemsFileName = '001_unclosed_quote.txt';
const problemsText =
  'date 2024-05-02 The city council met on Thursday to discuss the budget.\n\n“We will not accept this,” one official said.\n\n“The plan has no future and the talks are over.\n\nThe meeting ended without agreement.\n';
// The editor analyses with full tagging, the workspace index (Sources view, exports) with fast tagging.
const editorAnalysis = engine.analyze(sampleText, { expectHeader: true });
const indexAnalysis = engine.analyze(sampleText, { expectHeader: true, tagging: 'fast' });

/** 1-based line of a text offset. */
const lineOf = (offset) => positionAt(sampleText, offset).line;

/** Problems the Problems panel should list for a text (hints are not listed there). */
const listedProblems = (text) =>
  engine.analyze(text, { expectHeader: true }).problems.filter((p) => p.severity !== 'hint').length;

async function expectProblems(page, expected) {
  let shown;
  await poll(async () => (shown = await problemsBadgeCount(page)) === expected, {
    what: () => `Problems count ${expected} (shown: ${shown})`,
  });
}

function steps(page, workspace) {
  const stoltenberg = editorAnalysis.entities.find((e) => e.aliases.includes('Stoltenberg'));
  const stoltenbergMention = stoltenberg?.mentions.find((m) => sampleText.slice(m.start, m.end) === 'Stoltenberg');
  // A quote the editor and the index give the same speaker.
  const attributedQuote = editorAnalysis.quotes.find(
    (q) =>
      q.speaker &&
      !q.partial &&
      indexAnalysis.quotes.some((i) => i.start === q.start && i.speaker?.name === q.speaker.name),
  );
  const speaker = attributedQuote?.speaker?.name;
  const speakerQuotes = indexAnalysis.quotes.filter((q) => q.speaker?.name === speaker);
  const sampleProblems = listedProblems(sampleText);
  const problemsFileProblems = listedProblems(problemsText);
  const lastLine = lineOf(sampleText.length);
  return [
    [
      'the workbench loads with the extension installed',
      async () => {
        await waitForWorkbench(page);
      },
    ],
    ...(webHost ? webReadySteps(page, sampleName) : []),
    [
      `"File: Open File…" opens the sample article; squiggles and the Problems count match the engine (${sampleProblems})`,
      async () => {
        await openFile(page, path.join(workspace, sampleName));
        if (sampleProblems > 0) await poll(async () => (await squiggleCount(page)) > 0, { what: 'problem squiggles' });
        await expectProblems(page, sampleProblems);
        await page.keyboard.press('Control+J');
      },
    ],
    [
      'hovering "Stoltenberg" shows the person',
      async () => {
        assertThat(stoltenbergMention, 'the engine finds no mention "Stoltenberg"');
        await hoverAt(page, positionAt(sampleText, stoltenbergMention.start + 2), { includes: [stoltenberg.name] });
        await readmeScreenshot(page, 'screenshot-editor.png');
      },
    ],
    [
      'hovering a quote shows its speaker',
      async () => {
        assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
        await hoverAt(page, positionAt(sampleText, attributedQuote.inner.start + 1), {
          includes: [`speaker: ${speaker}`],
        });
        await moveMouseAway(page);
      },
    ],
    [
      'the Sources sidebar lists the speaker; clicking a quote lands on its line',
      async () => {
        assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
        await goToLine(page, lastLine);
        await openViewContainer(page, 'Seed Annotator');
        await treeRow(page, 'Speakers').waitFor({ timeout: 30_000 });
        // Both articles indexed: rows no longer move under the mouse.
        await settledSideBar(page);
        const speakerRow = treeRow(page, speaker);
        await expandRow(speakerRow, speaker);
        // The speaker's one article opens by itself; short fragments wait under "phrases".
        const phrasesRow = treeRow(page, 'phrases');
        if (
          await phrasesRow.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          )
        )
          await expandRow(phrasesRow, 'phrases');
        const quoteRows = sideBarRows(page, '“');
        await poll(async () => (await quoteRows.count()) >= speakerQuotes.length, {
          ms: 10_000,
          what: `${speakerQuotes.length} quote rows under ${speaker}`,
        });
        await speakerRow.click();
        await readmeScreenshot(page, 'screenshot-sidebar.png');
        const quoteRow = quoteRows.nth(speakerQuotes.length - 1);
        // The row reads “quote” and its description (line N), on one line or two.
        const label = (await quoteRow.innerText())
          .split('\n')[0]
          .replace(/^“/, '')
          .replace(/”[^”]*$/, '')
          .replace(/…$/, '');
        const quote = speakerQuotes.find((q) => q.text.startsWith(label.slice(0, 20)));
        assertThat(quote, `no quote of ${speaker} starts like the row "${label}"`);
        await quoteRow.click();
        const expectedLine = lineOf(quote.inner.start);
        let position;
        await poll(async () => (position = await cursorPosition(page))?.line === expectedLine, {
          ms: 10_000,
          what: `the cursor on line ${expectedLine} (status bar: ${JSON.stringify(position)})`,
        });
      },
    ],
    [
      '"Show Quotes by Speaker" lists the speaker\'s quotes and reveals the chosen one',
      async () => {
        assertThat(attributedQuote, 'the engine attributes no full quote in the sample');
        await goToLine(page, lastLine);
        await runCommand(page, 'Show Quotes by Speaker');
        const speakers = await quickPickRows(page);
        assertThat(
          speakers.some((r) => r.includes(speaker)),
          `the speaker pick lacks ${speaker}: ${speakers.join(' | ')}`,
        );
        await page.keyboard.type(speaker);
        await poll(async () => (await quickPickRows(page))[0]?.includes(speaker), {
          ms: 5_000,
          what: `${speaker} first in the pick`,
        });
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: speaker }).waitFor({ timeout: 10_000 });
        const rows = await quickPickRows(page);
        assertThat(
          rows.length === speakerQuotes.length,
          `${rows.length} quotes listed for ${speaker}, the engine has ${speakerQuotes.length}`,
        );
        await page.keyboard.press('Enter');
        const expectedLine = lineOf(speakerQuotes[0].start);
        let position;
        await poll(async () => (position = await cursorPosition(page))?.line === expectedLine, {
          ms: 10_000,
          what: `the cursor on line ${expectedLine} (status bar: ${JSON.stringify(position)})`,
        });
      },
    ],
    [
      '"Export Annotations as JSON" writes the speakers and their quotes',
      async () => {
        const target = path.join(workspace, 'seed-annotations.json');
        await runCommand(page, 'Export Annotations as JSON');
        const pathInput = page.locator('.quick-input-widget .quick-input-box input');
        await poll(async () => (await pathInput.inputValue()).endsWith('seed-annotations.json'), {
          ms: 15_000,
          what: 'the save dialog with seed-annotations.json',
        });
        await page.keyboard.press('Enter');
        await poll(async () => fs.existsSync(target), { ms: 20_000, what: `${target} to be written` });
        const toast = page.locator('.notification-toast', { hasText: /exported/i }).first();
        await toast.waitFor({ timeout: 10_000 });
        await toast.locator('.monaco-button', { hasText: /^Open$/ }).click();
        await page
          .locator('.tabs-container .tab', { hasText: 'seed-annotations.json' })
          .first()
          .waitFor({ timeout: 10_000 });
        const exported = JSON.parse(fs.readFileSync(target, 'utf8'));
        const files = (exported.files ?? []).map((f) => path.basename(f.path)).sort();
        assertThat(
          files.join() === [sampleName, problemsFileName].join(),
          `the export covers ${files.join(', ') || 'no file'} instead of both seed files of the folder`,
        );
        const entry = exported.speakers?.find((s) => s.name === speaker);
        assertThat(entry, `the export lacks the speaker ${speaker}`);
        const inSample = entry.quotes.filter((q) => q.file.endsWith(sampleName)).length;
        assertThat(
          inSample === speakerQuotes.length,
          `the export has ${inSample} quotes of ${speaker} in the sample, the engine ${speakerQuotes.length}`,
        );
      },
    ],
    [
      `a file with problems gets squiggles and the Problems panel lists its ${problemsFileProblems}`,
      async () => {
        assertThat(problemsFileProblems > 0, 'the engine reports no problem for the problems fixture');
        await runCommand(page, 'Clear All Notifications');
        await openFile(page, path.join(workspace, problemsFileName));
        await poll(async () => (await squiggleCount(page)) > 0, { what: 'problem squiggles' });
        await expectProblems(page, sampleProblems + problemsFileProblems);
        await page.locator('.markers-panel .monaco-list-row').nth(problemsFileProblems).waitFor({ timeout: 10_000 });
        await readmeScreenshot(page, 'screenshot-problems.png');
      },
    ],
    ...(webHost ? webHostSteps(page) : []),
  ];
}

export const editorSuite = {
  name: 'editor',
  settings: webHost ? webHostSettings() : {},
  setup: () => ({
    workspace: makeWorkspace('editor', 'seeds', { [sampleName]: sampleText, [problemsFileName]: problemsText }),
  }),
  steps: (page, { workspace }) => steps(page, workspace),
};

if (isEntryPoint(import.meta.url)) await runAndExit([editorSuite]);
