// The extension in the web worker extension host (as on vscode.dev): no Node, files through
// workspace.fs, analysis in Web Workers, review sidecars written through workspace.fs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  FOLLOW_UP,
  indexedApi,
  MISSING_HEADER,
  openSeed,
  positionOf,
  SAMPLE,
  UNBALANCED,
  waitFor,
  workspaceFolder,
} from '../../integration/suite/helpers';

const sidecarOf = (name: string): vscode.Uri =>
  vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations', 'seeds', `${name}.json`);
const exists = async (uri: vscode.Uri): Promise<boolean> =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
const baseName = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

describe('web extension host', () => {
  it('runs the browser entry in a web worker, without Node', async () => {
    await indexedApi();
    const scope = globalThis as { importScripts?: unknown; process?: unknown; require?: unknown };
    assert.equal(typeof scope.importScripts, 'function', 'not a web worker');
    assert.equal(typeof scope.process, 'undefined', "Node's process is there: this is the Node extension host");
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(extension?.isActive, true);
    assert.equal(extension?.extensionKind, vscode.ExtensionKind.UI, 'a web extension runs on the UI side');
  });

  it('indexes every fixture article through workspace.fs', async () => {
    const api = await indexedApi();
    const names = api.index
      .summaries()
      .map((s) => baseName(s.path))
      .sort();
    assert.deepEqual(names, [SAMPLE, MISSING_HEADER, UNBALANCED, FOLLOW_UP].sort());
    for (const summary of api.index.summaries())
      assert.equal(summary.error, undefined, `${summary.path}: ${summary.error}`);
    const stoltenberg = api.index.model().speakers.find((s) => s.name === 'Jens Stoltenberg');
    assert.ok(stoltenberg, 'no Jens Stoltenberg among the speakers');
    assert.ok(stoltenberg.quotes.length > 0);
  });

  it('indexes an article written through workspace.fs, and forgets it once deleted', async () => {
    const api = await indexedApi();
    const article = vscode.Uri.joinPath(workspaceFolder(), 'seeds', '900_written_in_the_web_host.txt');
    const text =
      'date 2024-05-02 The harbour reopened on Thursday.\n\n“The ships are back,” said Ingrid Halvorsen, the harbour master.\n';
    const speaker = () => api.index.model().speakers.find((s) => s.name === 'Ingrid Halvorsen');
    try {
      await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(text));
      await waitFor(() => speaker(), "the new article's speaker in the index", 30_000);
      assert.ok(api.index.summaries().some((s) => baseName(s.path) === baseName(article.path)));
    } finally {
      await vscode.workspace.fs.delete(article).then(undefined, () => undefined);
    }
    await waitFor(() => !speaker(), 'the speaker gone with the article', 30_000);
  });

  it("analyses in Web Workers, not on the extension host's thread", async () => {
    const api = await indexedApi();
    const pool = await api.service.workers();
    assert.ok(pool, 'no analysis workers started in the web host');
    assert.equal(api.service.mode, 'workers');
    const { analysis } = await api.service.analyze(
      'date 2024-05-02 “We will rebuild the bridge,” said Maria Lopez, the mayor.\n',
    );
    assert.equal(analysis.quotes[0]?.speaker?.name, 'Maria Lopez');
    assert.equal(api.service.mode, 'workers', 'the analysis fell back to the extension host');
  });

  it('opens the Collection Report webview', async () => {
    await indexedApi();
    const reportTabs = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Collection Report');
    await vscode.commands.executeCommand('seedAnnotator.showCollectionReport');
    await waitFor(() => reportTabs().length === 1, 'the Collection Report tab');
    await vscode.window.tabGroups.close(reportTabs());
  });

  it('writes a review sidecar through workspace.fs', async () => {
    const api = await indexedApi();
    const sidecar = sidecarOf(SAMPLE);
    try {
      const editor = await openSeed(SAMPLE);
      const at = positionOf(editor.document, 'They have suffered big losses', 0, 3);
      await waitFor(() => api.store.analysisFor(editor.document), 'the analysis of the sample');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        new vscode.Range(at, at),
      );
      const confirm = actions.find((a) => a.title.startsWith('Confirm speaker'));
      assert.ok(confirm?.command, `no confirm action among: ${actions.map((a) => a.title).join(' | ')}`);
      await vscode.commands.executeCommand(confirm.command.command, ...(confirm.command.arguments ?? []));
      await waitFor(() => exists(sidecar), 'the sidecar file');
      const page = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar))) as {
        items: { body?: unknown }[];
      };
      assert.equal(page.items.length, 1);
      const offset = editor.document.offsetAt(at);
      await waitFor(
        () =>
          api.store.analysisFor(editor.document)?.quotes.find((q) => q.start <= offset && offset < q.end)?.review
            ?.status === 'confirmed',
        'the quote confirmed',
      );
    } finally {
      await vscode.workspace.fs
        .delete(vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations'), { recursive: true })
        .then(undefined, () => undefined);
      await waitFor(
        () => api.reviews.articles().every((a) => !api.reviews.annotationsFor(a).length),
        'the review layer emptied',
        25_000,
      );
    }
  });
});
