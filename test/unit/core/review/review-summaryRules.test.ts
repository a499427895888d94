// Entity decisions over the workspace's per-file summaries: one reviewed identity in the model, the tree
// and the exports.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { entityRules, type ReviewAnnotation } from '../../../../src/core/review/model';
import { applyEntityRulesToSummaries, reviewedEntityKey } from '../../../../src/core/review/summaryRules';
import { summarize, type FileSummary } from '../../../../src/core/summary/summary';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { BRIDGE_ARTICLE, entityDecision } from '../../helpers/reviewFixtures';

const CRACKS_ARTICLE =
  'date 2024-05-09 Engineer Thomas Brandt said on Thursday that the bridge in Riverton would open late.\n\n“We found cracks in two pillars,” Brandt said.\n';

let summaries: FileSummary[];
const rulesOf = (...annotations: ReviewAnnotation[]) => entityRules(annotations);
const keys = (file: FileSummary): string[] => file.entities.map((e) => e.key).sort();

describe('entity decisions over workspace summaries', function () {
  this.timeout(20000);

  before(() => {
    summaries = [
      summarize('/w/seeds/bridge.txt', BRIDGE_ARTICLE, analyze(BRIDGE_ARTICLE, { expectHeader: true })),
      summarize('/w/seeds/cracks.txt', CRACKS_ARTICLE, analyze(CRACKS_ARTICLE, { expectHeader: true })),
    ];
    assert.deepEqual(keys(summaries[0]!), [
      'LOC:riverton',
      'ORG:riverton council',
      'PER:anna keller',
      'PER:tom brandt',
    ]);
    assert.deepEqual(keys(summaries[1]!), ['LOC:riverton', 'PER:thomas brandt']);
  });

  it('without decisions the summaries are returned as they are', () => {
    const out = applyEntityRulesToSummaries(summaries, new Map());
    assert.deepEqual(out, summaries);
    assert.ok(out.every((f, i) => f === summaries[i]));
  });

  it('a merge across articles: one person in the model, with the quotes of both articles', () => {
    const before = buildWorkspaceModel(summaries);
    assert.equal(before.people.filter((p) => /brandt/i.test(p.name)).length, 2);
    const rules = rulesOf(
      entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
        entity: 'PER:tom brandt',
        entityName: 'Tom Brandt',
        sameAs: 'PER:thomas brandt',
        sameAsName: 'Thomas Brandt',
      }),
    );
    const out = applyEntityRulesToSummaries(summaries, rules);
    assert.deepEqual(keys(out[0]!), ['LOC:riverton', 'ORG:riverton council', 'PER:anna keller', 'PER:thomas brandt']);
    assert.ok(out[0]!.entities.find((e) => e.key === 'PER:thomas brandt')!.aliases.includes('Tom Brandt'));
    assert.equal(out[1], summaries[1], 'an article the decision does not touch is the same object');
    const brandtQuotes = out[0]!.quotes.filter((q) => q.speakerKey === 'PER:thomas brandt');
    assert.equal(brandtQuotes.length, 2);
    assert.ok(brandtQuotes.every((q) => q.speaker === 'Thomas Brandt'));
    const model = buildWorkspaceModel(out);
    const brandts = model.people.filter((p) => /brandt/i.test(p.name));
    assert.deepEqual(
      brandts.map((p) => [p.name, p.files.length]),
      [['Thomas Brandt', 2]],
    );
    const speaker = model.speakers.find((s) => s.name === 'Thomas Brandt')!;
    assert.equal(speaker.quotes.length, 3);
    assert.ok(!model.speakers.some((s) => s.name === 'Tom Brandt'));
  });

  it('rename: the entity, the quotes and the claims attributed to it', () => {
    const out = applyEntityRulesToSummaries(
      summaries,
      rulesOf(
        entityDecision(BRIDGE_ARTICLE, 'Anna Keller', {
          entity: 'PER:anna keller',
          entityName: 'Anna Keller',
          name: 'Anna M. Keller',
        }),
      ),
    );
    const file = out[0]!;
    assert.ok(keys(file).includes('PER:anna m. keller'));
    assert.deepEqual(
      [
        ...new Set(
          file.quotes.filter((q) => q.speakerKey?.includes('keller')).map((q) => [q.speaker, q.speakerKey].join('|')),
        ),
      ],
      ['Anna M. Keller|PER:anna m. keller'],
    );
    assert.deepEqual(
      [
        ...new Set(
          file.claims.filter((c) => c.sourceKey.includes('keller')).map((c) => [c.source, c.sourceKey].join('|')),
        ),
      ],
      ['Anna M. Keller|PER:anna m. keller'],
    );
  });

  it('a type change moves the entity to its new type', () => {
    const out = applyEntityRulesToSummaries(
      summaries,
      rulesOf(
        entityDecision(BRIDGE_ARTICLE, 'Riverton Council', {
          entity: 'ORG:riverton council',
          entityName: 'Riverton Council',
          type: 'LOC',
        }),
      ),
    );
    const e = out[0]!.entities.find((x) => x.name === 'Riverton Council')!;
    assert.deepEqual([e.key, e.type], ['LOC:riverton council', 'LOC']);
    assert.ok(buildWorkspaceModel(out).places.some((p) => p.name === 'Riverton Council'));
  });

  it('"not an entity" removes it from every article, and keeps the quotes', () => {
    const out = applyEntityRulesToSummaries(
      summaries,
      rulesOf(
        entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
          entity: 'PER:tom brandt',
          entityName: 'Tom Brandt',
          type: 'none',
        }),
      ),
    );
    assert.deepEqual(keys(out[0]!), ['LOC:riverton', 'ORG:riverton council', 'PER:anna keller']);
    assert.equal(out[0]!.quotes.length, summaries[0]!.quotes.length);
  });

  it('reviewedEntityKey maps an article’s entity to its reviewed key', () => {
    const rules = rulesOf(
      entityDecision(BRIDGE_ARTICLE, 'Tom Brandt', {
        entity: 'PER:tom brandt',
        entityName: 'Tom Brandt',
        sameAs: 'PER:thomas brandt',
        sameAsName: 'Thomas Brandt',
      }),
      entityDecision(BRIDGE_ARTICLE, 'Riverton Council', {
        entity: 'ORG:riverton council',
        entityName: 'Riverton Council',
        type: 'none',
      }),
    );
    const cases: [type: 'PER' | 'LOC' | 'ORG', name: string, expected: string][] = [
      ['PER', 'Tom  Brandt', 'PER:thomas brandt'],
      ['PER', 'Anna Keller', 'PER:anna keller'],
      ['ORG', 'Riverton Council', 'ORG:riverton council'],
    ];
    for (const [type, name, expected] of cases) assert.equal(reviewedEntityKey(type, name, rules), expected, name);
  });
});
