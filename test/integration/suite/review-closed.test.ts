// Issue 16 §0 in a real VS Code: a quote the reader added stays in the Sources view and the Collection Report
// after its article closes, and after the index is rebuilt from its cache and the sidecars are read again
// (what a window reload does).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildCorpus } from '../../../src/core/report/corpus';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SourceNode } from '../../../src/core/presentation/sourceNodes';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { FOLLOW_UP, indexedApi, openSeed, seedUri, waitFor, workspaceFolder } from './helpers';

const SPEAKER = 'Zed Tester';
const ADDED = 'the alliance would review its stockpile targets';
const sidecar = (): vscode.Uri =>
  vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations', 'seeds', `${FOLLOW_UP}.json`);

function labels(nodes: readonly SourceNode[]): string[] {
  return nodes.flatMap((n) => [n.label, ...labels(n.children)]);
}

/** The added quote as each surface shows it: the Sources view's speaker, and the report's data. */
function shown(api: SeedAnnotatorApi): { sources: boolean; report: boolean; model: boolean } {
  const model = api.index.model();
  const speaker = model.speakers.find((s) => s.name === SPEAKER);
  const groups = api.sources.tree().filter((n) => n.id === 'group:speakers');
  const report = buildReport(buildCorpus({ summaries: api.index.summaries(), model, relative: (p) => p }));
  return {
    model: !!speaker?.quotes.some((q) => q.quote.text.includes(ADDED)),
    sources: groups.some((g) => labels(g.children).includes(SPEAKER)),
    report: JSON.stringify(report).includes(SPEAKER),
  };
}

/**
 * Closes the document for real: VS Code keeps a document an extension opened for up to three minutes after
 * its editor closes, or until about 60 newer ones were opened; other (non-seed) files are opened until it goes.
 */
async function closeDocument(document: vscode.TextDocument): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-close-'));
  try {
    for (let i = 0; i < 400 && !document.isClosed; i++) {
      const file = path.join(dir, `filler-${i}.md`);
      fs.writeFileSync(file, `filler ${i}\n`);
      await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    }
    await waitFor(() => document.isClosed, 'the article closed', 30_000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const everywhere = (api: SeedAnnotatorApi) => {
  const s = shown(api);
  return s.model && s.sources && s.report && s;
};

describe('an added quote after its article closes', function () {
  this.timeout(120_000);
  let api: SeedAnnotatorApi;

  before(async () => {
    api = await indexedApi();
  });

  after(async () => {
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
    await api.reviews.refresh(seedUri(FOLLOW_UP));
    await waitFor(() => !api.reviews.annotationsFor(seedUri(FOLLOW_UP)).length, 'the sidecar gone', 25_000);
    await api.whenIndexed();
  });

  it('stays in the Sources view and the report, closed and after a reload', async () => {
    const editor = await openSeed(FOLLOW_UP);
    const document = editor.document;
    const start = document.getText().indexOf(ADDED);
    const added = await vscode.commands.executeCommand<boolean>(
      'seedAnnotator.review.addQuote',
      document.uri.toString(),
      start,
      start + ADDED.length,
      { name: SPEAKER },
    );
    assert.equal(added, true);
    const quote = api.store.analysisFor(document)!.quotes.find((q) => q.review?.status === 'added');
    assert.equal(quote?.speaker?.name, SPEAKER);
    const { reviewed, total } = api.store.analysisFor(document)!.review;
    assert.ok(reviewed >= 1 && total >= reviewed, `the added quote counts as reviewed (${reviewed}/${total})`);
    await api.whenIndexed();
    await waitFor(() => everywhere(api), 'the added quote in every view while the article is open');

    await closeDocument(document);
    await api.whenIndexed();
    assert.deepEqual(shown(api), { model: true, sources: true, report: true }, 'closed');

    // A reload: the sidecars read again by a fresh review store, the index rebuilt from its cache.
    const Store = api.reviews.constructor as new () => typeof api.reviews;
    const fresh = new Store();
    try {
      await fresh.loadAll();
      assert.ok(fresh.annotationsFor(seedUri(FOLLOW_UP)).some((a) => a.body.kind === 'quote'));
    } finally {
      fresh.dispose();
    }
    await api.index.rebuild();
    await api.whenIndexed();
    assert.deepEqual(shown(api), { model: true, sources: true, report: true }, 'after a rebuild');
  });
});
