// The review flow's pure parts: edits of an annotation list, the review queue, name choices, the
// actions offered at a place, and the Sources view's Review group.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { reviewActionsAt } from '../../../../src/core/review/actionsAt';
import { applyReviews } from '../../../../src/core/review/apply';
import { acceptedName, nameChoices } from '../../../../src/core/review/choices';
import { makeAnnotation, remove, upsert } from '../../../../src/core/review/edits';
import { reviewFingerprint } from '../../../../src/core/review/fingerprint';
import { confirmable, nextToReview, reviewOrder } from '../../../../src/core/review/queue';
import { reviewBadge } from '../../../../src/core/presentation/reviewBadges';
import { buildReviewGroup } from '../../../../src/core/presentation/reviewTree';
import { summarize } from '../../../../src/core/summary/summary';

const TEXT = [
  'date 2024-03-01 The mayor of Springfield, Anna Berg, said on Friday that the bridge will reopen in May.',
  '',
  '“We are on schedule,” Berg said. “The money is there.”',
  '',
  '“Nobody told us anything,” said a resident who lives near the bridge.',
  '',
  'Officials claimed that repairs had cost less than planned.',
].join('\n');

const machine = analyze(TEXT, { expectHeader: true });
const source = 'articles/bridge.txt';
const quoteAt = (needle: string) => machine.quotes.find((q) => TEXT.slice(q.start, q.end).includes(needle))!;

