// Header fixes in a real VS Code: a written date on the first line becomes the `date YYYY-MM-DD` header, and a
// plain-text article with a date near its top becomes a seed article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codesOf, extensionApi, MISSING_HEADER, openSeed, revertActiveEditor, waitFor } from './helpers';

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? []
  );
}

describe('header fixes', () => {
  before(extensionApi);

  it('rewrites "Date: 2016-07-05" on the first line as the header, keeping the rest of the line', async () => {
    const editor = await openSeed(MISSING_HEADER);
    const uri = editor.document.uri;
    try {
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Date: 2016-07-05 — '));
      const diagnostic = await waitFor(
        () => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'malformed-header'),
        'malformed-header after the edit',
      );
      const actions = await actionsAt(uri, diagnostic.range);
      const rewrite = actions.find((a) => a.title === 'Rewrite the header as "date 2016-07-05"');
      assert.ok(rewrite?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
      assert.match(editor.document.lineAt(0).text, /^date 2016-07-05 — Farmers/);
      await waitFor(() => !codesOf(uri).some((c) => /header/.test(c)), 'no header problem after the fix');
    } finally {
      await revertActiveEditor();
    }
  });

  it('offers "Make This a Seed Article" on a plain-text article whose first lines hold a date', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Council backs the bridge\nJuly 5, 2016\n\n“We will build it,” said Mayor Ana Ruiz.\n',
    });
    await vscode.window.showTextDocument(document);
    try {
      const actions = await actionsAt(document.uri, new vscode.Range(0, 0, 0, 0));
      const make = actions.find((a) => a.title === 'Make This a Seed Article');
      assert.ok(make?.edit && make.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(make.edit));
      await vscode.commands.executeCommand(make.command.command, ...(make.command.arguments ?? []));
      assert.equal(document.lineAt(0).text, 'date 2016-07-05');
      await waitFor(() => document.languageId === 'seed', 'the seed language');
      const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'No date here.\n' });
      const none = await actionsAt(plain.uri, new vscode.Range(0, 0, 0, 0));
      assert.equal(
        none.find((a) => a.title === 'Make This a Seed Article'),
        undefined,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
