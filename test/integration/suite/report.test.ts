// The Collection Report in the real workbench: the command opens the panel, the webview loads under its
// Content Security Policy and receives the core's numbers, clicks open the exact range, and the export is
// one self-contained HTML file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildReport } from '../../../src/core/report/buildReport';
import { buildCorpus } from '../../../src/core/report/corpus';
import type { ReportData, SearchResults } from '../../../src/core/report/protocol';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import type { ReportView } from '../../../src/extension/features/reportPanel';
import { uriOf } from '../../../src/extension/services/fileIds';
import { indexedApi, waitFor } from './helpers';

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms),
    ),
  ]);

describe('Collection Report', () => {
  let api: SeedAnnotatorApi;
  let view: ReportView;
  let data: ReportData;
  let exportDir: string;

  before(async function () {
    this.timeout(120_000); // a webview's first load is slow on a busy machine
    api = await indexedApi();
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-report-'));
    view = await vscode.commands.executeCommand<ReportView>('seedAnnotator.showCollectionReport');
    data = await within(view.delivered(), 100_000, 'the webview to load and receive the report');
  });
  after(async () => {
    view?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(exportDir, { recursive: true, force: true });
  });

  it('opens one panel titled "Collection Report" and reuses it', async () => {
    assert.equal(view.panel.title, 'Collection Report');
    assert.ok(view.panel.webview.options.enableScripts);
    const again = await vscode.commands.executeCommand<ReportView>('seedAnnotator.showCollectionReport');
    assert.equal(again, view);
  });

  it('sends the numbers the core computes from the workspace model', () => {
    const relative = (id: string): string => vscode.workspace.asRelativePath(uriOf(id), false);
    const expected = buildReport(buildCorpus({ summaries: api.index.summaries(), model: api.index.model(), relative }));
    assert.equal(data.totals.articles, api.index.summaries().filter((s) => !s.error).length);
    assert.deepEqual(data.totals, expected.totals);
    assert.deepEqual(
      data.speakers.map((s) => [s.name, s.quotes]),
      expected.speakers.map((s) => [s.name, s.quotes]),
    );
    const stoltenberg = data.speakers.find((s) => s.name === 'Jens Stoltenberg');
    assert.equal(
      stoltenberg?.quotes,
      api.index.model().speakers.find((s) => s.name === 'Jens Stoltenberg')?.quotes.length,
    );
    assert.ok(
      data.places.some((p) => p.name === 'Bakhmut'),
      data.places.map((p) => p.name).join(', '),
    );
  });

  it('opens the article of a clicked bar and selects the quote', async () => {
    const bar = data.speakers.find((s) => s.name === 'Jens Stoltenberg')!;
    const editor = (await view.receive({
      type: 'reveal',
      path: bar.ref.path,
      range: bar.ref.range,
    })) as vscode.TextEditor;
    assert.equal(editor.document.uri.toString(), uriOf(bar.ref.path).toString());
    const [sl, sc, el, ec] = bar.ref.range;
    assert.ok(editor.selection.isEqual(new vscode.Selection(sl, sc, el, ec)));
    assert.match(editor.document.getText(editor.selection), /^[“"«„]/);
  });

  it('applies filters and answers searches', async () => {
    const none = (await view.receive({
      type: 'filters',
      filters: { from: '1990-01-01', to: '1990-12-31' },
    })) as ReportData;
    assert.equal(none.totals.articles, 0);
    assert.equal(view.lastReport?.totals.articles, 0);
    const all = (await view.receive({ type: 'filters', filters: {} })) as ReportData;
    assert.equal(all.totals.articles, data.totals.articles);
    const found = (await view.receive({
      type: 'search',
      query: { text: '', speaker: 'Stoltenberg' },
    })) as SearchResults;
    assert.ok(found.total > 0 && found.results.every((r) => r.who.includes('Stoltenberg')));
  });

  it('ignores malformed messages from the webview', async () => {
    for (const message of [null, { type: 'reveal', path: 1 }, { type: 'run', command: 'x' }])
      assert.equal(await view.receive(message), undefined);
    assert.equal(await view.receive({ type: 'reveal', path: '/not/indexed.txt', range: [0, 0, 0, 1] }), undefined);
  });

  it('updates when the index changes, without a reload', async () => {
    const before = view.lastReport;
    await vscode.commands.executeCommand('seedAnnotator.reindex');
    await api.whenIndexed();
    await waitFor(() => view.lastReport !== before, 'a new report after the reindex', 5_000);
  });

  it('exports one self-contained HTML file, asking before it replaces one', async () => {
    const target = vscode.Uri.file(path.join(exportDir, 'report.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('seedAnnotator.exportCollectionReport', target);
    assert.equal(written?.fsPath, target.fsPath);
    const html = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.doesNotMatch(
      html,
      /<script[^>]+src=|<link[^>]+href=|(src|href)=["']?https?:/,
      'nothing is loaded from elsewhere',
    );
    const embedded = JSON.parse(
      /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!,
    ) as ReportData;
    assert.deepEqual(embedded.totals, data.totals);
    await vscode.commands.executeCommand('seedAnnotator.exportCollectionReport', target, { overwrite: true });
    assert.deepEqual(fs.readdirSync(exportDir), ['report.html'], 'no temporary files left');
  });
});
