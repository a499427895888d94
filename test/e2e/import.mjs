// End-to-end import in the browser workbench: palette → Import Articles… → "Web page or feed URL…" → a URL on a
// local server; the new article opens, its header hover shows where it came from, its quote is highlighted.
//   npm run package && node test/e2e/import.mjs
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { assertThat, isEntryPoint, makeWorkspace, positionAt, runAndExit } from './session.mjs';
import { acceptFocusedRow, hoverAt, moveMouseAway, poll, runCommand, waitForWorkbench } from './workbench.mjs';

const QUOTE = '“We will open the bridge to traffic in June,”';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge Opens in June</title>
<meta property="og:site_name" content="Valley Courier"><meta property="article:published_time" content="2023-04-05T08:00:00-04:00">
</head><body><nav>Home · News · Sport</nav><article><h1>Bridge Opens in June</h1>
<p>The new river bridge will carry its first cars in June, city officials said on Tuesday after a final inspection.</p>
<p>${QUOTE} Mayor Anna Keller said at a news conference on the riverbank.</p>
<p>The bridge cost 40 million dollars and took three years to build, according to the city's transport department.</p>
</article></body></html>`;
const FILE = 'articles/2023-04-05-valley-courier-bridge-opens-in-june.txt';

let server;
async function startServer() {
  server = http.createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}/bridge.html`;
}

function steps(page, { workspace, url }) {
  const file = path.join(workspace, FILE);
  const text = () => fs.readFileSync(file, 'utf8');
  return [
    ['the workbench loads with the extension installed', () => waitForWorkbench(page)],
    [
      'palette → Import Articles… → Web page or feed URL… → the URL: the new article opens',
      async () => {
        await runCommand(page, 'Import Articles…');
        // The row opens an input box in the same quick-input widget: wait for its placeholder, not for the widget
        // to close (it may never close in between).
        await acceptFocusedRow(page, 'Web page or feed URL', { then: 'input' });
        const input = page.locator('.quick-input-widget .quick-input-box input[placeholder="https://…"]');
        await input.waitFor({ timeout: 15_000 });
        await input.fill(url);
        await page.keyboard.press('Enter');
        await poll(async () => fs.existsSync(file), { ms: 60_000, what: `${FILE} written` });
        await page
          .locator('.tab', { hasText: path.basename(FILE) })
          .first()
          .waitFor({ timeout: 30_000 });
        assertThat(
          text().startsWith('date 2023-04-05 The new river bridge'),
          `the seed file starts: ${text().slice(0, 80)}`,
        );
      },
    ],
    [
      'hovering the header line shows the title and the outlet',
      async () => {
        await hoverAt(page, { line: 1, column: 3 }, { includes: ['Bridge Opens in June', 'Valley Courier'] });
        await moveMouseAway(page);
      },
    ],
    [
      'the quote is highlighted: its hover names the speaker',
      async () => {
        const at = text().indexOf(QUOTE);
        assertThat(at > 0, 'the quote is in the seed file');
        await hoverAt(page, positionAt(text(), at + 3), { includes: ['Anna Keller'] });
        await moveMouseAway(page);
      },
    ],
  ];
}

export const importSuite = {
  name: 'import',
  setup: async () => ({
    workspace: makeWorkspace('import', 'collection', { 'README.txt': 'Articles are imported into articles/.\n' }),
    url: await startServer(),
  }),
  steps: (page, context) => steps(page, context),
};

if (isEntryPoint(import.meta.url)) await runAndExit([importSuite]);
