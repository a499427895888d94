// A bare surname several people of the article share: decided by evidence, or flagged as ambiguous, never silent.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

const PREFACE =
  'The county fair opened on Saturday under grey skies.\n\nThousands came for the rides and the food.\n\n';

const lastSpeaker = (text: string) => {
  const a = analyze(text);
  const quotes = a.quotes.filter((q) => !q.partial);
  return { speaker: quotes[quotes.length - 1]?.speaker, problems: a.problems };
};

describe('speakers: a surname several people share', () => {
  it('goes to the person the lead is about, not to the relative named later', () => {
    const { speaker } = lastSpeaker(
      'Senator Ted Cruz campaigned in Houston on Monday and asked voters for patience.\n\n' +
        'His father, Rafael Cruz, a pastor, had opened the rally with a prayer.\n\n' +
        'The crowd cheered for ten minutes.\n\n“We will win Texas,” Cruz said.',
    );
    assert.equal(speaker?.name, 'Ted Cruz');
    assert.equal(speaker?.ambiguity, undefined);
  });

  it('follows a pronoun through the bare surname to the person the evidence picks, not to the last full name', () => {
    const { speaker } = lastSpeaker(
      'Mayor Paul Ortiz opened the new library on Friday and promised longer hours.\n\n' +
        'His brother, Pablo Ortiz, a teacher, read to the children.\n\n' +
        'Ortiz later met the librarians. “We will keep it open on Sundays,” he said.',
    );
    assert.equal(speaker?.name, 'Paul Ortiz');
    assert.ok(
      speaker!.evidence.some((e) => /"he" → "Ortiz"/.test(e)),
      speaker!.evidence.join(' | '),
    );
  });

  it('agrees with the pronouns around the quote', () => {
    const { speaker } = lastSpeaker(
      PREFACE +
        'Ann Fowler and Tom Fowler run the bakery stall. She bakes before dawn. “We sell out by noon,” Fowler said.',
    );
    assert.equal(speaker?.name, 'Ann Fowler');
  });

  it('flags a tie as an ambiguous speaker with both names and a low confidence', () => {
    const { speaker, problems } = lastSpeaker(
      PREFACE + 'Ted Cruz and Rafael Cruz arrived together. “It was a good day,” Cruz said.',
    );
    assert.equal(speaker?.ambiguity, 'surname');
    assert.deepEqual(speaker?.candidates?.map((c) => c.name).sort(), ['Rafael Cruz', 'Ted Cruz']);
    assert.ok(speaker!.confidence <= 0.5, `confidence ${speaker!.confidence}`);
    const problem = problems.find((p) => p.code === 'ambiguous-speaker');
    assert.match(problem?.message ?? '', /^ambiguous speaker: (Ted Cruz or Rafael Cruz|Rafael Cruz or Ted Cruz)$/);
  });

  it('leaves a surname only one person has alone', () => {
    const { speaker, problems } = lastSpeaker(PREFACE + 'Ted Cruz arrived late. “It was a good day,” Cruz said.');
    assert.equal(speaker?.name, 'Ted Cruz');
    assert.equal(problems.filter((p) => p.code === 'ambiguous-speaker').length, 0);
  });
});
