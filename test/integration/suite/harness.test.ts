// The harness itself: a real VS Code with the fixture workspace open and this extension present.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('integration harness', () => {
  it('runs inside VS Code 1.x', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('has the fixture workspace open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
  });

  it('loads Seed Annotator from the development folder', () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'seed-annotator');
    assert.ok(extension, 'seed-annotator is not among the installed extensions');
  });
});
