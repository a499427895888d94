// A collection of 5,000 generated articles in the real VS Code: the index takes them all, the Sources view
// pages its long lists ("Show more"), the report counts them and search finds one article's quote. Counts
// only: timing belongs in `npm run bench:workspace`. Runs late (zy-) and removes its articles afterwards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CHILDREN_PAGE, type SourceNode } from '../../../src/core/presentation/sourceNodes';
import type { ReportData, SearchResults } from '../../../src/core/report/protocol';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { SHOW_MORE_COMMAND } from '../../../src/extension/features/sourcesTree';
import type { ReportView } from '../../../src/extension/features/reportPanel';
import { indexedApi, workspaceFolder } from './helpers';

const ARTICLES = 5_000;
const FIRST = ['Anna', 'Bruno', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irene', 'Jonas'];
const LAST = ['Keller', 'Lorenz', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Tanaka'];

/** The i-th generated person, one of 10 × 10 × 50 distinct names with a double surname ("Anna Keller-Lorenzberg"). */
function personOf(i: number): string {
  const first = FIRST[i % 10]!;
  const last = LAST[Math.floor(i / 10) % 10]!;
  const second = `${LAST[Math.floor(i / 100) % 10]!}${['', 'berg', 'man', 'son', 'ford'][Math.floor(i / 1000) % 5]!}`;
  return `${first} ${last}-${second}`;
}

function articleOf(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const person = personOf(i);
  return (
    `date 2023-${month}-${day} Councillor ${person} opened the new community hall in Riverton on Monday.\n\n` +
    `“The hall will host ticket${i} and every other event the town needs,” ${person} said.\n`
  );
}

const rootNamed = (api: SeedAnnotatorApi, label: string): SourceNode => {
  const found = api.sources.getChildren().find((n) => n.label === label);
  assert.ok(found, `no ${label} group`);
  return found;
};

describe('a collection of 5,000 articles', function () {
  this.timeout(900_000);
  let api: SeedAnnotatorApi;
  let folder: string;
  let speakersBefore: number;

  before(async () => {
    api = await indexedApi();
    speakersBefore = Number(rootNamed(api, 'Speakers').description);
    folder = path.join(workspaceFolder().fsPath, 'large-collection');
    fs.mkdirSync(folder, { recursive: true });
    for (let i = 0; i < ARTICLES; i++)
      fs.writeFileSync(path.join(folder, `article-${String(i).padStart(4, '0')}.txt`), articleOf(i));
    await vscode.commands.executeCommand('seedAnnotator.reindex');
    await api.whenIndexed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    await vscode.commands.executeCommand('seedAnnotator.reindex');
    await api.whenIndexed();
    assert.equal(Number(rootNamed(api, 'Speakers').description), speakersBefore, 'back to the fixture collection');
  });

  it('indexes every article: each generated person is a speaker', () => {
    const speakers = Number(rootNamed(api, 'Speakers').description);
    assert.ok(speakers >= speakersBefore + ARTICLES, `${speakers} speakers`);
  });

  it('shows the first 200 speakers and a "Show more" node that adds the next 200', async () => {
    const root = rootNamed(api, 'Speakers');
    const first = api.sources.getChildren(root);
    assert.equal(first.length, CHILDREN_PAGE + 1);
    const more = first[first.length - 1]!;
    assert.equal(more.kind, 'more');
    assert.equal(more.label, 'Show more');
    await vscode.commands.executeCommand(SHOW_MORE_COMMAND, root);
    const next = api.sources.getChildren(root);
    assert.equal(next.length, 2 * CHILDREN_PAGE + 1);
    assert.deepEqual(
      next.slice(0, CHILDREN_PAGE).map((n) => n.id),
      first.slice(0, CHILDREN_PAGE).map((n) => n.id),
      'the first page stays in place',
    );
  });

  it('lists the generated folder under Articles with all its articles', () => {
    const articles = rootNamed(api, 'Articles');
    const group = api.sources.getChildren(articles).find((g) => g.label.includes('large-collection'));
    assert.ok(group, 'a large-collection folder group');
    assert.match(group.description ?? '', /5,?000 articles/);
  });

  describe('the Collection Report', () => {
    let view: ReportView;
    let data: ReportData;

    before(async () => {
      view = await vscode.commands.executeCommand<ReportView>('seedAnnotator.showCollectionReport');
      data = await view.delivered();
    });
    after(() => view?.panel.dispose());

    it('counts every article and speaker', () => {
      assert.ok(data.totals.articles >= ARTICLES, `${data.totals.articles} articles`);
      assert.ok(data.totals.speakers >= ARTICLES, `${data.totals.speakers} speakers`);
      assert.ok(data.totals.attributedQuotes >= ARTICLES, `${data.totals.attributedQuotes} attributed quotes`);
    });

    it('finds one article’s quote by a word only it has', async () => {
      const n = 4321;
      const found = (await view.receive({ type: 'search', query: { text: `ticket${n}` } })) as SearchResults;
      assert.equal(found.total, 1, JSON.stringify(found.results.slice(0, 3)));
      assert.ok(found.results[0]!.who.includes(personOf(n).split(' ')[0]!), found.results[0]!.who);
    });
  });
});
