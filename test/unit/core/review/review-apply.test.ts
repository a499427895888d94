// Applying a reader's review over the engine's real output of small articles: quote and claim decisions,
// additions, notes, entity decisions, settled problems, orphans and the reviewed/total count.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../../src/engine';
import type { Analysis, Quote } from '../../../../src/engine/types';
import { applyReviews, type ReviewedAnalysis } from '../../../../src/core/review/apply';
import {
  entityRules,
  ruleTarget,
  VERDICTS,
  type ReviewAnnotation,
  type ReviewBody,
} from '../../../../src/core/review/model';
import { annotate, BRIDGE_ARTICLE, entityDecision, STORM_ARTICLE } from '../../helpers/reviewFixtures';

const Q_KELLER = '“We have waited ten years for this bridge,”';
const Q_BRANDT = '“It will change how people move through the valley,”';
const Q_FARMERS = '“Nobody asked the farmers.”';
const C_BRIDGE = 'the town of Riverton will open a new bridge in June';
const C_COST = 'the project cost less than planned';
const C_TRAFFIC = 'traffic would fall by a third, and the Riverton Council voted to fund a second bridge';

let machine: Analysis;
const on = (exact: string, body: ReviewBody, options = {}): ReviewAnnotation =>
  annotate(BRIDGE_ARTICLE, exact, body, options);
const apply = (annotations: ReviewAnnotation[]): ReviewedAnalysis =>
  applyReviews(machine, BRIDGE_ARTICLE, annotations, entityRules(annotations));
const quoteAt = (r: Analysis, exact: string): Quote | undefined =>
  r.quotes.find((q) => BRIDGE_ARTICLE.slice(q.start, q.end) === exact);
const claimAt = (r: Analysis, exact: string) =>
  r.claims.find((c) => BRIDGE_ARTICLE.slice(c.content.start, c.content.end) === exact);
const entityNamed = (r: Analysis, name: string) => r.entities.find((e) => e.name === name);

