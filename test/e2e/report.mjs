// End-to-end: the Collection Report in the real workbench (code-server + headless Chromium, dark theme).
// Opens the report on a fixture collection in two folders, reads the charts' numbers from their accessible
// text and checks them against the core's numbers, clicks a bar and a conflict and lands on the quote.
// Writes nothing into the working tree unless asked: --screenshots refreshes media/screenshot-report.png.
//   npm run package && node test/e2e/report.mjs [--screenshots]
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import {
  assertThat,
  isEntryPoint,
  makeWorkspace,
  readmeScreenshot,
  repositorySeed,
  root,
  runAndExit,
} from './session.mjs';
import { cursorPosition, poll, runCommand, waitForWorkbench } from './workbench.mjs';

const require = createRequire(import.meta.url);
const fixtures = path.join(root, 'test', 'fixtures', 'workspace', 'seeds');
// Written for this test: another outlet gives a quote of the follow-up article to someone else.
const echoName = '004_echo.txt';
const searchText = 'produce faster';
const echoText =
  'date 2023-03-20 Defence ministers met in Oslo on Monday to discuss ammunition stocks.\n\n“We need to produce more, and we need to produce faster,” Defence Minister Anna Berg said after the meeting.\n\nThe ministers will meet again in June.\n';

/** The collection: two outlet folders under seeds/. */
function makeCollection() {
  const fixture = (name) => fs.readFileSync(path.join(fixtures, name), 'utf8');
  return makeWorkspace('report', 'collection', {
    'seeds/wire/000_ff2cfafdf74160c4.txt': repositorySeed('000_ff2cfafdf74160c4.txt'),
    'seeds/wire/003_stoltenberg_followup.txt': fixture('003_stoltenberg_followup.txt'),
    'seeds/daily/002_unbalanced_anonymous.txt': fixture('002_unbalanced_anonymous.txt'),
    [`seeds/daily/${echoName}`]: echoText,
  });
}

/** The report the core computes for the collection, the way the extension's index summarises files. */
async function expectedReport(workspace) {
  const esbuild = require('esbuild');
  const outfile = path.join(path.dirname(workspace), 'report-core.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyze } from './src/engine';",
        "export { summarize } from './src/core/summary/summary';",
        "export { buildWorkspaceModel } from './src/core/model/workspaceModel';",
        "export { buildCorpus } from './src/core/report/corpus';",
        "export { buildReport } from './src/core/report/buildReport';",
        "export { searchCollection } from './src/core/report/search';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
    loader: { '.txt': 'text' },
  });
  const core = require(outfile);
  const files = fs
    .readdirSync(workspace, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(workspace, f));
  const summaries = files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return core.summarize(file, text, core.analyze(text, { expectHeader: true, tagging: 'fast' }));
  });
  const model = core.buildWorkspaceModel(summaries);
  const corpus = core.buildCorpus({
    summaries,
    model,
    relative: (p) => path.relative(workspace, p).split(path.sep).join('/'),
  });
  return { ...core.buildReport(corpus), search: core.searchCollection(corpus, { text: searchText }) };
}

/** The report's document inside the webview's two iframes. */
const reportFrame = (page) => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

