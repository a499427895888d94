// The review layer in a real VS Code: lightbulb, quick pick, additions, live re-anchoring, orphans,
// sidecars read back, written by other tools, invalid ones left alone, undo.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { nameChoices } from '../../../src/core/review/choices';
import { parseSidecar } from '../../../src/core/review/jsonld';
import type { SeedAnnotatorApi } from '../../../src/extension/desktop';
import {
  codesOf,
  FOLLOW_UP,
  hoverText,
  indexedApi,
  openSeed,
  positionOf,
  revertActiveEditor,
  SAMPLE,
  seedUri,
  UNBALANCED,
  waitFor,
  workspaceFolder,
} from './helpers';

const sidecarOf = (name: string): vscode.Uri =>
  vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations', 'seeds', `${name}.json`);
const readJson = async (uri: vscode.Uri): Promise<unknown> =>
  JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
const exists = async (uri: vscode.Uri): Promise<boolean> =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
const write = (uri: vscode.Uri, text: string): Thenable<void> =>
  vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

/** Accepts the active item of the quick pick a command opens, once it is open; resolves to the command's result. */
async function acceptWhenShown<T>(pending: Thenable<T>, moveDown = 0): Promise<T> {
  let settled = false;
  const result = Promise.resolve(pending).finally(() => (settled = true));
  const deadline = Date.now() + 15_000;
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (let i = 0; i < moveDown; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
  while (!settled && Date.now() < deadline) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([result, new Promise((resolve) => setTimeout(resolve, 250))]);
  }
  return result;
}

/** File watcher events can take a while on a loaded machine. */
const WATCHER_MS = 25_000;

