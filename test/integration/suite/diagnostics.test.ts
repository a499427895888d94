// Diagnostics from the engine's problems: codes on the fixtures, severity settings, live updates, quick fixes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codesOf,
  extensionApi,
  MISSING_HEADER,
  openSeed,
  positionOf,
  revertActiveEditor,
  SAMPLE,
  UNBALANCED,
  waitFor,
} from './helpers';

const KNOWN_CODES = new Set([
  'unattributed-quote',
  'ambiguous-attribution',
  'ambiguous-speaker',
  'unbalanced-quote',
  'anonymous-source',
  'missing-header',
  'malformed-header',
  'impossible-date',
  'future-date',
  'truncated-input',
  'engine-error',
  'bidi-control',
]);

async function setSeverity(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('seedAnnotator')
    .update('diagnostics.severity', value, vscode.ConfigurationTarget.Global);
}

describe('diagnostics', () => {
  before(extensionApi);
  afterEach(async () => {
    await revertActiveEditor();
    await setSeverity(undefined);
  });

  it('reports a missing header, and nothing header-related on the sample', async () => {
    const missing = await openSeed(MISSING_HEADER);
    await waitFor(() => codesOf(missing.document.uri).includes('missing-header'), 'missing-header on 001');
    const sample = await openSeed(SAMPLE);
    await waitFor(
      () => vscode.languages.getDiagnostics(sample.document.uri) !== undefined && sample.document.languageId === 'seed',
      'the sample as a seed file',
    );
    const codes = codesOf(sample.document.uri);
    for (const code of codes) assert.ok(KNOWN_CODES.has(code), `unknown code ${code}`);
    assert.ok(!codes.some((c) => c.endsWith('-header') || c.endsWith('-date')), `unexpected ${codes.join(', ')}`);
  });

  it('reports an unbalanced quotation mark', async () => {
    const editor = await openSeed(UNBALANCED);
    await waitFor(() => codesOf(editor.document.uri).includes('unbalanced-quote'), 'unbalanced-quote on 002');
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) assert.equal(d.source, 'Seed Annotator');
  });

  it('reports the anonymous sources ("Officials said", "A source in the state government said")', async () => {
    const editor = await openSeed(UNBALANCED);
    await waitFor(() => codesOf(editor.document.uri).includes('unbalanced-quote'), 'the analysis of 002');
    assert.ok(
      codesOf(editor.document.uri).includes('anonymous-source'),
      `codes: ${codesOf(editor.document.uri).join(', ')}`,
    );
  });

  it('follows the severity setting per code, including off', async () => {
    const editor = await openSeed(MISSING_HEADER);
    const uri = editor.document.uri;
    await waitFor(() => codesOf(uri).includes('missing-header'), 'missing-header');
    await setSeverity({ 'missing-header': 'error' });
    await waitFor(
      () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.code === 'missing-header')?.severity ===
        vscode.DiagnosticSeverity.Error,
      'missing-header as an error',
    );
    await setSeverity({ 'missing-header': 'off' });
    await waitFor(() => !codesOf(uri).includes('missing-header'), 'missing-header switched off');
  });

  it('updates diagnostics after an edit, and back after the edit is undone', async () => {
    const editor = await openSeed(MISSING_HEADER);
    const uri = editor.document.uri;
    await waitFor(() => codesOf(uri).includes('missing-header'), 'missing-header before the edit');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'date 2024-09-02 '));
    await waitFor(() => !codesOf(uri).includes('missing-header'), 'missing-header gone after adding a header');
    await editor.edit((b) =>
      b.insert(
        editor.document.positionAt(editor.document.getText().length),
        '\n\n“This quotation never ends, said nobody.\n',
      ),
    );
    await waitFor(() => codesOf(uri).includes('unbalanced-quote'), 'unbalanced-quote after the edit');
    await revertActiveEditor();
    await waitFor(
      () => codesOf(uri).includes('missing-header') && !codesOf(uri).includes('unbalanced-quote'),
      'diagnostics back after revert',
    );
  });

  it('offers quick fixes that insert a header and close a quotation', async () => {
    const missing = await openSeed(MISSING_HEADER);
    const headerDiagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(missing.document.uri).find((d) => d.code === 'missing-header'),
      'missing-header',
    );
    const headerFixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      missing.document.uri,
      headerDiagnostic.range,
    );
    const insertHeader = headerFixes.find((a) => a.title.startsWith('Insert header'));
    assert.ok(insertHeader?.edit, `actions: ${headerFixes.map((a) => a.title).join(' | ')}`);
    assert.equal(missing.document.isDirty, false, 'offering a fix must not edit');
    assert.ok(await vscode.workspace.applyEdit(insertHeader.edit));
    assert.match(missing.document.lineAt(0).text, /^date \d{4}-\d{2}-\d{2} Farmers/);
    await waitFor(() => !codesOf(missing.document.uri).includes('missing-header'), 'missing-header fixed');
    await revertActiveEditor();

    const unbalanced = await openSeed(UNBALANCED);
    const quoteDiagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(unbalanced.document.uri).find((d) => d.code === 'unbalanced-quote'),
      'unbalanced-quote',
    );
    const quoteFixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      unbalanced.document.uri,
      quoteDiagnostic.range,
    );
    const close = quoteFixes.find((a) => a.title.startsWith('Close the quotation'));
    assert.ok(close?.edit, `actions: ${quoteFixes.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(close.edit));
    await waitFor(() => !codesOf(unbalanced.document.uri).includes('unbalanced-quote'), 'unbalanced-quote fixed');
    assert.ok(
      unbalanced.document.getText().includes('cut off,” Mayor') ||
        unbalanced.document.getText().includes('reporters.”'),
    );
  });

  it('offers curly quotation marks for a paragraph with straight ones', async () => {
    const editor = await openSeed(MISSING_HEADER);
    await editor.edit((b) =>
      b.insert(editor.document.positionAt(editor.document.getText().length), '\n\n"We will see," a grower said.\n'),
    );
    const at = positionOf(editor.document, '"We will see');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(at, at),
    );
    const curly = actions.find((a) => a.title === 'Use curly quotation marks in this paragraph');
    assert.ok(curly?.edit);
    assert.ok(await vscode.workspace.applyEdit(curly.edit));
    assert.ok(editor.document.getText().includes('“We will see,” a grower said.'));
  });
});
