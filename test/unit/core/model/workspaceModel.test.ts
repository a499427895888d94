// The workspace model: one entry per entity and speaker across the collection's file summaries.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildSourceTree, findNode } from '../../../../src/core/presentation/sourceNodes';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { article } from '../../helpers/summaries';

describe('buildWorkspaceModel', () => {
  const files = [
    article(
      '/w/a.txt',
      [
        ['PER', 'Jens Stoltenberg', ['Jens Stoltenberg', 'Stoltenberg'], 3],
        ['LOC', 'Bakhmut', ['Bakhmut'], 2],
      ],
      [['Jens Stoltenberg', 'PER:jens stoltenberg']],
    ),
    article(
      '/w/b.txt',
      [
        ['PER', 'Stoltenberg', ['Stoltenberg'], 2],
        ['LOC', 'Bakhmut', ['Bakhmut'], 1],
      ],
      [
        ['Stoltenberg', 'PER:stoltenberg'],
        ['officials', 'ANON:officials'],
      ],
    ),
  ];
  const model = buildWorkspaceModel(files);

  it('merges a surname-only entity into the one full name that carries it', () => {
    const person = model.people.find((p) => p.name === 'Jens Stoltenberg');
    assert.equal(model.people.length, 1);
    assert.equal(person?.total, 5);
    assert.deepEqual(
      person?.files.map((f) => f.path),
      ['/w/a.txt', '/w/b.txt'],
    );
  });

  it('groups quotes under the resolved speaker, named by the canonical name', () => {
    const speaker = model.speakers[0]!;
    assert.equal(speaker.name, 'Jens Stoltenberg');
    assert.equal(speaker.quotes.length, 2);
    assert.ok(model.speakers.some((s) => s.key === 'ANON:officials'));
  });

  it('does not merge a surname shared by two full names', () => {
    const ambiguous = buildWorkspaceModel([
      article('/w/a.txt', [
        ['PER', 'Anna Smith', [], 1],
        ['PER', 'John Smith', [], 1],
      ]),
      article('/w/b.txt', [['PER', 'Smith', [], 1]]),
    ]);
    assert.equal(ambiguous.people.length, 3);
  });

  it('counts places by mentions and articles', () => {
    assert.deepEqual(
      model.places.map((p) => [p.name, p.total, p.files.length]),
      [['Bakhmut', 3, 2]],
    );
  });

  it('builds a tree whose nodes know their parents, with filter and sort', () => {
    const roots = buildSourceTree(model, { sort: 'count', fileLabel: (p) => path.basename(p) });
    const article = findNode(roots, 'speaker:PER:jens stoltenberg')?.children[0];
    assert.equal(article?.kind, 'article');
    assert.equal(article?.parent?.parent?.id, 'group:speakers');
    assert.equal(article?.children[0]?.parent, article);
    const filtered = buildSourceTree(model, { sort: 'name', filter: 'bakh', fileLabel: (p) => p });
    assert.deepEqual(
      filtered.map((r) => r.children.length),
      [0, 1, 0, 0],
    );
  });
});
