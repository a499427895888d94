// Outline, workspace symbols and references across the fixture workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { indexedApi, openSeed, positionOf, SAMPLE } from './helpers';

const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

describe('symbols and references', () => {
  before(indexedApi);

  it('outlines the header and paragraphs, with quotes inside their paragraph', async () => {
    const { document } = await openSeed(SAMPLE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.equal(symbols[0]?.name, 'date 2023-03-08');
    const paragraphs = symbols.filter((s) => s.name.startsWith('¶'));
    assert.equal(paragraphs.length, 9);
    const second = paragraphs[1]!;
    const quote = second.children.find((c) => c.kind === vscode.SymbolKind.String);
    assert.ok(quote, 'the second paragraph holds a quote');
    assert.equal(quote.detail, 'Jens Stoltenberg');
    assert.ok(second.range.contains(quote.range));
  });

  it('finds a person across the workspace with Go to Symbol in Workspace', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'stoltenberg',
    );
    const ours = symbols.filter((s) => s.name === 'Jens Stoltenberg');
    assert.deepEqual(ours.map((s) => fileName(s.location.uri)).sort(), [
      '000_ff2cfafdf74160c4.txt',
      '003_stoltenberg_followup.txt',
    ]);
  });

  it('lists references of an entity in every article', async () => {
    const { document } = await openSeed(SAMPLE);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'Stoltenberg said ahead', 0, 2),
    );
    const files = new Set(locations.map((l) => fileName(l.uri)));
    assert.deepEqual([...files].sort(), ['000_ff2cfafdf74160c4.txt', '003_stoltenberg_followup.txt']);
    const inSample = locations.filter((l) => fileName(l.uri) === SAMPLE).map((l) => document.getText(l.range));
    assert.ok(inSample.includes('Jens Stoltenberg') && inSample.includes('Stoltenberg'), inSample.join(', '));
  });
});
