// Claim-source confidence is the fitted model's probability from the evidence, as for quote speakers.
import assert from 'node:assert/strict';
import { analyze, CLAIM_SOURCE_FEATURES, claimSourceFeatures } from '../../../src/engine';
import model from '../../../src/engine/claims/claimSourceConfidence.json';

const sources = (text: string) => analyze(text).claims.map((c) => ({ ...c.source, rule: c.sourceRule }));

describe('claim-source confidence', () => {
  it('ships one fitted weight per evidence feature', () => {
    assert.deepEqual(model.features, [...CLAIM_SOURCE_FEATURES]);
    assert.equal(model.weights.length, CLAIM_SOURCE_FEATURES.length);
  });

  it('names the rule that found each source', () => {
    const [s] = sources('Mara Lind said that the ballots were safe.');
    assert.equal(s?.name, 'Mara Lind');
    assert.equal(s?.rule, 'next-to-cue');
  });

  it('ranks a named person next to the cue above a source far from it, with a long claim between', () => {
    const [near] = sources('Mara Lind said that the ballots were safe.');
    const [far] = sources(
      'The election board, which met on Tuesday in the old town hall after a long week of recounts in three districts, ' +
        'has argued in several letters that the ballots in every district were counted twice by hand, that no machine ' +
        'was ever connected to a network, and that the results would stand.',
    );
    assert.ok(near && far);
    assert.ok(near.confidence > far.confidence, `${near.confidence} > ${far.confidence}`);
  });

  it('keeps the rule’s own confidence and says where the number comes from', () => {
    const [s] = sources('Mara Lind said that the ballots were safe.');
    assert.ok(s && s.confidence > 0 && s.confidence < 1);
    assert.equal(typeof s.ruleConfidence, 'number');
    assert.ok(s.evidence.some((e) => /^confidence 0\.\d\d from the evidence/.test(e)));
  });

  it('gives every claim a feature vector of the model’s length', () => {
    const a = analyze('Officials said that the bridge would open. It is expected that the road will close.');
    const features = claimSourceFeatures({ text: 'x', claims: a.claims, quotes: a.quotes, entities: a.entities });
    assert.ok(a.claims.length >= 1);
    for (const f of features) assert.equal(f.length, CLAIM_SOURCE_FEATURES.length);
  });
});
