// Speaker confidence is the fitted model's probability from the evidence, not a constant per rule.
import assert from 'node:assert/strict';
import { analyze, SPEAKER_FEATURES, speakerFeatures } from '../../../src/engine';
import model from '../../../src/engine/quotes/speakerConfidence.json';

const speakers = (text: string) =>
  analyze(text)
    .quotes.filter((q) => !q.partial)
    .map((q) => q.speaker);

describe('speaker confidence', () => {
  it('ships one fitted weight per evidence feature', () => {
    assert.deepEqual(model.features, [...SPEAKER_FEATURES]);
    assert.equal(model.weights.length, SPEAKER_FEATURES.length);
  });

  it('differs between speakers found by the same rule on different evidence', () => {
    const [person, word] = speakers(
      'Mara Lind chairs the board.\n\n“The ballots are safe,” Mara Lind said.\n\n“The count is late,” Bristol said.',
    );
    assert.ok(person && word);
    assert.equal(person.rule, word.rule);
    assert.ok(person.confidence > word.confidence, `${person.confidence} > ${word.confidence}`);
  });

  it('keeps the rule’s own confidence and says where the number comes from', () => {
    const [s] = speakers('“The ballots are safe,” Mara Lind said.');
    assert.ok(s && s.confidence > 0 && s.confidence < 1);
    assert.equal(typeof s.ruleConfidence, 'number');
    assert.ok(s.evidence.some((e) => /^confidence 0\.\d\d from the evidence/.test(e)));
  });

  it('gives every attributed quote a feature vector of the model’s length', () => {
    const a = analyze('“Yes,” said Ana Ruiz. “No,” he said.');
    const features = speakerFeatures({ text: 'x', quotes: a.quotes, entities: a.entities });
    for (const [i, q] of a.quotes.entries())
      assert.equal(features[i]?.length ?? null, q.speaker ? SPEAKER_FEATURES.length : null);
  });
});
