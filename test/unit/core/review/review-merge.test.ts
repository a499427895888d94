// Three-way merge of a sidecar: base (last read), mine (the reader's now), theirs (on disk now).
import assert from 'node:assert/strict';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import { mergeAnnotations } from '../../../../src/core/review/merge';
import type { ReviewAnnotation, ReviewStatus } from '../../../../src/core/review/model';
import { annotate, BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

const T0 = '2026-11-30T10:00:00Z';
const T1 = '2026-11-30T11:00:00Z';
const T2 = '2026-11-30T12:00:00Z';

/** A quote review `id` with a status, speaker and modification time: the axes a merge decides on. */
function review(id: string, status: ReviewStatus = 'confirmed', speaker?: string, modified?: string): ReviewAnnotation {
  return annotate(
    BRIDGE_ARTICLE,
    'We have waited ten years for this bridge',
    { kind: 'quote', status, ...(speaker ? { speaker } : {}) },
    { id, created: T0, modified },
  );
}

/** The merged result as "id:status:speaker" strings, in a stable order. */
const labels = (list: readonly ReviewAnnotation[]): string[] =>
  list
    .map((a) => `${a.id}:${a.body.kind === 'quote' ? `${a.body.status}:${a.body.speaker ?? ''}` : a.body.kind}`)
    .sort();

const a = review('a');
const aMine = review('a', 'corrected', 'Ann', T1);
const aTheirs = review('a', 'corrected', 'Bob', T2);
const b = review('b');

const cases: [
  name: string,
  base: ReviewAnnotation[],
  mine: ReviewAnnotation[],
  theirs: ReviewAnnotation[],
  expected: string[],
][] = [
  ['nothing changed', [a], [a], [a], ['a:confirmed:']],
  ['both added different annotations', [], [a], [b], ['a:confirmed:', 'b:confirmed:']],
  ['both added the same annotation', [], [a], [a], ['a:confirmed:']],
  ['changed by me only', [a], [aMine], [a], ['a:corrected:Ann']],
  ['changed on disk only', [a], [a], [aTheirs], ['a:corrected:Bob']],
  [
    'changed on disk only, with a clock behind mine',
    [review('a', 'confirmed', undefined, T2)],
    [review('a', 'confirmed', undefined, T2)],
    [review('a', 'rejected', undefined, T1)],
    ['a:rejected:'],
  ],
  ['changed on both sides: the later modification wins (disk later)', [a], [aMine], [aTheirs], ['a:corrected:Bob']],
  [
    'changed on both sides: the later modification wins (mine later)',
    [a],
    [review('a', 'corrected', 'Ann', T2)],
    [review('a', 'corrected', 'Bob', T1)],
    ['a:corrected:Ann'],
  ],
  ['deleted on disk, unchanged by me: gone', [a, b], [a, b], [b], ['b:confirmed:']],
  ['deleted by me, unchanged on disk: gone', [a, b], [b], [a, b], ['b:confirmed:']],
  ['deleted on disk, changed by me: kept', [a], [aMine], [], ['a:corrected:Ann']],
  ['deleted by me, changed on disk: kept', [a], [], [aTheirs], ['a:corrected:Bob']],
  ['deleted on both sides: gone', [a, b], [b], [b], ['b:confirmed:']],
  ['added on disk only: kept', [a], [a], [a, b], ['a:confirmed:', 'b:confirmed:']],
  ['added by me only: kept', [a], [a, b], [a], ['a:confirmed:', 'b:confirmed:']],
];

describe('three-way merge of review annotations', () => {
  for (const [name, base, mine, theirs, expected] of cases) {
    it(name, () => assert.deepEqual(labels(mergeAnnotations(base, mine, theirs)), expected));
  }

  it('does not depend on how the sides list their annotations', () => {
    const merged = mergeAnnotations([a, b], [b, aMine], [review('c'), b, a]);
    assert.deepEqual(labels(merged), ['a:corrected:Ann', 'b:confirmed:', 'c:confirmed:']);
    assert.equal(serializeSidecar(merged), serializeSidecar(mergeAnnotations([b, a], [aMine, b], [a, b, review('c')])));
  });

  it('an annotation re-read from disk (same content, other object) counts as unchanged', () => {
    const reread = parseSidecar(serializeSidecar([a]), 'seeds/bridge.txt').annotations;
    assert.deepEqual(labels(mergeAnnotations([a], [aMine], reread)), ['a:corrected:Ann']);
    assert.deepEqual(labels(mergeAnnotations([a], reread, [])), [], 'deleted on disk, not changed here');
  });
});
