// Hostile input in the real VS Code: a 400 KB article of repeated weekdays is analysed off the extension
// host's thread while a hover on another article answers, and an article over its time budget is marked
// (Sources view, diagnostic) while the index completes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { hoverText, indexedApi, openSeed, positionOf, SAMPLE, seedUri, waitFor } from './helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function closeEditorsOf(uri: vscode.Uri): Promise<void> {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString())
        await vscode.window.tabGroups.close(tab);
    }
  }
}

describe('hostile input', function () {
  this.timeout(240_000);
  let api: SeedAnnotatorApi;
  before(async () => {
    api = await indexedApi();
  });

  it('answers a hover on another article while a 400 KB article of repeated weekdays is analysed', async () => {
    const uri = seedUri('zz_weekdays.txt');
    await vscode.workspace.fs.writeFile(uri, encode(`date 2024-05-01 ${'They met on Monday. '.repeat(20_000)}\n`));
    try {
      const sample = (await openSeed(SAMPLE)).document;
      const large = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(large, { preview: false });
      let largeDone = false;
      const analysed = api.store.whenAnalysed(large).then((a) => {
        largeDone = true;
        return a;
      });
      const text = await hoverText(sample, positionOf(sample, 'Stoltenberg said ahead', 0, 3));
      assert.match(text, /Jens Stoltenberg/);
      assert.equal(
        largeDone,
        false,
        'the hover answered before the large article was analysed: the analysis is off the host thread',
      );
      const analysis = await analysed;
      assert.ok(analysis, 'the large article is analysed');
      assert.ok(analysis.dates.length >= 10_000, `${analysis.dates.length} weekday mentions`);
      await api.whenIndexed();
    } finally {
      await closeEditorsOf(uri);
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('marks an article over its time budget, in the Sources view and in the editor, and completes the index', async () => {
    const config = vscode.workspace.getConfiguration('seedAnnotator');
    const uri = seedUri('zz_too_slow.txt');
    const sample = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(seedUri(SAMPLE)))
      .replace(/^date \S+ /, '');
    await config.update('analysis.timeoutSeconds', 1, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.workspace.fs.writeFile(
        uri,
        encode(`date 2024-05-01 ${sample.repeat(Math.ceil(1_500_000 / sample.length))}`),
      );
      const summary = await waitFor(() => api.index.summary(uri.fsPath)?.error, 'the slow article marked', 120_000);
      assert.match(summary, /timed out after 1 s/);
      await api.whenIndexed();
      const others = api.index.summaries().filter((s) => s.path !== uri.fsPath);
      assert.ok(others.length >= 4 && others.every((s) => !s.error), 'the other articles are analysed');
      const group = await waitFor(
        () => api.sources.getChildren().find((n) => n.label === 'Not analysed'),
        'the Not analysed group',
      );
      assert.deepEqual(
        group.children.map((n) => [n.label, n.description]),
        [['zz_too_slow.txt', 'analysis timed out after 1 s']],
      );

      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      const diagnostic = await waitFor(
        () => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'analysis-timed-out'),
        'the timed-out diagnostic',
        120_000,
      );
      assert.match(diagnostic.message, /timed out after 1 s/);
      assert.equal(await api.store.whenAnalysed(document), undefined);
    } finally {
      await closeEditorsOf(uri);
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await config.update('analysis.timeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
      await api.whenIndexed();
    }
    await waitFor(
      () => !api.sources.getChildren().some((n) => n.label === 'Not analysed'),
      'the group gone with the file',
    );
  });
});
