// "This mention is a different person": one mention leaves an over-broad merge, in the editor's analysis, in
// the index's summaries and in the sidecar; the merge stays for every other mention.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';
import { reviewActionsAt } from '../../../../src/core/review/actionsAt';
import { applyReviews } from '../../../../src/core/review/apply';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import { entityRules, type ReviewAnnotation } from '../../../../src/core/review/model';
import { NO_MENTION_THERE } from '../../../../src/core/review/splitMentions';
import { applyEntityRulesToSummaries } from '../../../../src/core/review/summaryRules';
import { summarize } from '../../../../src/core/summary/summary';
import { annotate, entityDecision } from '../../helpers/reviewFixtures';

const BROTHERS = `date 2024-06-01 Senator Mark Ellison spoke in Dover on Tuesday. His brother Paul Ellison, a retired teacher, sat in the front row.

“We will not back down,” Mark Ellison said.

“I am proud of him,” said Paul Ellison.
`;

const SPLIT_AT = 'Paul Ellison.';
const splitOf = (name = 'Paul Ellison', extra: Partial<ReviewAnnotation> = {}): ReviewAnnotation => ({
  ...annotate(
    BROTHERS,
    'Paul Ellison',
    {
      kind: 'mention',
      status: 'corrected',
      entity: 'PER:mark ellison',
      entityName: 'Mark Ellison',
      name,
    },
    { occurrence: 1, created: '2026-12-01T10:00:00Z' },
  ),
  ...extra,
});
const merge = entityDecision(BROTHERS, 'Paul Ellison', {
  entity: 'PER:paul ellison',
  entityName: 'Paul Ellison',
  sameAs: 'PER:mark ellison',
  sameAsName: 'Mark Ellison',
});
const rules = entityRules([merge]);
const proudQuote = (a: Analysis) => a.quotes.find((q) => q.text.startsWith('I am proud'))!;
const spanOf = (needle: string, occurrence = 0): { start: number; end: number } => {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = BROTHERS.indexOf(needle, at + 1);
  return { start: at, end: at + needle.length };
};

describe('splitting one mention off an entity', function () {
  this.timeout(20000);
  let machine: Analysis;

  before(() => {
    machine = analyze(BROTHERS, { expectHeader: true });
    assert.ok(
      machine.entities.some((e) => e.name === 'Paul Ellison'),
      'fixture: the engine finds Paul Ellison',
    );
    assert.equal(proudQuote(machine).speaker?.name, 'Paul Ellison', 'fixture: the engine gives Paul his quote');
  });

  it('the over-broad merge relabels the real Paul Ellison (what the split undoes)', () => {
    const merged = applyReviews(machine, BROTHERS, [merge], rules);
    assert.equal(proudQuote(merged).speaker?.name, 'Mark Ellison');
  });

  it('the split mention and its quote go back to the person the reader names; other mentions stay merged', () => {
    const reviewed = applyReviews(machine, BROTHERS, [merge, splitOf()], rules);
    assert.equal(proudQuote(reviewed).speaker?.name, 'Paul Ellison');
    const at = spanOf(SPLIT_AT.slice(0, -1), 0);
    const split = BROTHERS.indexOf('said Paul Ellison') + 'said '.length;
    const paul = reviewed.entities.find((e) => e.name === 'Paul Ellison')!;
    assert.ok(paul.review?.split, 'a split entity, which the entity rules leave alone');
    assert.deepEqual(paul.mentions, [{ start: split, end: split + 'Paul Ellison'.length }]);
    assert.equal(proudQuote(reviewed).speaker?.entityId, paul.id);
    const marks = reviewed.entities.filter((e) => e.name === 'Mark Ellison');
    assert.ok(
      marks.some((e) => e.mentions.some((m) => m.start === at.start)),
      'the lead’s Paul Ellison stays merged',
    );
    assert.ok(!marks.some((e) => e.mentions.some((m) => m.start === split)));
    const mention = reviewed.mentions.find((m) => m.start === split)!;
    assert.equal(mention.entityId, paul.id);
    assert.equal(reviewed.review.orphans.length, 0);
  });

  it('the index (summaries first, entity rules after) keeps the split quote under its own person', () => {
    const summary = summarize('/w/brothers.txt', BROTHERS, applyReviews(machine, BROTHERS, [merge, splitOf()]));
    const [out] = applyEntityRulesToSummaries([summary], rules);
    const quote = out!.quotes.find((q) => q.text.startsWith('I am proud'))!;
    assert.equal(quote.speakerKey, 'PER:paul ellison');
    assert.equal(quote.speaker, 'Paul Ellison');
    const keys = out!.entities
      .filter((e) => e.type === 'PER')
      .map((e) => e.key)
      .sort();
    assert.deepEqual(keys, ['PER:mark ellison', 'PER:mark ellison', 'PER:paul ellison']);
    assert.equal(
      out!.entities.find((e) => e.key === 'PER:paul ellison')!.mentions.length,
      4,
      'one mention: four packed numbers',
    );
  });

  it('a name the article already has joins that entity', () => {
    const reviewed = applyReviews(machine, BROTHERS, [splitOf('Mark Ellison')]);
    assert.equal(proudQuote(reviewed).speaker?.name, 'Mark Ellison');
    assert.ok(!reviewed.entities.some((e) => e.review?.split));
  });

  it('a split where no mention is orphans, and changes nothing', () => {
    const stray = annotate(BROTHERS, 'front row', {
      kind: 'mention',
      status: 'corrected',
      entity: 'PER:mark ellison',
      entityName: 'Mark Ellison',
      name: 'Somebody Else',
    });
    const reviewed = applyReviews(machine, BROTHERS, [stray]);
    assert.deepEqual(
      reviewed.review.orphans.map((o) => o.reason),
      [NO_MENTION_THERE],
    );
    assert.deepEqual(
      reviewed.entities.map((e) => e.name),
      machine.entities.map((e) => e.name),
    );
  });

  it('is offered on a person’s mention (lightbulb and hover), not on a place', () => {
    const reviewed = applyReviews(machine, BROTHERS, []);
    const onPaul = reviewActionsAt(reviewed, BROTHERS.indexOf('Paul Ellison') + 2);
    assert.ok(onPaul.some((a) => a.command === 'splitMention' && a.short === 'Different person…'));
    const onDover = reviewActionsAt(reviewed, BROTHERS.indexOf('Dover') + 2);
    assert.ok(!onDover.some((a) => a.command === 'splitMention'));
  });

  it('round-trips through the sidecar as a seed:MentionReview with both selectors', () => {
    const json = serializeSidecar([splitOf()]);
    const item = JSON.parse(json).items[0];
    assert.equal(item.body.type, 'seed:MentionReview');
    assert.equal(item.body['seed:name'], 'Paul Ellison');
    assert.deepEqual(
      item.target.selector.map((s: { type: string }) => s.type),
      ['TextQuoteSelector', 'TextPositionSelector'],
    );
    assert.deepEqual(parseSidecar(json).annotations[0]!.body, splitOf().body);
    const bad = json.replace(/"seed:name": "Paul Ellison",?/, '"seed:x": 1');
    assert.match(parseSidecar(bad).skipped[0]?.reason ?? '', /MentionReview without/);
  });
});
