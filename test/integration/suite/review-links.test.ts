// Issue 16 §2 in a real VS Code: a sidecar from a cloned repository names an entity with a markdown link to
// "Confirm All"; its hovers render only the product's own links. Review commands check their link arguments
// (the article is open, the place is in it, the annotation is its own) before they act.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import { markdownFacts } from '../../unit/helpers/markdownLinks';
import { FOLLOW_UP, hoverText, indexedApi, openSeed, positionOf, seedUri, waitFor, workspaceFolder } from './helpers';

const HOSTILE = 'X") [PWNED](command:seedAnnotator.review.confirmAll?%7B%22threshold%22%3A0%7D) ("';
const sidecar = (): vscode.Uri =>
  vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations', 'seeds', `${FOLLOW_UP}.json`);

function hostileSidecar(text: string): string {
  const at = text.indexOf('Stoltenberg said at');
  const exact = 'Stoltenberg';
  return JSON.stringify({
    '@context': ['http://www.w3.org/ns/anno.jsonld', { seed: 'urn:seed-annotator:' }],
    type: 'AnnotationPage',
    items: [
      {
        id: 'urn:uuid:0b0e0a3c-0000-4000-8000-00000000f00d',
        type: 'Annotation',
        motivation: 'editing',
        created: '2026-12-01T10:00:00Z',
        target: {
          source: `seeds/${FOLLOW_UP}`,
          selector: [
            { type: 'TextQuoteSelector', exact, prefix: text.slice(at - 20, at), suffix: text.slice(at + 11, at + 31) },
            { type: 'TextPositionSelector', start: at, end: at + exact.length },
          ],
        },
        body: {
          type: 'seed:EntityReview',
          'seed:status': 'corrected',
          'seed:entity': 'PER:jens stoltenberg',
          'seed:entityName': 'Jens Stoltenberg',
          'seed:name': HOSTILE,
        },
      },
      {
        id: 'urn:uuid:0b0e0a3c-0000-4000-8000-00000000f00e',
        type: 'Annotation',
        motivation: 'commenting',
        created: '2026-12-01T10:00:00Z',
        target: {
          source: `seeds/${FOLLOW_UP}`,
          selector: [{ type: 'TextQuoteSelector', exact: 'press conference in Brussels' }],
        },
        body: { type: 'TextualBody', value: `${HOSTILE}\n# Heading`, purpose: 'commenting' },
      },
    ],
  });
}

describe('hostile sidecar links in hovers', function () {
  this.timeout(120_000);
  let api: SeedAnnotatorApi;
  let document: vscode.TextDocument;

  before(async () => {
    api = await indexedApi();
    document = (await openSeed(FOLLOW_UP)).document;
    await vscode.workspace.fs.writeFile(sidecar(), new TextEncoder().encode(hostileSidecar(document.getText())));
    await api.reviews.refresh(seedUri(FOLLOW_UP));
    await waitFor(() => api.reviews.annotationsFor(seedUri(FOLLOW_UP)).length === 2, 'the hostile sidecar read');
  });

  after(async () => {
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
    await api.reviews.refresh(seedUri(FOLLOW_UP));
    await api.whenIndexed();
  });

  it('renders no link but the product’s own on the renamed entity and the note', async () => {
    for (const [needle, into] of [
      ['Stoltenberg said at', 3],
      ['press conference in Brussels', 3],
    ] as const) {
      const text = await waitFor(async () => {
        const t = await hoverText(document, positionOf(document, needle, 0, into));
        return t.includes('PWNED') ? t : undefined;
      }, `a hover naming the hostile text at “${needle}”`);
      // Parsed as CommonMark: escaped brackets are text, not links.
      const facts = markdownFacts(text);
      assert.ok(facts.links.length > 0);
      for (const target of facts.links) {
        assert.match(target, /^command:seedAnnotator\.(revealRange|review\.\w+)\?/, target);
        assert.doesNotMatch(target, /confirmAll/);
      }
      assert.ok(!facts.titles.includes('PWNED'));
      assert.equal(facts.headings, 0, 'no heading');
    }
  });

  it('refuses link arguments that name no open article, a place outside it, or another article’s annotation', async () => {
    const closed = vscode.Uri.joinPath(workspaceFolder(), 'seeds', 'never-opened.txt').toString();
    assert.equal(await vscode.commands.executeCommand('seedAnnotator.review.confirmSpeaker', closed, 10), false);
    const open = document.uri.toString();
    assert.equal(await vscode.commands.executeCommand('seedAnnotator.review.confirmSpeaker', open, 10_000_000), false);
    assert.equal(await vscode.commands.executeCommand('seedAnnotator.review.confirmSpeaker', open, -1), false);
    assert.equal(
      await vscode.commands.executeCommand('seedAnnotator.review.removeFromLink', open, 'urn:uuid:not-in-this-article'),
      false,
    );
    assert.equal(api.reviews.annotationsFor(seedUri(FOLLOW_UP)).length, 2, 'nothing was removed');
  });
});
