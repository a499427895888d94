// Smoke test in a pure web host (Code-OSS web build, as on vscode.dev): a virtual file system, workers
// started straight from the extension's http URI, the index, hovers and problems.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codesOf,
  FOLLOW_UP,
  hoverText,
  indexedApi,
  MISSING_HEADER,
  openSeed,
  positionOf,
  SAMPLE,
  UNBALANCED,
  waitFor,
  workspaceFolder,
} from '../../integration/suite/helpers';

const baseName = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

describe('pure web host', () => {
  it('runs the browser entry on a virtual workspace', async () => {
    await indexedApi();
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(workspaceFolder().scheme, 'vscode-test-web');
  });

  it('indexes the fixture articles through workspace.fs', async () => {
    const api = await indexedApi();
    assert.deepEqual(
      api.index
        .summaries()
        .map((s) => baseName(s.path))
        .sort(),
      [SAMPLE, MISSING_HEADER, UNBALANCED, FOLLOW_UP].sort(),
    );
    assert.ok(api.index.model().speakers.some((s) => s.name === 'Jens Stoltenberg'));
  });

  it('analyses in Web Workers', async () => {
    const api = await indexedApi();
    assert.ok(await api.service.workers(), 'no analysis workers started');
    const { analysis } = await api.service.analyze(
      'date 2024-05-02 “We will rebuild the bridge,” said Maria Lopez, the mayor.\n',
    );
    assert.equal(analysis.quotes[0]?.speaker?.name, 'Maria Lopez');
    assert.equal(api.service.mode, 'workers');
  });

  it('shows problems and hovers on an open article', async () => {
    const missing = await openSeed(MISSING_HEADER);
    await waitFor(() => codesOf(missing.document.uri).includes('missing-header'), 'missing-header on 001');
    const { document } = await openSeed(SAMPLE);
    const text = await waitFor(async () => {
      const hover = await hoverText(document, positionOf(document, 'Stoltenberg said ahead', 0, 3));
      return /Jens Stoltenberg/.test(hover) ? hover : '';
    }, 'a hover naming Jens Stoltenberg');
    assert.match(text, /person/);
  });
});