describe('applying reviews over the engine’s analysis', function () {
  this.timeout(20000);

  before(() => {
    machine = analyze(BRIDGE_ARTICLE, { expectHeader: true });
    // The fixture's premises: what the engine finds in the article without any review.
    assert.deepEqual(
      machine.quotes.map((q) => [BRIDGE_ARTICLE.slice(q.start, q.end), q.speaker?.name]),
      [
        [Q_KELLER, 'Anna Keller'],
        [Q_BRANDT, 'Tom Brandt'],
        [Q_FARMERS, 'Tom Brandt'],
      ],
    );
    assert.deepEqual(
      machine.claims.map((c) => [BRIDGE_ARTICLE.slice(c.content.start, c.content.end), c.source.name]),
      [
        [C_BRIDGE, 'Anna Keller'],
        [C_COST, 'Officials'],
        [C_TRAFFIC, 'Anna Keller'],
      ],
    );
  });

  it('no annotations: the machine’s analysis, nothing reviewed', () => {
    const r = apply([]);
    assert.deepEqual({ ...r, review: undefined }, { ...machine, review: undefined });
    assert.deepEqual([r.review.reviewed, r.review.total], [0, 6]);
  });

  it('never mutates the machine analysis', () => {
    const before = JSON.stringify(machine);
    apply([
      on(Q_BRANDT, { kind: 'quote', status: 'corrected', speaker: 'Anna Keller' }),
      on(C_COST, { kind: 'claim', status: 'rejected' }),
      entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
        entity: 'PER:tom brandt',
        entityName: 'Tom Brandt',
        name: 'Thomas Brandt',
      }),
    ]);
    assert.equal(JSON.stringify(machine), before);
  });

  describe('quotes', () => {
    it('confirm: same speaker, marked confirmed, the evidence says so', () => {
      const a = on(Q_KELLER, { kind: 'quote', status: 'confirmed' });
      const q = quoteAt(apply([a]), Q_KELLER)!;
      assert.equal(q.speaker?.name, 'Anna Keller');
      assert.equal(q.speaker?.rule, machine.quotes[0]!.speaker!.rule);
      assert.deepEqual(q.review, { status: 'confirmed', annotation: a.id, machine: 'Anna Keller' });
      assert.equal(q.speaker?.evidence.at(-1), 'confirmed by a reader');
    });

    const corrections: [
      name: string,
      speaker: string,
      speakerType: 'PER' | 'ORG' | undefined,
      expected: { name: string; entity?: string; entityType?: string },
    ][] = [
      ['to a person of the article', 'Anna Keller', undefined, { name: 'Anna Keller', entity: 'Anna Keller' }],
      [
        'to a person of the article by another of its names',
        'keller',
        undefined,
        { name: 'Anna Keller', entity: 'Anna Keller' },
      ],
      [
        'to an organisation of the article',
        'Riverton Council',
        undefined,
        { name: 'Riverton Council', entity: 'Riverton Council' },
      ],
      [
        'to a name the article does not know (a person by default)',
        'Maria Lopez',
        undefined,
        { name: 'Maria Lopez', entityType: 'PER' },
      ],
      [
        'to a name the article does not know, as an organisation',
        'Valley Farmers Union',
        'ORG',
        { name: 'Valley Farmers Union', entityType: 'ORG' },
      ],
    ];
    for (const [name, speaker, speakerType, expected] of corrections) {
      it(`correct the speaker ${name}`, () => {
        const a = on(Q_BRANDT, {
          kind: 'quote',
          status: 'corrected',
          speaker,
          ...(speakerType ? { speakerType } : {}),
        });
        const r = apply([a]);
        const q = quoteAt(r, Q_BRANDT)!;
        assert.equal(q.speaker?.name, expected.name);
        assert.equal(q.speaker?.entityId, expected.entity ? entityNamed(r, expected.entity)!.id : undefined);
        assert.equal(q.speaker?.entityType, expected.entityType);
        assert.deepEqual([q.speaker?.rule, q.speaker?.confidence], ['reviewed', 1]);
        assert.match(q.speaker!.evidence[0]!, /corrected by a reader \(the engine said Tom Brandt\)/);
        assert.deepEqual(q.review, { status: 'corrected', annotation: a.id, machine: 'Tom Brandt' });
        assert.equal(quoteAt(r, Q_KELLER)?.speaker?.name, 'Anna Keller', 'the other quotes keep the engine’s speaker');
        assert.equal(quoteAt(r, Q_FARMERS)?.speaker?.name, expected.name, 'the quote continuing it follows');
      });
    }

    it('no speaker named: the quote stays, without a speaker', () => {
      const a = on(Q_FARMERS, { kind: 'quote', status: 'corrected', noSpeaker: true });
      const q = quoteAt(apply([a]), Q_FARMERS)!;
      assert.equal(q.speaker, null);
      assert.deepEqual(q.review, { status: 'corrected', annotation: a.id, machine: 'Tom Brandt' });
    });

    it('not a quote: gone from the quotes, listed as rejected, counted as reviewed', () => {
      const a = on(Q_FARMERS, { kind: 'quote', status: 'rejected' });
      const r = apply([a]);
      assert.equal(quoteAt(r, Q_FARMERS), undefined);
      assert.equal(r.quotes.length, 2);
      const start = BRIDGE_ARTICLE.indexOf(Q_FARMERS);
      assert.deepEqual(r.review.rejected, [{ id: a.id, start, end: start + Q_FARMERS.length, what: 'quote' }]);
      assert.deepEqual([r.review.reviewed, r.review.total], [1, 6]);
    });

    it('a decision on the inner text (without the marks) lands on the quote', () => {
      const a = on('It will change how people move through the valley', { kind: 'quote', status: 'confirmed' });
      assert.equal(quoteAt(apply([a]), Q_BRANDT)?.review?.annotation, a.id);
    });

    it('add a quote the engine missed: a new quote with the reader’s speaker, in document order', () => {
      const a = on('open a new bridge in June', { kind: 'quote', status: 'added', speaker: 'Anna Keller' });
      const r = apply([a]);
      assert.equal(r.quotes.length, 4);
      const q = r.quotes[0]!;
      assert.equal(BRIDGE_ARTICLE.slice(q.start, q.end), 'open a new bridge in June');
      assert.equal(q.text, 'open a new bridge in June');
      assert.equal(q.paragraph, 0);
      assert.equal(q.speaker?.entityId, entityNamed(r, 'Anna Keller')!.id);
      assert.deepEqual(q.review, { status: 'added', annotation: a.id });
      assert.deepEqual([r.review.reviewed, r.review.total], [1, 7], 'an added quote counts, as reviewed');
    });

    it('a rejection where the engine found nothing adds nothing', () => {
      assert.equal(apply([on('a press conference', { kind: 'quote', status: 'rejected' })]).quotes.length, 3);
    });
  });

  describe('claims', () => {
    it('confirm with a verdict, a note and evidence', () => {
      const a = on(C_COST, {
        kind: 'claim',
        status: 'confirmed',
        verdict: 'false',
        note: 'The audit says 12% over.',
        evidence: ['https://example.org/audit'],
      });
      const c = claimAt(apply([a]), C_COST)!;
      assert.equal(c.source.name, 'Officials');
      assert.equal(c.source.evidence.at(-1), 'confirmed by a reader');
      assert.deepEqual(c.review, {
        status: 'confirmed',
        annotation: a.id,
        verdict: 'false',
        note: 'The audit says 12% over.',
        evidence: ['https://example.org/audit'],
      });
    });

    it('correct the source: the reader’s source, the engine’s named in the mark', () => {
      const a = on(C_TRAFFIC, { kind: 'claim', status: 'corrected', source: 'Tom Brandt' });
      const r = apply([a]);
      const c = claimAt(r, C_TRAFFIC)!;
      assert.deepEqual(
        [c.source.name, c.source.entityId, c.source.rule],
        ['Tom Brandt', entityNamed(r, 'Tom Brandt')!.id, 'reviewed'],
      );
      assert.deepEqual(c.review, { status: 'corrected', annotation: a.id, machine: 'Anna Keller' });
    });

    it('a source given with "confirmed" counts as a correction', () => {
      const a = on(C_COST, { kind: 'claim', status: 'confirmed', source: 'Town officials', sourceType: 'ORG' });
      const c = claimAt(apply([a]), C_COST)!;
      assert.deepEqual(
        [c.source.name, c.source.entityType, c.review?.status, c.review?.machine],
        ['Town officials', 'ORG', 'corrected', 'Officials'],
      );
    });

    it('reject: gone from the claims, listed as rejected', () => {
      const a = on(C_BRIDGE, { kind: 'claim', status: 'rejected' });
      const r = apply([a]);
      assert.equal(claimAt(r, C_BRIDGE), undefined);
      assert.deepEqual(
        r.review.rejected.map((x) => [x.id, x.what]),
        [[a.id, 'claim']],
      );
    });

    it('add a claim the engine missed, with its source and verdict', () => {
      const a = on('Riverton will open a new bridge', {
        kind: 'claim',
        status: 'added',
        source: 'Anna Keller',
        verdict: 'mostly-true',
      });
      const r = apply([a]);
      assert.equal(r.claims.length, 3, 'overlapping most of a machine claim, it decides that claim');
      const b = on('a second bridge', {
        kind: 'claim',
        status: 'added',
        source: 'Riverton Council',
        verdict: 'unverifiable',
      });
      const added = apply([b]).claims.find((c) => c.review?.annotation === b.id)!;
      assert.equal(apply([b]).claims.length, 4);
      assert.equal(BRIDGE_ARTICLE.slice(added.content.start, added.content.end), 'a second bridge');
      assert.deepEqual(
        [added.source.name, added.review?.status, added.review?.verdict],
        ['Riverton Council', 'added', 'unverifiable'],
      );
    });
  });

  it('notes are listed with their span, on any text', () => {
    const a = on('a press conference', { kind: 'note', text: 'Video of the conference: minute 12.' });
    const r = apply([a]);
    const start = BRIDGE_ARTICLE.indexOf('a press conference');
    assert.deepEqual(r.review.notes, [
      { id: a.id, start, end: start + 'a press conference'.length, text: 'Video of the conference: minute 12.' },
    ]);
    assert.deepEqual(r.quotes, machine.quotes);
  });

  it('reviewed/total counts each machine quote and claim once, whatever the number of decisions, and each addition', () => {
    const r = apply([
      on(Q_KELLER, { kind: 'quote', status: 'confirmed' }, { created: '2026-11-30T10:00:00Z' }),
      on(Q_KELLER, { kind: 'quote', status: 'corrected', speaker: 'Tom Brandt' }, { created: '2026-11-30T11:00:00Z' }),
      on(Q_FARMERS, { kind: 'quote', status: 'rejected' }),
      on(C_COST, { kind: 'claim', status: 'confirmed', verdict: 'mixed' }),
      on('open a new bridge in June', { kind: 'quote', status: 'added', speaker: 'Anna Keller' }),
      on('a press conference', { kind: 'note', text: 'n' }),
    ]);
    assert.deepEqual([r.review.reviewed, r.review.total], [4, 7]);
  });

  describe('several decisions on one quote: the last changed wins', () => {
    const at = (hour: number): string => `2026-11-30T${String(hour).padStart(2, '0')}:00:00Z`;
    const confirm = (created: number, modified?: number) =>
      on(
        Q_KELLER,
        { kind: 'quote', status: 'confirmed' },
        { created: at(created), ...(modified ? { modified: at(modified) } : {}) },
      );
    const correct = (created: number) =>
      on(Q_KELLER, { kind: 'quote', status: 'corrected', speaker: 'Tom Brandt' }, { created: at(created) });
    const reject = (created: number) => on(Q_KELLER, { kind: 'quote', status: 'rejected' }, { created: at(created) });
    const cases: [
      name: string,
      annotations: () => ReviewAnnotation[],
      expected: { speaker?: string; status?: string; rejected: number },
    ][] = [
      [
        'confirmed, then corrected',
        () => [confirm(10), correct(11)],
        { speaker: 'Tom Brandt', status: 'corrected', rejected: 0 },
      ],
      [
        'corrected, then a confirmation modified later (listed first)',
        () => [confirm(9, 12), correct(11)],
        { speaker: 'Anna Keller', status: 'confirmed', rejected: 0 },
      ],
      [
        'rejected, then confirmed',
        () => [reject(10), confirm(11)],
        { speaker: 'Anna Keller', status: 'confirmed', rejected: 0 },
      ],
      ['confirmed, then rejected', () => [confirm(10), reject(11)], { rejected: 1 }],
      ['rejected twice', () => [reject(10), reject(11)], { rejected: 1 }],
    ];
    for (const [name, annotations, expected] of cases) {
      it(name, () => {
        const r = apply(annotations());
        const q = quoteAt(r, Q_KELLER);
        assert.deepEqual(
          [q?.speaker?.name, q?.review?.status, r.review.rejected.length, r.review.reviewed],
          [expected.speaker, expected.status, expected.rejected, 1],
        );
        if (q) assert.equal(q.review?.machine, 'Anna Keller', 'the mark names what the engine said');
      });
    }
  });

  describe('entities (decisions of the whole collection)', () => {
    it('change the type: the entity and its mentions', () => {
      const r = apply([
        entityDecision(BRIDGE_ARTICLE, 'Riverton Council', {
          entity: 'ORG:riverton council',
          entityName: 'Riverton Council',
          type: 'LOC',
        }),
      ]);
      const e = entityNamed(r, 'Riverton Council')!;
      assert.equal(e.type, 'LOC');
      assert.deepEqual(e.review && [e.review.status, e.review.machine], ['corrected', 'Riverton Council']);
      const mentions = r.mentions.filter((m) => m.entityId === e.id);
      assert.ok(mentions.length >= 1);
      assert.ok(mentions.every((m) => m.type === 'LOC'));
    });

    it('not an entity: the entity and its mentions are gone, a speaker keeps its name without the entity', () => {
      const r = apply([
        entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
          entity: 'PER:tom brandt',
          entityName: 'Tom Brandt',
          type: 'none',
        }),
      ]);
      const id = entityNamed(machine, 'Tom Brandt')!.id;
      assert.equal(entityNamed(r, 'Tom Brandt'), undefined);
      assert.ok(!r.mentions.some((m) => m.entityId === id));
      const q = quoteAt(r, Q_BRANDT)!;
      assert.deepEqual([q.speaker?.name, q.speaker?.entityId], ['Tom Brandt', undefined]);
    });

    it('rename: the canonical name, kept as an alias, and on the quotes and claims attributed to it', () => {
      const r = apply([
        entityDecision(BRIDGE_ARTICLE, 'Anna Keller', {
          entity: 'PER:anna keller',
          entityName: 'Anna Keller',
          name: 'Anna M. Keller',
        }),
      ]);
      const e = entityNamed(r, 'Anna M. Keller')!;
      assert.ok(e.aliases.includes('Anna M. Keller') && e.aliases.includes('Keller'));
      assert.equal(quoteAt(r, Q_KELLER)?.speaker?.name, 'Anna M. Keller');
      assert.equal(claimAt(r, C_TRAFFIC)?.source.name, 'Anna M. Keller');
    });

    it('merge into an entity of another article: shown under its name', () => {
      const r = apply([
        entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
          entity: 'PER:tom brandt',
          entityName: 'Tom Brandt',
          sameAs: 'PER:thomas brandt',
          sameAsName: 'Thomas Brandt',
        }),
      ]);
      assert.ok(entityNamed(r, 'Thomas Brandt'));
      assert.equal(quoteAt(r, Q_BRANDT)?.speaker?.name, 'Thomas Brandt');
    });

    it('a merge chain is followed to its end', () => {
      const annotations = [
        entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
          entity: 'PER:tom brandt',
          entityName: 'Tom Brandt',
          sameAs: 'PER:t. brandt',
          sameAsName: 'T. Brandt',
        }),
        entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
          entity: 'PER:t. brandt',
          entityName: 'T. Brandt',
          sameAs: 'PER:thomas brandt',
          sameAsName: 'Thomas Brandt',
        }),
        entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
          entity: 'PER:thomas brandt',
          entityName: 'Thomas Brandt',
          name: 'Thomas J. Brandt',
        }),
      ];
      assert.equal(ruleTarget('PER:tom brandt', entityRules(annotations)).key, 'PER:thomas j. brandt');
      assert.equal(quoteAt(apply(annotations), Q_BRANDT)?.speaker?.name, 'Thomas J. Brandt');
    });

    it('a merge cycle ends, and every member ends at the entity its latest merge names', () => {
      const annotations = [
        entityDecision(
          BRIDGE_ARTICLE,
          'Tom Brandt',
          {
            entity: 'PER:tom brandt',
            entityName: 'Tom Brandt',
            sameAs: 'PER:thomas brandt',
            sameAsName: 'Thomas Brandt',
          },
          { created: '2026-11-30T10:00:00Z' },
        ),
        entityDecision(
          BRIDGE_ARTICLE,
          'Tom Brandt',
          {
            entity: 'PER:thomas brandt',
            entityName: 'Thomas Brandt',
            sameAs: 'PER:tom brandt',
            sameAsName: 'Tom Brandt',
          },
          { created: '2026-11-30T11:00:00Z' },
        ),
      ];
      const rules = entityRules(annotations);
      assert.equal(ruleTarget('PER:tom brandt', rules).key, 'PER:tom brandt');
      assert.equal(ruleTarget('PER:thomas brandt', rules).key, 'PER:tom brandt');
      assert.equal(quoteAt(apply(annotations), Q_BRANDT)?.speaker?.name, 'Tom Brandt');
    });

    it('the latest decision on an entity wins (undoing a merge)', () => {
      const annotations = [
        entityDecision(
          BRIDGE_ARTICLE,
          'Tom Brandt',
          {
            entity: 'PER:tom brandt',
            entityName: 'Tom Brandt',
            sameAs: 'PER:thomas brandt',
            sameAsName: 'Thomas Brandt',
          },
          { created: '2026-11-30T10:00:00Z' },
        ),
        entityDecision(
          BRIDGE_ARTICLE,
          'Tom Brandt',
          { entity: 'PER:tom brandt', entityName: 'Tom Brandt', status: 'confirmed' },
          { created: '2026-11-30T10:00:00Z', modified: '2026-11-30T12:00:00Z' },
        ),
      ];
      const r = apply(annotations);
      assert.equal(quoteAt(r, Q_BRANDT)?.speaker?.name, 'Tom Brandt');
      assert.equal(entityNamed(r, 'Tom Brandt')?.review?.status, 'confirmed');
    });
  });

  describe('problems', () => {
    it('a speaker given to an unattributed quote settles its problem', () => {
      const storm = analyze(STORM_ARTICLE, { expectHeader: true });
      assert.deepEqual(
        storm.problems.map((p) => p.code),
        ['unattributed-quote'],
      );
      const a = annotate(STORM_ARTICLE, '“Stay at home if you can.”', {
        kind: 'quote',
        status: 'corrected',
        speaker: 'The police',
      });
      const r = applyReviews(storm, STORM_ARTICLE, [a]);
      assert.deepEqual(r.problems, []);
      assert.equal(r.quotes[0]!.speaker?.name, 'The police');
    });

    it('a decided claim settles the anonymous-source problem of its source', () => {
      assert.ok(machine.problems.some((p) => p.code === 'anonymous-source'));
      const r = apply([on(C_COST, { kind: 'claim', status: 'corrected', source: 'The town treasurer' })]);
      assert.ok(!r.problems.some((p) => p.code === 'anonymous-source'));
    });

    it('an annotation whose text is gone is an orphan and an orphaned-annotation problem, never moved', () => {
      const orphan: ReviewAnnotation = {
        ...on(Q_KELLER, { kind: 'quote', status: 'corrected', speaker: 'Tom Brandt' }),
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: '“We waited twenty years,”', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 108, end: 133 },
        },
      };
      const r = apply([orphan]);
      assert.deepEqual(
        r.review.orphans.map((o) => o.annotation.id),
        [orphan.id],
      );
      assert.equal(quoteAt(r, Q_KELLER)?.speaker?.name, 'Anna Keller');
      const problem = r.problems.find((p) => p.code === 'orphaned-annotation')!;
      assert.equal(problem.start, 108);
      assert.match(problem.message, /We waited twenty years/);
      assert.equal(r.review.reviewed, 0);
    });

    it('a quote without context or position (another tool’s) is placed where it occurs once, never on one of several', () => {
      const bare = (id: string, exact: string): ReviewAnnotation => ({
        id,
        created: '2026-11-30T10:00:00Z',
        source: 'seeds/bridge.txt',
        selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
        body: { kind: 'note', text: id },
      });
      const r = apply([bare('urn:x:once', 'Nobody asked the farmers'), bare('urn:x:many', 'bridge')]);
      assert.deepEqual(
        r.review.notes.map((n) => [n.id, BRIDGE_ARTICLE.slice(n.start, n.end)]),
        [['urn:x:once', 'Nobody asked the farmers']],
      );
      assert.deepEqual(
        r.review.orphans.map((o) => o.annotation.id),
        ['urn:x:many'],
      );
    });
  });

  it('any mix of decisions, on any spans, keeps the analysis well formed', () => {
    const length = BRIDGE_ARTICLE.length;
    const span = fc
      .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 120 }))
      .map(([start, n]) => [start, Math.min(length, start + n)] as const);
    const status = fc.constantFrom('confirmed', 'corrected', 'rejected', 'added' as const);
    const body: fc.Arbitrary<ReviewBody> = fc.oneof(
      fc.record({
        kind: fc.constant('quote' as const),
        status,
        speaker: fc.option(fc.constantFrom('Anna Keller', 'keller', 'Someone Else'), { nil: undefined }),
        noSpeaker: fc.option(fc.boolean(), { nil: undefined }),
      }),
      fc.record({
        kind: fc.constant('claim' as const),
        status,
        source: fc.option(fc.constantFrom('Tom Brandt', 'The council'), { nil: undefined }),
        verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: undefined }),
      }),
      fc.record({ kind: fc.constant('note' as const), text: fc.constantFrom('checked', 'see minutes') }),
    );
    const decision = fc.tuple(span, body, fc.integer({ min: 0, max: 23 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 12 }), (decisions) => {
        const annotations = decisions.map(([[start, end], b, hour, lost], i): ReviewAnnotation => {
          const exact = BRIDGE_ARTICLE.slice(start, end);
          return {
            ...on(exact, b, { id: `urn:x:${i}`, created: `2026-11-30T${String(hour).padStart(2, '0')}:00:00Z` }),
            ...(lost
              ? { selectors: { quote: { type: 'TextQuoteSelector', exact: `${exact}§gone`, prefix: '', suffix: '' } } }
              : {}),
          };
        });
        const r = apply(annotations);
        const ids = new Set(annotations.map((a) => a.id));
        assert.equal(r.review.anchored.length + r.review.orphans.length, annotations.length);
        const added = [...r.quotes, ...r.claims].filter((x) => x.review?.status === 'added').length;
        assert.ok(r.review.reviewed <= r.review.total && r.review.total === 6 + added);
        for (const list of [
          r.quotes.map((q) => q as { start: number; end: number }),
          r.claims.map((c) => c.content),
          r.problems,
        ]) {
          list.forEach((x, i) => {
            assert.ok(0 <= x.start && x.start <= x.end && x.end <= length, 'spans inside the text');
            if (i) assert.ok(list[i - 1]!.start <= x.start, 'in document order');
          });
        }
        for (const item of [...r.quotes, ...r.claims])
          if (item.review) assert.ok(ids.has(item.review.annotation), 'a mark names an input annotation');
        assert.equal(r.problems.filter((p) => p.code === 'orphaned-annotation').length, r.review.orphans.length);
      }),
      { numRuns: 150 },
    );
  });
});