describe('review layer', () => {
  let api: SeedAnnotatorApi;
  const ran = new Set<string>();
  const run = async <T>(command: string, ...args: unknown[]): Promise<T> => {
    ran.add(command);
    return vscode.commands.executeCommand<T>(command, ...args);
  };
  const quoteAt = (document: vscode.TextDocument, needle: string) => {
    const offset = document.offsetAt(positionOf(document, needle, 0, 2));
    const quote = api.store.analysisFor(document)!.quotes.find((q) => q.start <= offset && offset < q.end);
    assert.ok(quote, `no quote at “${needle}”`);
    return quote;
  };

  before(async () => {
    api = await indexedApi();
  });

  after(async () => {
    await revertActiveEditor();
    for (const name of [SAMPLE, FOLLOW_UP, UNBALANCED])
      await vscode.workspace.fs.delete(sidecarOf(name)).then(undefined, () => undefined);
    await vscode.workspace.fs
      .delete(vscode.Uri.joinPath(workspaceFolder(), '.seed-annotations'), { recursive: true })
      .then(undefined, () => undefined);
    await waitFor(
      () => api.reviews.articles().every((a) => !api.reviews.annotationsFor(a).length),
      'the review layer emptied',
      WATCHER_MS,
    );
    await api.whenIndexed();
  });

  it('confirms a speaker from the lightbulb and writes the sidecar', async () => {
    const editor = await openSeed(SAMPLE);
    const at = positionOf(editor.document, 'They have suffered big losses', 0, 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(at, at),
    );
    const confirm = actions.find((a) => a.title.startsWith('Confirm speaker'));
    assert.ok(confirm?.command, `no confirm action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(confirm.title, /Jens Stoltenberg/);
    assert.ok(actions.some((a) => a.title === 'Change speaker…') && actions.some((a) => a.title === 'Not a quote'));
    await run(confirm.command.command, ...(confirm.command.arguments ?? []));
    const sidecar = sidecarOf(SAMPLE);
    await waitFor(() => exists(sidecar), 'the sidecar file');
    const quote = quoteAt(editor.document, 'They have suffered big losses');
    assert.equal(quote.review?.status, 'confirmed');
    assert.match(await hoverText(editor.document, at), /Jens Stoltenberg\*\* — confirmed/);
  });

  it('writes the sidecar as the W3C Web Annotation JSON-LD of the contract', async () => {
    const editor = await openSeed(SAMPLE);
    const page = (await readJson(sidecarOf(SAMPLE))) as {
      '@context': unknown[];
      type: string;
      items: Record<string, unknown>[];
    };
    assert.equal(page['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.deepEqual(page['@context'][1], { seed: 'urn:seed-annotator:' });
    assert.equal(page.type, 'AnnotationPage');
    assert.equal(page.items.length, 1);
    const item = page.items[0] as {
      id: string;
      type: string;
      motivation: string;
      created: string;
      target: { source: string; selector: Record<string, unknown>[] };
      body: Record<string, unknown>;
    };
    assert.match(item.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(item.type, 'Annotation');
    assert.ok(['editing', 'assessing'].includes(item.motivation));
    assert.match(item.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(item.target.source, `seeds/${SAMPLE}`);
    const quoteSelector = item.target.selector.find((s) => s.type === 'TextQuoteSelector') as {
      exact: string;
      prefix: string;
      suffix: string;
    };
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector') as {
      start: number;
      end: number;
    };
    const text = editor.document.getText();
    assert.equal(text.slice(position.start, position.end), quoteSelector.exact);
    assert.equal(quoteSelector.prefix, text.slice(Math.max(0, position.start - 32), position.start));
    assert.equal(quoteSelector.suffix, text.slice(position.end, position.end + 32));
    assert.deepEqual(item.body, {
      type: 'seed:QuoteReview',
      'seed:status': 'confirmed',
      'seed:machineSpeaker': 'Jens Stoltenberg',
    });
    assert.equal(parseSidecar(JSON.stringify(page)).annotations.length, 1);
  });

  it('changes a speaker through the quick pick, and the Sources view follows', async () => {
    const editor = await openSeed(SAMPLE);
    const needle = 'This is an issue that NATO Allies';
    const quote = quoteAt(editor.document, needle);
    const machine = quote.speaker!.name;
    const analysis = api.store.analysisFor(editor.document)!;
    const choices = nameChoices(quote.speaker?.candidates ?? [], analysis.entities, []);
    const index =
      choices.findIndex((c) => c.name !== machine && c.type === 'PER') >= 0
        ? choices.findIndex((c) => c.name !== machine && c.type === 'PER')
        : choices.findIndex((c) => c.name !== machine);
    const expected = choices[index]!.name;
    const offset = editor.document.offsetAt(positionOf(editor.document, needle, 0, 2));
    assert.equal(
      await acceptWhenShown(
        run<boolean>('seedAnnotator.review.changeSpeaker', editor.document.uri.toString(), offset),
        index,
      ),
      true,
    );
    const after = quoteAt(editor.document, needle);
    assert.equal(after.speaker?.name, expected);
    assert.equal(after.review?.status, 'corrected');
    assert.equal(after.review?.machine, machine);
    assert.match(
      await hoverText(editor.document, editor.document.positionAt(offset)),
      new RegExp(`corrected \\(the engine said ${machine}\\)`),
    );
    await api.whenIndexed();
    const model = api.index.model();
    const speaker = await waitFor(
      () =>
        api.index
          .model()
          .speakers.find(
            (s) => s.name === expected && s.quotes.some((q) => q.quote.text.startsWith('This is an issue')),
          ),
      `${expected} holding the quote`,
    );
    assert.ok(speaker);
    assert.ok(
      !model.speakers.find((s) => s.name === machine)?.quotes.some((q) => q.quote.text.startsWith('This is an issue')),
      "the quote left the engine's speaker",
    );
  });

  it('adds a quote from a selection, and a note', async () => {
    const editor = await openSeed(SAMPLE);
    const text = 'the city is “tactical” for Ukraine';
    const start = editor.document.getText().indexOf('that the city is');
    assert.ok(start > 0);
    const added = await run<boolean>(
      'seedAnnotator.review.addQuote',
      editor.document.uri.toString(),
      start,
      start + 'that the city is “tactical” for Ukraine'.length,
      { name: 'Volodymyr Zelensky' },
    );
    assert.equal(added, true);
    const quote = api.store.analysisFor(editor.document)!.quotes.find((q) => q.review?.status === 'added');
    assert.ok(quote, 'no added quote');
    assert.equal(quote.speaker?.name, 'Volodymyr Zelensky');
    assert.ok(editor.document.getText().slice(quote.start, quote.end).endsWith(text));
    const noted = await run<boolean>(
      'seedAnnotator.review.addNote',
      editor.document.uri.toString(),
      start,
      start + 10,
      { text: 'Check the interview transcript' },
    );
    assert.equal(noted, true);
    assert.match(
      await hoverText(editor.document, editor.document.positionAt(start + 2)),
      /Check the interview transcript/,
    );
    const note = api.store.analysisFor(editor.document)!.review.notes[0]!;
    assert.equal(await run('seedAnnotator.review.removeAnnotation', editor.document.uri.toString(), note.id), true);
    assert.equal(api.store.analysisFor(editor.document)!.review.notes.length, 0);
    const claimStart = editor.document.getText().indexOf('The Institute for the Study of War');
    const claimEnd = editor.document.getText().indexOf('.', claimStart);
    assert.equal(
      await run('seedAnnotator.review.addClaim', editor.document.uri.toString(), claimStart, claimEnd, {
        name: 'Institute for the Study of War',
        type: 'ORG',
      }),
      true,
    );
    assert.ok(
      api.store
        .analysisFor(editor.document)!
        .claims.some(
          (c) =>
            c.review?.status === 'added' &&
            c.content.start === claimStart &&
            c.source.name === 'Institute for the Study of War',
        ),
    );
  });

  it('keeps annotations in place when text above them is edited', async () => {
    const editor = await openSeed(SAMPLE);
    const before = quoteAt(editor.document, 'They have suffered big losses');
    const id = before.review!.annotation;
    const stored = () => api.reviews.annotationsFor(editor.document.uri).find((a) => a.id === id)!;
    const oldStart = stored().selectors.position!.start;
    const para = editor.document.getText().indexOf('“And over the last weeks');
    await editor.edit((b) => b.insert(editor.document.positionAt(para), 'UPDATE: '));
    assert.equal(stored().selectors.position!.start, oldStart + 8, 'the live edit shifted the annotation');
    await waitFor(() => api.store.get(editor.document), 'the edited article analysed');
    const after = quoteAt(editor.document, 'They have suffered big losses');
    assert.equal(after.review?.annotation, id);
    assert.equal(after.review?.status, 'confirmed');
    await revertActiveEditor();
  });

  it('orphans an annotation whose text was edited, and lists it', async () => {
    const editor = await openSeed(SAMPLE);
    const start = editor.document.getText().indexOf('They have suffered big losses');
    await editor.edit((b) =>
      b.replace(
        new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + 80)),
        'Completely different words now stand here instead of the old ones, rewritten.',
      ),
    );
    const analysis = await waitFor(() => api.store.get(editor.document), 'the edited article analysed');
    assert.equal(analysis.review.orphans.length, 1);
    await waitFor(
      () => codesOf(editor.document.uri).includes('orphaned-annotation'),
      'an orphaned-annotation diagnostic',
    );
    await api.whenIndexed();
    const review = api.sources.getChildren().find((n) => n.id === 'group:review')!;
    const orphans = review.children.find((n) => n.id === 'review:orphans')!;
    await waitFor(
      () =>
        api.sources
          .getChildren()
          .find((n) => n.id === 'group:review')!
          .children.find((n) => n.id === 'review:orphans')!.childCount === 1,
      'one orphan in the tree',
    );
    assert.ok(orphans);
    await revertActiveEditor();
    const restored = await waitFor(() => api.store.get(editor.document), 'the reverted article analysed');
    assert.equal(restored.review.orphans.length, 0, 'back in place once the text is back');
  });

  it('walks the review flow with single keys', async () => {
    const editor = await openSeed(SAMPLE);
    const before = api.store.analysisFor(editor.document)!.review.reviewed;
    assert.equal(
      await acceptWhenShown(run<boolean>('seedAnnotator.review.next', editor.document.uri.toString(), 0)),
      true,
    );
    assert.equal(api.store.analysisFor(editor.document)!.review.reviewed, before + 1);
  });

  it('reviews claims: verdict, source, confirm all, reject', async () => {
    const editor = await openSeed(SAMPLE);
    const offset = editor.document.getText().indexOf('that they are in full control') + 12;
    assert.equal(
      await run('seedAnnotator.review.setVerdict', editor.document.uri.toString(), offset, {
        verdict: 'mostly-true',
        note: 'Partly confirmed by ISW',
        evidence: ['https://example.org/isw'],
      }),
      true,
    );
    const claim = api.store
      .analysisFor(editor.document)!
      .claims.find((c) => c.content.start <= offset && offset < c.content.end)!;
    assert.equal(claim.review?.verdict, 'mostly-true');
    assert.match(await hoverText(editor.document, editor.document.positionAt(offset)), /Verdict: Mostly true/);
    assert.equal(
      await run('seedAnnotator.review.correctClaimSource', editor.document.uri.toString(), offset, {
        name: 'Russian Defence Ministry',
        type: 'ORG',
      }),
      true,
    );
    const corrected = api.store
      .analysisFor(editor.document)!
      .claims.find((c) => c.content.start <= offset && offset < c.content.end)!;
    assert.equal(corrected.source.name, 'Russian Defence Ministry');
    assert.equal(corrected.review?.verdict, 'mostly-true', 'the verdict stays when the source changes');
    assert.equal(await run('seedAnnotator.review.confirmClaim', editor.document.uri.toString(), offset), true);
    const before = api.store.analysisFor(editor.document)!.review.reviewed;
    const confirmed = await run<number>('seedAnnotator.review.confirmAll', editor.document.uri.toString(), 0, {
      threshold: 0,
    });
    assert.ok(confirmed > 0);
    const analysis = api.store.analysisFor(editor.document)!;
    assert.equal(analysis.review.reviewed, before + confirmed);
    assert.equal(
      analysis.review.reviewed,
      analysis.review.total -
        analysis.quotes.filter((q) => !q.review && !q.speaker).length -
        analysis.claims.filter((c) => !c.review && !c.source.name).length,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-review-export-'));
    try {
      const claimReview = vscode.Uri.file(path.join(dir, 'claims.jsonld'));
      assert.equal(
        (await run<vscode.Uri>('seedAnnotator.review.exportClaimReview', claimReview))?.fsPath,
        claimReview.fsPath,
      );
      const graph = (
        JSON.parse(fs.readFileSync(claimReview.fsPath, 'utf8')) as { '@graph': Record<string, unknown>[] }
      )['@graph'];
      assert.ok(
        graph.some((entry) => entry['@type'] === 'ClaimReview' && JSON.stringify(entry).includes('Mostly true')),
        JSON.stringify(graph).slice(0, 400),
      );
      const w3c = vscode.Uri.file(path.join(dir, 'annotations.jsonld'));
      await run('seedAnnotator.review.exportWebAnnotations', w3c);
      const text = fs.readFileSync(w3c.fsPath, 'utf8');
      const collection = JSON.parse(text) as { type: string };
      assert.equal(collection.type, 'AnnotationCollection');
      assert.match(text, /"Software"/, 'machine annotations carry a Software creator');
      assert.ok(
        api.reviews.annotationsFor(editor.document.uri).every((a) => text.includes(a.id)),
        'every reader annotation is exported',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const claimsBefore = analysis.claims.length;
    assert.equal(await run('seedAnnotator.review.rejectClaim', editor.document.uri.toString(), offset), true);
    assert.equal(api.store.analysisFor(editor.document)!.claims.length, claimsBefore - 1);
  });

  it('changes, renames and merges entities across articles, and undoes a merge', async () => {
    const editor = await openSeed(SAMPLE);
    const offsetOf = (needle: string) => editor.document.offsetAt(positionOf(editor.document, needle, 0, 2));
    assert.equal(
      await run('seedAnnotator.review.renameEntity', editor.document.uri.toString(), offsetOf('Yevgeny Prigozhin'), {
        name: 'Yevgeny V. Prigozhin',
      }),
      true,
    );
    await waitFor(
      () => api.index.model().people.some((p) => p.name === 'Yevgeny V. Prigozhin'),
      'the renamed person in the model',
    );
    assert.equal(
      await run('seedAnnotator.review.changeEntityType', editor.document.uri.toString(), offsetOf('Bakhmutka River'), {
        type: 'none',
      }),
      true,
    );
    assert.ok(!api.store.analysisFor(editor.document)!.entities.some((e) => e.name.includes('Bakhmutka')));
    assert.equal(
      await run('seedAnnotator.review.mergeEntity', editor.document.uri.toString(), offsetOf('Russia is storming'), {
        into: 'LOC:ukraine',
      }),
      true,
    );
    const merged = await waitFor(
      () => api.index.model().entities.get('LOC:ukraine')?.aliases.includes('Russia'),
      'Russia merged into Ukraine everywhere',
    );
    assert.ok(merged);
    assert.ok(!api.index.model().entities.has('LOC:russia'));
    assert.equal(
      await run('seedAnnotator.review.unmergeEntity', editor.document.uri.toString(), offsetOf('Russia is storming')),
      true,
    );
    await waitFor(() => api.index.model().entities.has('LOC:russia'), 'the merge undone');
  });

  it('splits one mention off a person: only that mention changes, and undo brings it back', async () => {
    const editor = await openSeed(SAMPLE);
    const offset = editor.document.offsetAt(positionOf(editor.document, 'Stoltenberg said the capture', 0, 2));
    const entityAt = () =>
      api.store
        .analysisFor(editor.document)!
        .entities.find((e) => e.mentions.some((m) => m.start <= offset && offset < m.end));
    const before = entityAt()!;
    assert.match(await hoverText(editor.document, editor.document.positionAt(offset)), /Different person…/);
    assert.equal(
      await run('seedAnnotator.review.splitMention', editor.document.uri.toString(), offset, { name: 'Erna Solberg' }),
      true,
    );
    const after = entityAt()!;
    assert.equal(after.name, 'Erna Solberg');
    assert.equal(after.mentions.length, 1);
    const rest = api.store.analysisFor(editor.document)!.entities.find((e) => e.name === before.name)!;
    assert.equal(rest.mentions.length, before.mentions.length - 1, 'the other mentions stay with the person');
    await waitFor(() => api.index.model().people.some((p) => p.name === 'Erna Solberg'), 'the split person indexed');
    assert.equal(await run('seedAnnotator.review.undo'), 'Different person: Erna Solberg');
    assert.equal(entityAt()!.name, before.name);
  });

  it('settles a flagged quote with no speaker named, rejects a quote, and undoes the last action', async () => {
    const editor = await openSeed(SAMPLE);
    const offset = editor.document.offsetAt(positionOf(editor.document, 'And over the last weeks', 0, 2));
    assert.equal(await run('seedAnnotator.review.noSpeaker', editor.document.uri.toString(), offset), true);
    assert.equal(quoteAt(editor.document, 'And over the last weeks').speaker, null);
    const count = api.store.analysisFor(editor.document)!.quotes.length;
    assert.equal(await run('seedAnnotator.review.notAQuote', editor.document.uri.toString(), offset), true);
    assert.equal(api.store.analysisFor(editor.document)!.quotes.length, count - 1);
    assert.match(
      await hoverText(editor.document, editor.document.positionAt(offset)),
      /Not a quote\*\* — rejected by a reader/,
    );
    assert.equal(await run('seedAnnotator.review.undo'), 'Not a quote');
    assert.equal(api.store.analysisFor(editor.document)!.quotes.length, count);
  });

  it('reads annotations other tools wrote into a sidecar, and follows changes on disk', async () => {
    const { document } = await openSeed(FOLLOW_UP);
    const text = document.getText();
    const quote = api.store.analysisFor(document)!.quotes.find((q) => !q.partial)!;
    const page = {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { seed: 'urn:seed-annotator:' }],
      type: 'AnnotationPage',
      items: [
        {
          id: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
          type: 'Annotation',
          motivation: 'editing',
          created: '2026-11-30T10:00:00Z',
          target: {
            source: `seeds/${FOLLOW_UP}`,
            selector: [
              {
                type: 'TextQuoteSelector',
                exact: text.slice(quote.start, quote.end),
                prefix: text.slice(Math.max(0, quote.start - 32), quote.start),
                suffix: text.slice(quote.end, quote.end + 32),
              },
              { type: 'TextPositionSelector', start: quote.start, end: quote.end },
            ],
          },
          body: { type: 'seed:QuoteReview', 'seed:status': 'corrected', 'seed:speaker': 'Wolf Blitzer' },
        },
      ],
    };
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(sidecarOf(FOLLOW_UP), '..'));
    await write(sidecarOf(FOLLOW_UP), JSON.stringify(page));
    await waitFor(
      () =>
        api.store
          .analysisFor(document)!
          .quotes.some((q) => q.start === quote.start && q.speaker?.name === 'Wolf Blitzer'),
      "the other tool's correction applied",
      WATCHER_MS,
    ).catch((error: Error) => {
      const held = api.reviews.annotationsFor(document.uri).length;
      const known = api.reviews
        .articles()
        .map((a) => a.path.split('/').pop())
        .join(', ');
      return api.reviews.refresh(document.uri).then(() => {
        throw new Error(
          `${error.message}; the review store held ${held} annotation(s) for ${document.uri.toString()} (error: ${api.reviews.errorFor(document.uri) ?? 'none'}; articles: ${known}); after a refresh: ${api.reviews.annotationsFor(document.uri).length}`,
        );
      });
    });
    await waitFor(
      () =>
        api.index
          .model()
          .speakers.some((s) => s.name === 'Wolf Blitzer' && s.quotes.some((q) => q.path.endsWith(FOLLOW_UP))),
      'the index following the sidecar',
      WATCHER_MS,
    );
  });

  it('leaves an invalid sidecar alone and reports it', async () => {
    const sidecar = sidecarOf(UNBALANCED);
    const editor = await openSeed(UNBALANCED);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(sidecar, '..'));
    await write(sidecar, '{ "type": "AnnotationPage", "items": [ ');
    await waitFor(
      () => vscode.languages.getDiagnostics(sidecar).some((d) => d.code === 'invalid-sidecar'),
      'a diagnostic on the sidecar',
      WATCHER_MS,
    );
    const quote = api.store.analysisFor(editor.document)!.quotes[0];
    assert.ok(quote);
    assert.equal(await run('seedAnnotator.review.notAQuote', editor.document.uri.toString(), quote.start + 1), false);
    assert.equal(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)),
      '{ "type": "AnnotationPage", "items": [ ',
    );
    assert.ok(api.store.analysisFor(editor.document)!.quotes.length > 0, 'the machine annotations stay');
  });

  it('reads everything back as after a reload', async () => {
    const Store = api.reviews.constructor as new () => typeof api.reviews;
    const fresh = new Store();
    try {
      await fresh.loadAll();
      const article = seedUri(SAMPLE);
      const ids = (s: typeof api.reviews) =>
        s
          .annotationsFor(article)
          .map((a) => a.id)
          .sort();
      assert.ok(ids(api.reviews).length >= 3);
      assert.deepEqual(ids(fresh), ids(api.reviews));
    } finally {
      fresh.dispose();
    }
  });

  it('has run every review command', () => {
    const contributed = (
      vscode.extensions.getExtension('seed-annotator.seed-annotator')!.packageJSON as {
        contributes: { commands: { command: string }[] };
      }
    ).contributes.commands
      .map((c) => c.command)
      .filter((c) => c.startsWith('seedAnnotator.review.'));
    assert.deepEqual(
      contributed.filter((c) => !ran.has(c)),
      [],
    );
  });
});
