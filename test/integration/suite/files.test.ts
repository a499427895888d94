// The index follows files created, renamed and deleted on disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SourceNode } from '../../../src/core/presentation/sourceNodes';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { indexedApi, seedUri, waitFor } from './helpers';

const ARTICLE =
  'date 2024-02-20 Engineers reopened the old harbour bridge in Gdansk on Tuesday.\n\n“It took three years, but the bridge is safer than ever,” said Tomasz Wrona, the city engineer.\n';

function speaker(api: SeedAnnotatorApi, name: string): SourceNode | undefined {
  return api.sources
    .getChildren()
    .find((n) => n.label === 'Speakers')
    ?.children.find((n) => n.label === name);
}

describe('workspace index and files on disk', () => {
  let api: SeedAnnotatorApi;
  before(async () => {
    api = await indexedApi();
  });

  it('adds a created file, follows a rename and drops a deleted file', async () => {
    const created = seedUri('zz_bridge.txt');
    const renamed = seedUri('zz_bridge_renamed.txt');
    try {
      await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(ARTICLE));
      const node = await waitFor(() => speaker(api, 'Tomasz Wrona'), 'the created file in the tree');
      assert.equal(node.children[0]?.label, 'zz_bridge.txt');

      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(created, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(
        () => speaker(api, 'Tomasz Wrona')?.children[0]?.label === 'zz_bridge_renamed.txt',
        'the renamed file in the tree',
      );
      assert.equal(speaker(api, 'Tomasz Wrona')?.children.length, 1, 'the old name is gone');

      await vscode.workspace.fs.delete(renamed);
      await waitFor(() => !speaker(api, 'Tomasz Wrona'), 'the deleted file gone from the tree');
    } finally {
      for (const uri of [created, renamed]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('picks up a change on disk to a closed file', async () => {
    const uri = seedUri('zz_changing.txt');
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
      await waitFor(() => speaker(api, 'Tomasz Wrona'), 'the first version');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE.replace('Tomasz Wrona', 'Ewa Lis')));
      await waitFor(() => speaker(api, 'Ewa Lis') && !speaker(api, 'Tomasz Wrona'), 'the second version');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await waitFor(() => !speaker(api, 'Ewa Lis'), 'the file gone');
  });

  it('drops the files of a folder deleted outside the editor', async () => {
    const folder = seedUri('zz_folder');
    try {
      fs.mkdirSync(folder.fsPath, { recursive: true });
      fs.writeFileSync(`${folder.fsPath}/bridge.txt`, ARTICLE);
      await waitFor(() => speaker(api, 'Tomasz Wrona'), 'the file in the new folder');
      fs.rmSync(folder.fsPath, { recursive: true });
      await waitFor(() => !speaker(api, 'Tomasz Wrona'), "the folder's file gone");
    } finally {
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });

  it('reuses the on-disk cache when the index is rebuilt', async () => {
    await api.index.rebuild();
    assert.equal(api.index.lastBuild.files, 4);
    assert.equal(api.index.lastBuild.fromCache, 4, 'every unchanged file comes from the cache');
  });

  it('counts every seed file of the fixture workspace', async () => {
    const expected = [
      '000_ff2cfafdf74160c4.txt',
      '001_missing_header.txt',
      '002_unbalanced_anonymous.txt',
      '003_stoltenberg_followup.txt',
    ];
    const names = (): string[] =>
      api.index
        .summaries()
        .map((s) => s.path.split(/[\\/]/).pop()!)
        .sort();
    await waitFor(() => names().join() === expected.join(), `exactly the fixture files (have ${names().join(', ')})`);
  });
});
