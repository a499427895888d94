// Issue 16 §4/§5 in a real VS Code: a sidecar that is a folder, a FIFO or beyond the caps gets a diagnostic
// and is never read (a FIFO can't hang the watcher); a sidecar write never follows a symbolic link out of
// the collection.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { indexedApi, MISSING_HEADER, openSeed, seedUri, UNBALANCED, waitFor, workspaceFolder } from './helpers';

const sidecarOf = (name: string): vscode.Uri =>
  vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations', 'seeds', `${name}.json`);
const codes = (uri: vscode.Uri): string[] => vscode.languages.getDiagnostics(uri).map((d) => String(d.code));

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms)),
  ]);

describe('sidecars that are not plain files', function () {
  this.timeout(120_000);
  let api: SeedAnnotatorApi;
  const made: string[] = [];

  before(async () => {
    api = await indexedApi();
    fs.mkdirSync(path.dirname(sidecarOf(UNBALANCED).fsPath), { recursive: true });
  });

  after(async () => {
    for (const p of made.reverse()) fs.rmSync(p, { recursive: true, force: true });
    for (const name of [UNBALANCED, MISSING_HEADER]) await api.reviews.refresh(seedUri(name));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a sidecar that is a folder: a diagnostic, the machine annotations stay', async () => {
    const sidecar = sidecarOf(UNBALANCED);
    fs.mkdirSync(sidecar.fsPath);
    made.push(sidecar.fsPath);
    await api.reviews.refresh(seedUri(UNBALANCED));
    await waitFor(() => codes(sidecar).includes('invalid-sidecar'), 'a diagnostic on the folder', 25_000);
    assert.match(vscode.languages.getDiagnostics(sidecar)[0]!.message, /it is a folder/);
  });

  it('a FIFO is never opened: reading the reviews returns, with a diagnostic', async function () {
    if (process.platform === 'win32') this.skip();
    const sidecar = sidecarOf(MISSING_HEADER);
    assert.equal(spawnSync('mkfifo', [sidecar.fsPath]).status, 0, 'mkfifo');
    made.push(sidecar.fsPath);
    await within(api.reviews.refresh(seedUri(MISSING_HEADER)), 20_000, 'reading a FIFO sidecar');
    await waitFor(() => codes(sidecar).includes('invalid-sidecar'), 'a diagnostic on the FIFO', 25_000);
    assert.match(vscode.languages.getDiagnostics(sidecar)[0]!.message, /pipe, socket or device/);
    fs.rmSync(sidecar.fsPath);
  });

  it('a sidecar above 5 MB is not applied, and says so', async () => {
    const sidecar = sidecarOf(MISSING_HEADER);
    const padding = 'x'.repeat(5_100_000);
    fs.writeFileSync(sidecar.fsPath, JSON.stringify({ type: 'AnnotationPage', items: [], padding }));
    made.push(sidecar.fsPath);
    await api.reviews.refresh(seedUri(MISSING_HEADER));
    await waitFor(() => codes(sidecar).includes('review-not-applied'), 'a cap diagnostic', 25_000);
    assert.match(vscode.languages.getDiagnostics(sidecar)[0]!.message, /not apply the review/);
  });

  it('never writes a sidecar through a symbolic link', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-outside-'));
    made.push(outside);
    const seedsSidecars = path.dirname(sidecarOf(UNBALANCED).fsPath);
    const moved = `${seedsSidecars}.moved`;
    fs.renameSync(seedsSidecars, moved);
    fs.symlinkSync(outside, seedsSidecars);
    try {
      // The folder sidecar of the first test is out of the way now: the article's review is usable again.
      await api.reviews.refresh(seedUri(UNBALANCED));
      assert.equal(api.reviews.errorFor(seedUri(UNBALANCED)), undefined);
      const editor = await openSeed(UNBALANCED);
      const noted = await vscode.commands.executeCommand<boolean>(
        'seedAnnotator.review.addNote',
        editor.document.uri.toString(),
        20,
        30,
        { text: 'through a link' },
      );
      assert.equal(noted, false);
      assert.deepEqual(fs.readdirSync(outside), [], 'nothing written outside the collection');
    } finally {
      fs.rmSync(seedsSidecars);
      fs.renameSync(moved, seedsSidecars);
    }
  });
});
