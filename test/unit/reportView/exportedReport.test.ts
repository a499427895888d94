// The exported Collection Report (one HTML file, nothing behind it) run in a DOM (linkedom) with the real
// webview script: it shows no filter or search controls that could not work, and says which filters it has.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { buildReport } from '../../../src/core/report/buildReport';
import { buildCorpus } from '../../../src/core/report/corpus';
import { reportPage } from '../../../src/core/report/html';
import type { ReportFilters } from '../../../src/core/report/protocol';
import { buildWorkspaceModel } from '../../../src/core/model/workspaceModel';
import type { FileSummary } from '../../../src/core/summary/summary';
import { repoRoot } from '../helpers/repoRoot';

const SCRIPT = path.join(repoRoot(), 'dist/webview/report.js');

function summaries(): FileSummary[] {
  return ['bbc', 'cnn'].map((folder, i) => ({
    path: `/ws/seeds/${folder}/a${i}.txt`,
    date: `2024-0${i + 1}-10`,
    title: 'A',
    entities: [],
    quotes: [
      {
        range: [1, 0, 1, 40],
        text: 'We will reopen the port before the summer, whatever it costs',
        partial: false,
        speaker: 'Ann Lee',
        speakerKey: 'PER:ann lee',
      },
    ],
    claims: [],
    problemCounts: {},
  }));
}

/** The exported page with the report for `filters`, its script run in a linkedom window. */
function renderExport(filters: ReportFilters): Document {
  const files = summaries();
  const corpus = buildCorpus({ summaries: files, model: buildWorkspaceModel(files), relative: (p) => p.slice(4) });
  const html = reportPage({
    title: 'Collection Report',
    nonce: 'abc',
    style: { inline: 'body {}' },
    script: { inline: fs.readFileSync(SCRIPT, 'utf8') },
    data: buildReport(corpus, filters),
  });
  const { window, document } = parseHTML(html);
  const scripts = [...document.querySelectorAll('script')].filter((s) => !s.getAttribute('type'));
  assert.equal(scripts.length, 1);
  const run = new Function('window', 'document', 'acquireVsCodeApi', scripts[0]!.textContent ?? '');
  run(window, document, undefined);
  return document as unknown as Document;
}

describe('exported Collection Report', function () {
  this.timeout(20000);
  before(function () {
    if (!fs.existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run node scripts/build.mjs`);
  });

  it('renders the report without filter or search controls', () => {
    const doc = renderExport({});
    assert.equal(doc.getElementById('report')?.getAttribute('data-ready'), 'true');
    assert.match(doc.querySelector('.totals')?.textContent ?? '', /2 articles/);
    for (const id of ['filter-from', 'filter-to', 'filter-folder', 'filter-bucket', 'search-text', 'search-speaker'])
      assert.equal(doc.getElementById(id), null, `#${id} is not in the exported page`);
    assert.equal(doc.querySelector('form'), null);
    assert.equal(doc.querySelector('select'), null);
  });

  it('says which filters the file was exported with', () => {
    assert.match(
      renderExport({ from: '2024-01-01', folder: 'seeds/bbc' }).getElementById('exported-filters')?.textContent ?? '',
      /Exported with dates 2024-01-01 to any, folder seeds\/bbc\./,
    );
    assert.match(renderExport({}).getElementById('exported-filters')?.textContent ?? '', /all dates, all folders/);
  });
});
