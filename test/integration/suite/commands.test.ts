// Every contributed command runs and does what it says.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceNode } from '../../../src/core/presentation/sourceNodes';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import type { ReportView } from '../../../src/extension/features/reportPanel';
import { EXTENSION_ID, indexedApi, openSeed, positionOf, SAMPLE, waitFor } from './helpers';

describe('commands', () => {
  let api: SeedAnnotatorApi;
  const ran = new Set<string>();
  const run = async <T>(command: string, ...args: unknown[]): Promise<T> => {
    ran.add(command);
    return vscode.commands.executeCommand<T>(command, ...args);
  };
  let exportDir: string;

  before(async () => {
    api = await indexedApi();
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-export-'));
  });
  after(() => fs.rmSync(exportDir, { recursive: true, force: true }));

  it('reindexes the workspace', async () => {
    await run('seedAnnotator.reindex');
    await api.whenIndexed();
    assert.equal(api.index.fileCount, 4);
    assert.equal(api.index.lastBuild.fromCache, 0, 'a reindex ignores the cache');
  });

  it('moves to the next and previous quote, wrapping around', async () => {
    const editor = await openSeed(SAMPLE);
    const quotes = api.store.analysisFor(editor.document)!.quotes;
    assert.ok(quotes.length >= 2);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await run('seedAnnotator.nextQuote');
    assert.equal(editor.document.offsetAt(editor.selection.active), quotes[0]!.start);
    await run('seedAnnotator.nextQuote');
    assert.equal(editor.document.offsetAt(editor.selection.active), quotes[1]!.start);
    await run('seedAnnotator.previousQuote');
    assert.equal(editor.document.offsetAt(editor.selection.active), quotes[0]!.start);
    await run('seedAnnotator.previousQuote');
    assert.equal(editor.document.offsetAt(editor.selection.active), quotes[quotes.length - 1]!.start);
  });

  it("shows a speaker's quotes and reveals the chosen one", async () => {
    const editor = await run<vscode.TextEditor>('seedAnnotator.showQuotesBySpeaker', 'Jens Stoltenberg', 0);
    assert.ok(editor, 'no editor revealed');
    assert.match(editor.document.getText(editor.selection), /^[“"]/);
  });

  it('reveals the entity under the cursor in the Sources view', async () => {
    const editor = await openSeed(SAMPLE);
    const at = positionOf(editor.document, 'Bakhmut', 0, 2);
    editor.selection = new vscode.Selection(at, at);
    const node = await run<SourceNode>('seedAnnotator.revealInSources');
    assert.equal(node?.id, 'entity:LOC:bakhmut');
  });

  it('sorts and filters the Sources view', async () => {
    const speakers = (): string[] => api.sources.getChildren()[0]!.children.map((n) => n.label);
    await run('seedAnnotator.sources.sortByName');
    assert.equal(api.sources.sort, 'name');
    assert.deepEqual(
      speakers(),
      [...speakers()].sort((a, b) => a.localeCompare(b)),
    );
    await run('seedAnnotator.sources.sortByCount');
    assert.equal(api.sources.sort, 'count');
    try {
      await run('seedAnnotator.sources.filter', 'bakhmut');
      const [speakerGroup, places] = api.sources.getChildren();
      assert.equal(speakerGroup!.children.length, 0);
      const labels = places!.children.map((n) => n.label);
      assert.ok(
        labels.includes('Bakhmut') && labels.every((l) => l.toLowerCase().includes('bakhmut')),
        labels.join(', '),
      );
    } finally {
      await run('seedAnnotator.sources.clearFilter');
    }
    assert.ok(speakers().includes('Jens Stoltenberg'));
  });

  it('toggles highlights through the setting', async () => {
    await openSeed(SAMPLE);
    const before = api.readConfig().highlightsEnabled;
    await run('seedAnnotator.toggleHighlights');
    await waitFor(() => api.readConfig().highlightsEnabled === !before, 'the setting flipped');
    await run('seedAnnotator.toggleHighlights');
    await waitFor(() => api.readConfig().highlightsEnabled === before, 'the setting restored');
    await vscode.workspace
      .getConfiguration('seedAnnotator')
      .update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('exports the annotations as JSON and the quotes as CSV', async () => {
    const json = vscode.Uri.file(path.join(exportDir, 'annotations.json'));
    const written = await run<vscode.Uri>('seedAnnotator.exportJson', json);
    assert.equal(written?.fsPath, json.fsPath);
    const data = JSON.parse(fs.readFileSync(json.fsPath, 'utf8')) as {
      files: { path: string }[];
      speakers: { name: string }[];
    };
    assert.equal(data.files.length, 4);
    assert.ok(data.speakers.some((s) => s.name === 'Jens Stoltenberg'));

    const csv = vscode.Uri.file(path.join(exportDir, 'quotes.csv'));
    await run('seedAnnotator.exportQuotesCsv', csv);
    const lines = fs.readFileSync(csv.fsPath, 'utf8').trim().split('\r\n');
    assert.equal(
      lines[0],
      'file,date,line,column,speaker,rule,confidence,partial,quote,review_status,machine_speaker,note',
    );
    assert.ok(lines.some((l) => l.includes('Jens Stoltenberg')));

    await run('seedAnnotator.exportQuotesCsv', csv, { overwrite: true });
    assert.deepEqual(fs.readdirSync(exportDir).sort(), ['annotations.json', 'quotes.csv'], 'no temp files left');
  });

  it('resolves a relative export path against the workspace folder, creates a missing folder only when allowed, refuses a symbolic link', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const relative = path.join(folder, 'zz-exports', 'quotes.csv');
    try {
      assert.equal(
        await run('seedAnnotator.exportQuotesCsv', 'zz-exports/quotes.csv', { createFolders: true }).then(
          (u) => (u as vscode.Uri | undefined)?.fsPath,
        ),
        relative,
      );
      assert.ok(
        fs.readFileSync(relative, 'utf8').startsWith('file,date,line'),
        'written under the workspace folder, not the file system root',
      );
    } finally {
      fs.rmSync(path.join(folder, 'zz-exports'), { recursive: true, force: true });
    }
    const real = path.join(exportDir, 'real.json');
    const link = path.join(exportDir, 'link.json');
    fs.writeFileSync(real, 'keep me');
    fs.symlinkSync(real, link);
    try {
      assert.equal(await run('seedAnnotator.exportJson', vscode.Uri.file(link), { overwrite: true }), undefined);
      assert.equal(fs.readFileSync(real, 'utf8'), 'keep me');
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is left as it was');
    } finally {
      fs.rmSync(link, { force: true });
      fs.rmSync(real, { force: true });
    }
  });

  it('shows the Collection Report and exports it as HTML', async () => {
    const view = await run<ReportView>('seedAnnotator.showCollectionReport');
    assert.equal(view.panel.title, 'Collection Report');
    const html = vscode.Uri.file(path.join(exportDir, 'collection-report.html'));
    assert.equal((await run<vscode.Uri>('seedAnnotator.exportCollectionReport', html))?.fsPath, html.fsPath);
    view.panel.dispose();
  });

  it('opens a location', async () => {
    const uri = vscode.workspace.workspaceFolders![0]!.uri;
    const target = vscode.Uri.joinPath(uri, 'seeds', SAMPLE).toString();
    const editor = await run<vscode.TextEditor>('seedAnnotator.revealRange', target, [2, 1, 2, 10]);
    assert.ok(editor.selection.isEqual(new vscode.Selection(2, 1, 2, 10)));
  });

  it('has run every contributed command', () => {
    const contributed = (
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } }
    ).contributes.commands.map((c) => c.command);
    // The review and import commands have their own suites (review.test.ts, import.test.ts), which run each of them.
    const elsewhere = (c: string) => c.startsWith('seedAnnotator.review.') || c.startsWith('seedAnnotator.import');
    assert.deepEqual(
      contributed.filter((c) => !ran.has(c) && !elsewhere(c)),
      [],
    );
  });
});