describe('review flow', () => {
  it('one decision per quote: a new decision replaces the old one and keeps its id', () => {
    const quote = quoteAt('on schedule');
    const first = makeAnnotation(source, TEXT, quote, { kind: 'quote', status: 'confirmed' });
    const list = upsert([], first);
    const second = makeAnnotation(source, TEXT, quote, { kind: 'quote', status: 'corrected', speaker: 'Tom Lee' });
    const replaced = upsert(list, second);
    assert.equal(replaced.length, 1);
    assert.equal(replaced[0]!.id, first.id);
    assert.equal(replaced[0]!.created, first.created);
    assert.ok(replaced[0]!.modified);
    assert.equal(replaced[0]!.body.kind === 'quote' && replaced[0]!.body.speaker, 'Tom Lee');
    const note = makeAnnotation(source, TEXT, quote, { kind: 'note', text: 'check' });
    assert.equal(upsert(replaced, note).length, 2, 'notes never replace decisions');
    assert.deepEqual(
      remove(upsert(replaced, note), note.id).map((a) => a.id),
      [first.id],
    );
  });

  it('annotations carry both selectors with 32 characters of context', () => {
    const quote = quoteAt('on schedule');
    const a = makeAnnotation(source, TEXT, quote, { kind: 'quote', status: 'confirmed' });
    assert.match(a.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(a.selectors.quote.exact, TEXT.slice(quote.start, quote.end));
    assert.equal(a.selectors.quote.prefix, TEXT.slice(quote.start - 32, quote.start));
    assert.equal(a.selectors.quote.suffix, TEXT.slice(quote.end, quote.end + 32));
    assert.deepEqual([a.selectors.position!.start, a.selectors.position!.end], [quote.start, quote.end]);
  });

  it('the queue puts the least confident first and skips what a reader decided', () => {
    const reviewed = applyReviews(machine, TEXT, []);
    const order = reviewOrder(reviewed);
    assert.equal(order.length, machine.quotes.length + machine.claims.length);
    for (let i = 1; i < order.length; i++) assert.ok(order[i - 1]!.confidence <= order[i]!.confidence);
    const first = nextToReview(reviewed)!;
    const decided = applyReviews(machine, TEXT, [
      makeAnnotation(
        source,
        TEXT,
        first.span,
        first.kind === 'quote' ? { kind: 'quote', status: 'confirmed' } : { kind: 'claim', status: 'confirmed' },
      ),
    ]);
    assert.equal(reviewOrder(decided).length, order.length - 1);
    assert.ok(!reviewOrder(decided).some((i) => i.span.start === first.span.start && i.kind === first.kind));
  });

  it('bulk confirmation takes only items at or above the threshold that name someone', () => {
    const reviewed = applyReviews(machine, TEXT, []);
    const all = confirmable(reviewed, 0);
    assert.ok(all.every((i) => (i.kind === 'quote' ? !!i.quote.speaker : !!i.claim.source.name)));
    const sure = confirmable(reviewed, 0.9);
    assert.ok(sure.every((i) => i.confidence >= 0.9));
    assert.ok(sure.length <= all.length);
    assert.equal(confirmable(reviewed, 1.01).length, 0);
  });

  it('name choices: engine candidates, then the article, then the collection, without repeats', () => {
    const choices = nameChoices([{ name: 'Anna Berg' }], machine.entities, [
      { name: 'Tom Lee', type: 'PER', quotes: 3 },
      { name: 'anna berg', type: 'PER' },
    ]);
    assert.equal(choices[0]!.name, 'Anna Berg');
    assert.equal(choices[0]!.group, 'engine');
    assert.ok(choices.some((c) => c.group === 'article'));
    assert.equal(choices.filter((c) => c.name.toLowerCase() === 'anna berg').length, 1);
    assert.equal(choices[choices.length - 1]!.name, 'Tom Lee');
    assert.ok(!choices.some((c) => c.type === 'LOC'), 'places are not offered as speakers');
  });

  it('offers the same actions wherever they are shown', () => {
    const reviewed = applyReviews(machine, TEXT, []);
    const quote = quoteAt('on schedule');
    const onQuote = reviewActionsAt(reviewed, quote.start + 3).map((a) => a.command);
    assert.deepEqual(onQuote.slice(0, 4), ['confirmSpeaker', 'changeSpeaker', 'noSpeaker', 'notAQuote']);
    const confirmed = applyReviews(machine, TEXT, [
      makeAnnotation(source, TEXT, quote, { kind: 'quote', status: 'confirmed' }),
    ]);
    assert.ok(!reviewActionsAt(confirmed, quote.start + 3).some((a) => a.command === 'confirmSpeaker'));
    const selected = reviewActionsAt(reviewed, 0, { start: 16, end: 40 }).map((a) => a.command);
    assert.deepEqual(selected.slice(-3), ['addQuote', 'addClaim', 'addNote']);
    const claim = machine.claims[0];
    if (claim) assert.ok(reviewActionsAt(reviewed, claim.content.start).some((a) => a.command === 'setVerdict'));
  });

  it('the Review group shows progress, notes and orphans from the summaries', () => {
    const quote = quoteAt('on schedule');
    const annotations = [
      makeAnnotation(source, TEXT, quote, { kind: 'quote', status: 'confirmed' }),
      makeAnnotation(source, TEXT, { start: 16, end: 25 }, { kind: 'note', text: 'Call the mayor' }),
      {
        ...makeAnnotation(source, TEXT, { start: 0, end: 4 }, { kind: 'quote', status: 'confirmed' }),
        selectors: {
          quote: { type: 'TextQuoteSelector' as const, exact: 'text that is not there at all', prefix: '', suffix: '' },
        },
      },
    ];
    const summary = summarize('/w/articles/bridge.txt', TEXT, applyReviews(machine, TEXT, annotations));
    assert.equal(summary.review?.reviewed, 1);
    assert.equal(summary.review?.total, machine.quotes.length + machine.claims.length);
    const group = buildReviewGroup([summary], (p) => p.split('/').pop()!);
    const [progress, notes, orphans] = group.children;
    assert.equal(progress!.children[0]!.description, `1 / ${summary.review!.total} reviewed`);
    assert.equal(notes!.children[0]!.label, 'Call the mayor');
    assert.deepEqual(notes!.children[0]!.annotation, { article: '/w/articles/bridge.txt', id: annotations[1]!.id });
    assert.equal(orphans!.childCount, 1);
    assert.equal(orphans!.children[0]!.contextValue ?? orphans!.children[0]!.kind, 'orphan');
  });

  it('badges and fingerprints', () => {
    assert.equal(reviewBadge(undefined), '');
    assert.match(reviewBadge({ status: 'corrected', machine: 'Berg' }), /corrected \(engine: Berg\)/);
    assert.match(reviewBadge({ status: 'confirmed', verdict: 'false' }), /confirmed · false/);
    const a = makeAnnotation(source, TEXT, { start: 0, end: 4 }, { kind: 'note', text: 'x' });
    assert.equal(reviewFingerprint([]), '');
    assert.equal(reviewFingerprint([a]), reviewFingerprint([{ ...a }]));
    assert.notEqual(reviewFingerprint([a]), reviewFingerprint([{ ...a, body: { kind: 'note', text: 'y' } }]));
  });
});

describe('the name pick on Enter', () => {
  const wolf = { name: 'Wolf Blitzer' };
  const yev = { name: 'Yevgeny Prigozhin' };
  const choices = [wolf, yev];
  const cases: [string, string, { name: string } | undefined, { name: string } | undefined][] = [
    ['a typed known name wins over a lagging highlight', 'wolf blitzer', yev, wolf],
    ['the highlight counts when it contains the typed text', 'prigo', yev, yev],
    [
      'a highlight that does not contain the text: the text is a new name',
      'Anna Kowalska',
      yev,
      { name: 'Anna Kowalska' },
    ],
    ['nothing highlighted: the typed new name', 'Anna Kowalska', undefined, { name: 'Anna Kowalska' }],
    ['nothing typed: the highlighted row', '  ', wolf, wolf],
    ['nothing typed, nothing highlighted: nothing', '', undefined, undefined],
  ];
  for (const [name, typed, highlighted, expected] of cases) {
    it(name, () => assert.deepEqual(acceptedName(typed, highlighted, choices), expected));
  }
});
