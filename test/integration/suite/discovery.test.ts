// Seed files wherever they are: articles outside a `seeds` folder are indexed and open as Seed articles,
// the include/exclude settings narrow or widen the search, and the Sources tree tells while it indexes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { EXTENSION_ID, indexedApi, waitFor, workspaceFolder } from './helpers';

const ARTICLE =
  'date 2016-06-09 The harbour of Gdynia reopened on Thursday after a month of repairs.\n\n“The quay is stronger than it has ever been, and the ships are already coming back,” said Halina Nowak, the port director.\n';
const NOTES = 'Call the port director back about the repairs.\n';
const LATER = 'date 2016-06-10 The ferry line to Karlskrona resumed on Friday.\n';

const uriIn = (...parts: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), ...parts);
const write = (uri: vscode.Uri, text: string): Thenable<void> =>
  vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const indexedNames = (api: SeedAnnotatorApi): string[] =>
  api.index
    .summaries()
    .map((s) => path.relative(workspaceFolder().fsPath, s.path).split(path.sep).join('/'))
    .sort();

/** The document of a URI as VS Code holds it now (a language change keeps the document). */
const languageOf = (uri: vscode.Uri): string | undefined =>
  vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;

async function setSetting(key: 'include' | 'exclude', value: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('seedAnnotator').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('seed files wherever they are', () => {
  let api: SeedAnnotatorApi;
  const article = uriIn('articles', '2016', 'x.txt');
  const notes = uriIn('articles', '2016', 'notes.txt');
  const later = uriIn('articles', 'later.txt');
  const settingsFolder = uriIn('.vscode');
  const hadSettings = fs.existsSync(settingsFolder.fsPath);

  before(async () => {
    api = await indexedApi();
    await write(article, ARTICLE);
    await write(notes, NOTES);
    await write(later, LATER);
  });

  after(async () => {
    await setSetting('include', undefined);
    await setSetting('exclude', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uriIn('articles'), { recursive: true }).then(undefined, () => undefined);
    if (!hadSettings)
      await vscode.workspace.fs.delete(settingsFolder, { recursive: true }).then(undefined, () => undefined);
    await waitFor(() => !indexedNames(api).some((n) => n.startsWith('articles/')), 'the articles gone from the index');
    await api.whenIndexed();
  });

  it('indexes a headed article outside any seeds folder, and no header-less file there', async () => {
    await api.index.rebuild();
    await api.whenIndexed();
    const names = indexedNames(api);
    assert.ok(names.includes('articles/2016/x.txt'), names.join(', '));
    assert.ok(names.includes('articles/later.txt'), names.join(', '));
    assert.ok(!names.includes('articles/2016/notes.txt'), 'a .txt without the header is not a seed file');
    const speaker = api.sources
      .getChildren()
      .find((n) => n.label === 'Speakers')
      ?.children.find((n) => n.label === 'Halina Nowak');
    assert.ok(speaker, "the article's speaker is in the Sources tree");
    assert.deepEqual(
      speaker.children.map((a) => a.label),
      ['x.txt'],
    );
  });

  it('opens a seed file as a Seed article, and leaves other text files alone', async () => {
    await vscode.window.showTextDocument(notes, { preview: false });
    await vscode.window.showTextDocument(article, { preview: false });
    await waitFor(() => languageOf(article) === 'seed', 'the article in the seed language');
    assert.equal(languageOf(notes), 'plaintext', 'opened before the article, the notes were looked at first');
    await waitFor(
      () => api.store.entries().some((e) => e.document.uri.toString() === article.toString()),
      'the article analysed in the editor',
    );
  });

  it('keeps the language the user chooses', async () => {
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await vscode.window.showTextDocument(later, { preview: false });
    await waitFor(() => languageOf(later) === 'seed', 'the later article in the seed language');
    assert.equal(languageOf(article), 'plaintext');
  });

  it('leaves out excluded folders and takes header-less files of included ones', async () => {
    await setSetting('exclude', ['articles/2016']);
    await waitFor(() => !indexedNames(api).includes('articles/2016/x.txt'), 'the excluded article gone');
    await setSetting('exclude', undefined);
    await setSetting('include', ['**/seeds/**/*.txt', 'articles']);
    await waitFor(
      () => indexedNames(api).includes('articles/2016/notes.txt'),
      'the header-less file of the included folder',
    );
    const summary = api.index.summaries().find((s) => s.path.endsWith('notes.txt'));
    assert.equal(summary?.problemCounts['missing-header'], 1);
    await setSetting('include', undefined);
    await waitFor(() => !indexedNames(api).includes('articles/2016/notes.txt'), 'the header-less file gone again');
  });

  it('indexes a seed file created in a new folder', async () => {
    const created = uriIn('articles', 'new', 'y.txt');
    await write(created, ARTICLE.replace('Halina Nowak', 'Piotr Zielinski'));
    await waitFor(() => indexedNames(api).includes('articles/new/y.txt'), 'the created article in the index');
  });

  it('says in the Sources tree that it is indexing, then stops saying so', async () => {
    const seen: (string | undefined)[] = [];
    const subscription = api.index.onDidChangeProgress(() => seen.push(api.sources.message()));
    try {
      const building = api.index.rebuild(true);
      assert.match(api.sources.message() ?? '', /^(Looking for seed files|Indexing \d+ \/ \d+ articles)…$/);
      await building;
    } finally {
      subscription.dispose();
    }
    assert.ok(
      seen.some((m) => /^Indexing \d+ \/ \d+ articles…$/.test(m ?? '')),
      seen.join(' | '),
    );
    assert.equal(api.sources.message(), undefined);
    assert.equal(api.index.progress, undefined);
  });

  it('has welcome texts without raw backticks and activates cheaply', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      activationEvents: string[];
      contributes: { viewsWelcome: { contents: string; when: string }[] };
    };
    const welcome = manifest.contributes.viewsWelcome;
    assert.ok(welcome.length >= 2);
    for (const w of welcome) assert.ok(!w.contents.includes('`'), w.contents);
    assert.ok(welcome.some((w) => w.when.includes("== 'empty'") && /No seed files/.test(w.contents)));
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.some((e) => e.startsWith('workspaceContains:')));
  });
});