/** A chart's accessible table: [name, number] per row. */
async function chartNumbers(frame, chart) {
  return frame
    .locator(`table[data-chart="${chart}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        Number(row.querySelector('td[data-value]')?.getAttribute('data-value')),
      ]),
    );
}

async function expectSelection(page, ref) {
  const [, , endLine, endColumn] = ref.range;
  let position;
  await poll(
    async () => (position = await cursorPosition(page))?.line === endLine + 1 && position.column === endColumn + 1,
    {
      ms: 20_000,
      what: `the selection ending at ${endLine + 1}:${endColumn + 1} in ${ref.file} (status bar: ${JSON.stringify(position)})`,
    },
  );
  const tab = path.basename(ref.file);
  await page.locator('.tab.active', { hasText: tab }).waitFor({ timeout: 10_000 });
  const selected = await page.locator('[id="status.editor.selection"]').innerText();
  assertThat(/selected/.test(selected), `nothing is selected (status bar: ${selected})`);
}

function steps(page, expected) {
  const frame = reportFrame(page);
  const firstSpeaker = expected.speakers[0];
  const conflict = expected.conflicts.find((c) => c.kind === 'different-speakers');
  return [
    [
      'the workbench loads with the extension installed',
      async () => {
        await waitForWorkbench(page);
        await page
          .locator('.activitybar .action-item [aria-label^="Seed Annotator"]')
          .first()
          .waitFor({ timeout: 90_000 });
      },
    ],
    [
      '"Seed Annotator: Show Collection Report" opens the report panel',
      async () => {
        await runCommand(page, 'Seed Annotator: Show Collection Report');
        await page.locator('.tab.active', { hasText: 'Collection Report' }).waitFor({ timeout: 30_000 });
        await frame.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
      },
    ],
    [
      `the top speakers chart reads ${expected.speakers.length} bars, the core's numbers`,
      async () => {
        let totals;
        await poll(
          async () =>
            (totals = await frame.locator('[data-totals]').getAttribute('data-totals', { timeout: 2_000 })) &&
            JSON.parse(totals).articles === expected.totals.articles,
          { ms: 90_000, what: `the report of all ${expected.totals.articles} articles once indexed` },
        );
        const shown = await chartNumbers(frame, 'speakers');
        const want = expected.speakers.map((s) => [s.anonymous ? `${s.name} (anonymous)` : s.name, s.quotes]);
        assertThat(
          JSON.stringify(shown) === JSON.stringify(want),
          `chart ${JSON.stringify(shown)} ≠ core ${JSON.stringify(want)}`,
        );
        const labels = await frame
          .locator('figure[data-chart="speakers"] svg [aria-label]')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
        assertThat(
          labels.includes(`${want[0][0]}: ${want[0][1]} quotes`),
          `no bar labelled "${want[0][0]}: ${want[0][1]} quotes" in ${labels.join(' | ')}`,
        );
        assertThat(
          totals === JSON.stringify(expected.totals),
          `totals ${totals} ≠ core ${JSON.stringify(expected.totals)}`,
        );
        const gender = await chartNumbers(frame, 'gender');
        assertThat(
          JSON.stringify(gender.map(([, n]) => n)) === JSON.stringify(expected.gender.map((g) => g.people)),
          `gender ${JSON.stringify(gender)} ≠ core ${JSON.stringify(expected.gender)}`,
        );
      },
    ],
    [
      'the report follows the dark theme, under its Content Security Policy',
      async () => {
        const { background, violations } = await frame.locator('body').evaluate((body) => ({
          background: getComputedStyle(body).backgroundColor,
          violations: body.dataset.cspViolations,
        }));
        const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
        assertThat(r + g + b < 3 * 100, `the report's background ${background} is not dark`);
        assertThat(!violations, `${violations} Content Security Policy violation(s)`);
        await readmeScreenshot(page, 'screenshot-report.png');
      },
    ],
    [
      `clicking the bar of ${firstSpeaker?.name} selects their first quote`,
      async () => {
        assertThat(firstSpeaker, 'the core finds no speaker');
        await frame.locator(`figure[data-chart="speakers"] svg a`).first().click();
        await expectSelection(page, firstSpeaker.ref);
      },
    ],
    [
      "a conflict lists both speakers and opens the other article's quote",
      async () => {
        assertThat(conflict, 'the core finds no quote given to different speakers');
        await page.locator('.tab', { hasText: 'Collection Report' }).click();
        const item = frame.locator('ul[data-list="different-speakers"] li').first();
        await item.waitFor({ timeout: 20_000 });
        const text = await item.innerText();
        assertThat(
          text.includes(conflict.a.speaker) && text.includes(conflict.b.speaker),
          `the conflict "${text}" lacks ${conflict.a.speaker} or ${conflict.b.speaker}`,
        );
        await item.locator('a.reveal').nth(1).click();
        await expectSelection(page, conflict.b.ref);
      },
    ],
    [
      `searching "${searchText}" lists the core's results; a click opens the first`,
      async () => {
        const want = expected.search.results.map((r) => r.text);
        assertThat(want.length > 0, `the core finds nothing for "${searchText}"`);
        await page.locator('.tab', { hasText: 'Collection Report' }).click();
        await frame.locator('#search-text').fill(searchText);
        await frame.locator('#search-text').press('Enter');
        const links = frame.locator('ol[data-list="search"] li a.reveal');
        await poll(async () => (await links.count()) === want.length, {
          ms: 20_000,
          what: `${want.length} search results`,
        });
        const shown = (await links.allInnerTexts()).map((t) => t.replace(/^“|”$/g, ''));
        assertThat(
          JSON.stringify(shown.sort()) === JSON.stringify([...want].sort()),
          `results ${JSON.stringify(shown)} ≠ core ${JSON.stringify(want)}`,
        );
        const first = expected.search.results[0];
        await links.filter({ hasText: first.text }).first().click();
        await expectSelection(page, first.ref);
      },
    ],
  ];
}

export const reportSuite = {
  name: 'report',
  settings: { 'workbench.colorTheme': 'Default Dark Modern' },
  stepTimeoutMs: 180_000,
  async setup() {
    const workspace = makeCollection();
    return { workspace, expected: await expectedReport(workspace) };
  },
  steps: (page, { expected }) => steps(page, expected),
};

if (isEntryPoint(import.meta.url)) await runAndExit([reportSuite]);
