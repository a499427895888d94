// Import Articles in the real VS Code: from a URL on a local server, from a file and from the clipboard; the
// seed file, its provenance annotation, the header hover and a ClaimReview export with the page as appearance.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportRecord } from '../../../src/core/import/pipeline/types';
import { articlePage, html, startImportServer, type TestServer } from '../../unit/helpers/importServer';
import { extensionApi, hoverText, waitFor, workspaceFolder } from './helpers';

const CLAIM_BODY =
  'The mayor said that unemployment in the city fell by five percent last year, according to figures from the labour office.';

const importArticles = (arg: unknown): Thenable<ImportRecord[]> =>
  vscode.commands.executeCommand<ImportRecord[]>('seedAnnotator.importArticles', arg);

describe('Import Articles', function () {
  this.timeout(60000);
  let server: TestServer;
  let tmp = '';

  before(async () => {
    await extensionApi();
    server = await startImportServer({
      '/jobs.html': html(
        articlePage({ title: 'Jobless Rate Falls', date: '2022-02-03', outlet: 'Metro Daily', words: CLAIM_BODY }),
      ),
    });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-import-it-'));
  });

  after(async () => {
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const root = workspaceFolder().fsPath;
    for (const made of [
      'articles',
      path.join('.seed-annotations', 'articles'),
      path.join('.seed-annotations', 'snapshots'),
    ])
      fs.rmSync(path.join(root, made), { recursive: true, force: true });
  });

  it('imports a URL: the seed file opens, its sidecar holds the provenance, the header hover shows it', async () => {
    const [record] = await importArticles({ urls: [`${server.base}/jobs.html`] });
    assert.equal(record?.status, 'imported', record?.error);
    assert.equal(record.file, 'articles/2022-02-03-metro-daily-jobless-rate-falls.txt');
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'articles', '2022-02-03-metro-daily-jobless-rate-falls.txt');
    const editor = await waitFor(
      () =>
        vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
          ? vscode.window.activeTextEditor
          : undefined,
      'the new article opened',
    );
    assert.match(editor.document.lineAt(0).text, /^date 2022-02-03 The mayor said that unemployment in the city fell/);
    const sidecar = JSON.parse(
      fs.readFileSync(path.join(workspaceFolder().fsPath, '.seed-annotations', `${record.file}.json`), 'utf8'),
    );
    assert.equal(sidecar.items[0].motivation, 'describing');
    assert.equal(sidecar.items[0].body['seed:outlet'], 'Metro Daily');
    const hover = await waitFor(async () => {
      const text = await hoverText(editor.document, new vscode.Position(0, 3));
      return text.includes('Metro Daily') ? text : undefined;
    }, 'the provenance hover');
    assert.match(hover, /Jobless Rate Falls/);
    assert.ok(hover.includes(`[Open the page](${server.base}/jobs.html `), hover);
  });

  it('a verdict on the imported article exports a ClaimReview whose appearance is the page, and keeps the provenance', async () => {
    const api = await extensionApi();
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'articles', '2022-02-03-metro-daily-jobless-rate-falls.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const analysis = await waitFor(() => {
      const a = api.store.analysisFor(document);
      return a?.claims.length ? a : undefined;
    }, 'a claim found in the imported article');
    const offset = analysis.claims[0]!.content.start + 1;
    const set = await vscode.commands.executeCommand('seedAnnotator.review.setVerdict', uri.toString(), offset, {
      verdict: 'false',
      note: 'The labour office reports a smaller fall.',
      evidence: [],
    });
    assert.equal(set, true);
    const sidecarFile = path.join(
      workspaceFolder().fsPath,
      '.seed-annotations',
      'articles',
      '2022-02-03-metro-daily-jobless-rate-falls.txt.json',
    );
    const items = JSON.parse(fs.readFileSync(sidecarFile, 'utf8')).items as { motivation: string }[];
    assert.equal(items[0]!.motivation, 'describing', 'the review write kept the provenance');
    assert.ok(items.length >= 2);
    const target = vscode.Uri.file(path.join(tmp, 'claims.jsonld'));
    await vscode.commands.executeCommand('seedAnnotator.review.exportClaimReview', target, { overwrite: true });
    const graph = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'))['@graph'] as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const mine = graph.find((g) => g.itemReviewed?.appearance?.url === `${server.base}/jobs.html`);
    assert.ok(mine, JSON.stringify(graph).slice(0, 500));
    assert.equal(mine.itemReviewed.appearance.headline, 'Jobless Rate Falls');
    assert.equal(mine.itemReviewed.appearance.datePublished, '2022-02-03');
    assert.deepEqual(mine.itemReviewed.appearance.publisher, { '@type': 'Organization', name: 'Metro Daily' });
  });

  it('imports a file and the clipboard', async () => {
    const file = path.join(tmp, 'saved page.html');
    fs.writeFileSync(file, articlePage({ title: 'Ferry Service Resumes', date: '2021-07-08', outlet: 'Coast Herald' }));
    const fromFile = await importArticles({ files: [vscode.Uri.file(file)] });
    assert.deepEqual(
      fromFile.map((r) => [r.status, r.file]),
      [['imported', 'articles/2021-07-08-coast-herald-ferry-service-resumes.txt']],
    );
    await vscode.env.clipboard.writeText(
      'Storm Closes Schools\nMarch 3, 2021\nHeavy snow closed every school in the district on Wednesday, the superintendent said.\nBuses will run again on Thursday if the roads are cleared overnight.',
    );
    const fromClipboard = await importArticles({ clipboard: true });
    assert.equal(fromClipboard[0]?.status, 'imported', fromClipboard[0]?.error);
    assert.equal(fromClipboard[0]!.file, 'articles/2021-03-03-storm-closes-schools.txt');
    const text = fs.readFileSync(path.join(workspaceFolder().fsPath, fromClipboard[0]!.file!), 'utf8');
    assert.equal(
      text,
      'date 2021-03-03 Heavy snow closed every school in the district on Wednesday, the superintendent said.\n\nBuses will run again on Thursday if the roads are cleared overnight.\n',
    );
  });

  it('imports a file from the Explorer context menu (Import as Seed Article)', async () => {
    const file = path.join(tmp, 'explorer page.html');
    fs.writeFileSync(
      file,
      articlePage({ title: 'Bridge Repairs Begin', date: '2021-09-14', outlet: 'Valley Courier' }),
    );
    const records = await vscode.commands.executeCommand<ImportRecord[]>(
      'seedAnnotator.importAsSeedArticle',
      vscode.Uri.file(file),
      [vscode.Uri.file(file)],
    );
    assert.deepEqual(
      records.map((r) => [r.status, r.file]),
      [['imported', 'articles/2021-09-14-valley-courier-bridge-repairs-begin.txt']],
    );
  });

  it('refuses a malformed argument with a message, importing nothing', async () => {
    assert.deepEqual(await importArticles({ urls: ['javascript:alert(1)'] }), []);
    assert.deepEqual(await importArticles({ urls: 'http://x' }), []);
  });
});
