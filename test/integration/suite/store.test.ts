// The analysis store: debounced re-analysis, one analysis per burst of typing, the final version wins.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { extensionApi, FOLLOW_UP, openSeed, revertActiveEditor, SAMPLE, seedUri, waitFor } from './helpers';

describe('analysis store', () => {
  afterEach(async () => {
    await revertActiveEditor();
    await vscode.workspace
      .getConfiguration('seedAnnotator')
      .update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Global);
  });

  it('coalesces a burst of edits into few analyses of the latest version', async () => {
    const api = await extensionApi();
    await vscode.workspace
      .getConfiguration('seedAnnotator')
      .update('analysis.debounceMs', 200, vscode.ConfigurationTarget.Global);
    const editor = await openSeed(FOLLOW_UP);
    await waitFor(() => api.store.get(editor.document), 'the first analysis');
    let analyses = 0;
    const subscription = api.store.onDidChange(({ document }) => {
      if (document === editor.document) analyses++;
    });
    try {
      for (const ch of 'Typing fast. ')
        await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), ch));
      const analysis = await waitFor(() => api.store.get(editor.document), 'the analysis of the last version');
      assert.equal(analysis.length, editor.document.getText().length);
      assert.ok(analyses < 5, `${analyses} analyses for 13 keystrokes`);
    } finally {
      subscription.dispose();
    }
  });

  it('answers a hover before the debounce has elapsed', async () => {
    const api = await extensionApi();
    await vscode.workspace
      .getConfiguration('seedAnnotator')
      .update('analysis.debounceMs', 5000, vscode.ConfigurationTarget.Global);
    const editor = await openSeed(FOLLOW_UP);
    const oldLength = editor.document.lineAt(0).text.length;
    await editor.edit((b) => b.insert(new vscode.Position(0, oldLength), ' Jens Stoltenberg spoke.'));
    const at = new vscode.Position(0, editor.document.lineAt(0).text.length - 10);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      at,
    );
    assert.ok(hovers[0]?.range && hovers[0].range.start.character > oldLength, 'the hover describes the new mention');
    assert.ok(api.store.get(editor.document), 'the current version is analysed');
  });

  it('re-analyses a 5 KB article after each edit (latency measured without the debounce)', async () => {
    const api = await extensionApi();
    await vscode.workspace
      .getConfiguration('seedAnnotator')
      .update('analysis.debounceMs', 0, vscode.ConfigurationTarget.Global);
    const sample = fs.readFileSync(seedUri(SAMPLE).fsPath, 'utf8');
    const followUp = fs.readFileSync(seedUri(FOLLOW_UP).fsPath, 'utf8').replace(/^date \S+ /, '');
    const variants = [
      'Rutte',
      'Kallas',
      'Austin',
      'Blinken',
      'Wallace',
      'Pistorius',
      'Shapps',
      'Lecornu',
      'Crosetto',
      'Robles',
      'Brekelmans',
      'Kosiniak',
    ].map((name) => followUp.replace(/Jens Stoltenberg|Stoltenberg/g, name));
    const document = await vscode.workspace.openTextDocument({
      language: 'seed',
      content: [sample, ...variants].join('\n\n').slice(0, 5200),
    });
    const editor = await vscode.window.showTextDocument(document);
    await waitFor(() => api.store.get(document), 'the first analysis');
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const analysed = new Promise<number>((resolve) => {
        const subscription = api.store.onDidChange((change) => {
          if (change.document === document && change.document.version === document.version) {
            subscription.dispose();
            resolve(performance.now());
          }
        });
      });
      const started = performance.now();
      await editor.edit((b) => b.insert(document.positionAt(document.getText().length - 40), i % 5 === 4 ? ' ' : 'x'));
      latencies.push((await analysed) - started);
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    console.log(
      `    edit → analysis on ${document.getText().length} chars: median ${latencies[10]!.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`,
    );
    assert.ok(document.getText().length >= 4500);
    assert.equal(
      api.store.get(document)?.length,
      document.getText().length,
      'the stored analysis is of the last version',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('publishes a long article’s first window, then the whole analysis', async () => {
    const api = await extensionApi();
    const sample = fs.readFileSync(seedUri(SAMPLE).fsPath, 'utf8');
    const body = sample.replace(/^date \S+ /, '');
    const names = ['Lindqvist', 'Novak', 'Mensah', 'Karim', 'Rutte', 'Kallas'];
    const copies = Array.from({ length: 150 }, (_, i) => body.replace(/Stoltenberg/g, names[i % names.length]!));
    const content = [sample, ...copies].join('\n\n');
    const published: { window: boolean; quotesPastWindow: number; length: number; readersSee: boolean }[] = [];
    const document = await vscode.workspace.openTextDocument({ language: 'seed', content });
    const subscription = api.store.onDidChange(({ document: changed, analysis }) => {
      if (changed !== document || !analysis) return;
      const end = analysis.window?.covered.end ?? Infinity;
      published.push({
        window: !!analysis.window,
        quotesPastWindow: analysis.quotes.filter((q) => q.start >= end).length,
        length: analysis.length,
        readersSee: api.store.analysisFor(document) === analysis,
      });
    });
    try {
      await vscode.window.showTextDocument(document);
      const whole = await api.store.whenAnalysed(document);
      assert.ok(content.length > 300_000 && whole && !whole.window, 'the whole analysis arrives');
      assert.ok(published.length >= 2, `${published.length} analyses published`);
      assert.deepEqual(published[0], { window: true, quotesPastWindow: 0, length: content.length, readersSee: true });
      assert.equal(published.at(-1)?.window, false, 'the whole analysis comes last');
      assert.equal(api.store.get(document), whole);
      const stoltenberg = document.positionAt(content.indexOf('Stoltenberg') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        stoltenberg,
      );
      assert.ok(hovers.length, 'a hover on the name in the first paragraph');
    } finally {
      subscription.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
