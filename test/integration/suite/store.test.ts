// The analysis store: debounced re-analysis, one analysis per burst of typing, the final version wins.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, FOLLOW_UP, openSeed, revertActiveEditor, waitFor } from './helpers';

describe('analysis store', () => {
  afterEach(async () => {
    await revertActiveEditor();
    await vscode.workspace.getConfiguration('seedAnnotator').update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Global);
  });

  it('coalesces a burst of edits into few analyses of the latest version', async () => {
    const api = await extensionApi();
    await vscode.workspace.getConfiguration('seedAnnotator').update('analysis.debounceMs', 200, vscode.ConfigurationTarget.Global);
    const editor = await openSeed(FOLLOW_UP);
    await waitFor(() => api.store.get(editor.document), 'the first analysis');
    let analyses = 0;
    const subscription = api.store.onDidChange(({ document }) => {
      if (document === editor.document) analyses++;
    });
    try {
      for (const ch of 'Typing fast. ') await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), ch));
      const analysis = await waitFor(() => api.store.get(editor.document), 'the analysis of the last version');
      assert.equal(analysis.length, editor.document.getText().length);
      assert.ok(analyses < 5, `${analyses} analyses for 13 keystrokes`);
    } finally {
      subscription.dispose();
    }
  });

  it('answers a hover before the debounce has elapsed', async () => {
    const api = await extensionApi();
    await vscode.workspace.getConfiguration('seedAnnotator').update('analysis.debounceMs', 5000, vscode.ConfigurationTarget.Global);
    const editor = await openSeed(FOLLOW_UP);
    const oldLength = editor.document.lineAt(0).text.length;
    await editor.edit((b) => b.insert(new vscode.Position(0, oldLength), ' Jens Stoltenberg spoke.'));
    const at = new vscode.Position(0, editor.document.lineAt(0).text.length - 10);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    assert.ok(hovers[0]?.range && hovers[0].range.start.character > oldLength, 'the hover describes the new mention');
    assert.ok(api.store.get(editor.document), 'the current version is analysed');
  });
});
