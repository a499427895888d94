// The Sources tree after indexing, and after edits of an open article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceNode } from '../../../src/core/presentation/sourceNodes';
import { FOLLOW_UP, indexedApi, openSeed, revertActiveEditor, waitFor } from './helpers';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';

function group(api: SeedAnnotatorApi, label: string): SourceNode {
  const found = api.sources.getChildren().find((n) => n.label === label);
  assert.ok(found, `no ${label} group`);
  return found;
}

const child = (node: SourceNode, label: string): SourceNode | undefined => node.children.find((n) => n.label === label);

/** Every quote under a node (a speaker's articles, and their phrases). */
const quotesUnder = (node: SourceNode): SourceNode[] =>
  node.children.flatMap((n) => (n.kind === 'quote' ? [n] : quotesUnder(n)));

describe('Sources tree', () => {
  let api: SeedAnnotatorApi;
  before(async () => {
    api = await indexedApi();
  });
  afterEach(revertActiveEditor);

  it('has the four groups with counts, the Articles group by folder, and the Review group', () => {
    const roots = api.sources.getChildren();
    assert.deepEqual(
      roots.map((n) => n.label),
      ['Speakers', 'Places', 'Organizations', 'Claims', 'Articles', 'Review'],
    );
    for (const root of roots.slice(0, 4)) assert.equal(root.description, String(root.children.length));
    const articles = roots[4]!;
    assert.ok(articles.children.length >= 1, 'articles grouped by folder');
    assert.ok(
      articles.children.every((g) => /^folder · \d+ articles?$/.test(g.description ?? '')),
      'hand-made articles have no outlet: they group by folder',
    );
    assert.equal(
      articles.children.reduce((n, g) => n + g.children.length, 0),
      Number(articles.description),
      'every article listed once',
    );
    assert.match(roots[5]!.description ?? '', /^0 \/ \d+ reviewed$/);
  });

  it('lists Stoltenberg among the speakers with his quotes from both articles, by article', () => {
    const speaker = child(group(api, 'Speakers'), 'Jens Stoltenberg');
    assert.ok(speaker, 'no Jens Stoltenberg speaker');
    assert.match(speaker.description ?? '', /^\d+ quotes · 2 articles/);
    assert.deepEqual(
      speaker.children.map((a) => [a.kind, a.label]),
      [
        ['article', '000_ff2cfafdf74160c4.txt'],
        ['article', '003_stoltenberg_followup.txt'],
      ],
    );
    for (const article of speaker.children) {
      assert.match(article.description ?? '', /^\d{4}-\d{2}-\d{2} · /, 'articles carry their date');
      for (const node of article.children)
        assert.ok(node.kind === 'quote' || (node.kind === 'phrases' && node.label === 'phrases'), node.kind);
      for (const quote of quotesUnder(article)) {
        assert.ok(quote.location, 'a quote reveals its range');
        assert.equal(quote.location.path, article.location?.path);
        assert.ok([article, child(article, 'phrases')].includes(api.sources.getParent(quote)));
      }
    }
    assert.equal(
      quotesUnder(speaker).length,
      api.index.model().speakers.find((s) => s.name === 'Jens Stoltenberg')?.quotes.length,
    );
  });

  it('lists places with their mentions by article', () => {
    const bakhmut = child(group(api, 'Places'), 'Bakhmut');
    assert.ok(bakhmut, 'no Bakhmut place');
    const article = bakhmut.children[0];
    assert.equal(article?.label, '000_ff2cfafdf74160c4.txt');
    assert.ok((article?.children.length ?? 0) >= 3, 'Bakhmut is named several times in the sample');
    assert.match(bakhmut.description ?? '', /mentions · 1 article$/);
  });

  it('lists NATO among the organizations across both articles', () => {
    const nato = child(group(api, 'Organizations'), 'NATO');
    assert.ok(nato, 'no NATO organization');
    assert.equal(nato.children.length, 2);
  });

  it('opens the exact range of a quote from its tree item', async () => {
    const quote = quotesUnder(child(group(api, 'Speakers'), 'Jens Stoltenberg')!)[0]!;
    const item = api.sources.getTreeItem(quote);
    assert.equal(item.command?.command, 'seedAnnotator.revealRange');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(
      item.command.command,
      ...(item.command.arguments ?? []),
    );
    const [sl, sc, el, ec] = quote.location!.range;
    assert.ok(editor.selection.isEqual(new vscode.Selection(sl, sc, el, ec)));
    assert.match(editor.document.getText(editor.selection), /^[“"].+[”"]$/s);
  });

  it('follows edits of an open article', async () => {
    const editor = await openSeed(FOLLOW_UP);
    const addition =
      '\n\n“Our factories are working around the clock,” said Marta Kowalczyk, a defence ministry spokeswoman.\n';
    await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), addition));
    await waitFor(() => child(group(api, 'Speakers'), 'Marta Kowalczyk'), 'the new speaker in the tree');
    await revertActiveEditor();
    await waitFor(() => !child(group(api, 'Speakers'), 'Marta Kowalczyk'), 'the speaker gone after revert');
  });
});
