// Conflicts found by wording hashes and the similarity join equal those of comparing every pair of quotes,
// on generated collections (fast-check); the join alone equals a brute-force overlap check.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  classifyPair,
  compareConflicts,
  DEFAULTS,
  findConflicts,
  quoteWords,
  shareEnoughUncommonWords,
  uncommonWords,
  wordSimilarity,
  type ConflictOptions,
} from '../../../../src/core/report/conflicts';
import type { Conflict, QuoteItem } from '../../../../src/core/report/protocol';
import { overlapJoin, sharedNeeded } from '../../../../src/core/report/similarityJoin';

/** The pairwise search the report used before: every pair of quotes sharing uncommon words classified. */
function pairwiseConflicts(items: readonly QuoteItem[], options: ConflictOptions = {}): Conflict[] {
  const opts = { ...DEFAULTS, ...options };
  const prepared = items
    .map((item) => ({ item, words: quoteWords(item.text) }))
    .filter((p) => p.words.length >= opts.minWords)
    .map((p) => ({ ...p, set: new Set(p.words), joined: p.words.join(' ') }));
  const uncommon = uncommonWords(prepared.map((p) => p.set));
  const rare = prepared.map((p) => new Set([...p.set].filter(uncommon)));
  const out: Conflict[] = [];
  for (let j = 0; j < prepared.length; j++)
    for (let i = j + 1; i < prepared.length; i++) {
      const [a, b] = [prepared[j]!, prepared[i]!];
      if (!shareEnoughUncommonWords(rare[i]!, rare[j]!)) continue;
      const sim = wordSimilarity(a.set, b.set);
      const kind = classifyPair(a.item, b.item, sim, a.joined === b.joined, opts);
      if (kind) out.push({ kind, similarity: Math.round(sim.jaccard * 100) / 100, a: a.item, b: b.item });
    }
  return out.sort(compareConflicts).slice(0, opts.limit);
}

const VOCABULARY = 'we will never accept a deal that leaves our farmers without protection the plan is'.split(' ');
const SPEAKERS = ['PER:ann', 'PER:bo', 'ORG:council'];

const quoteArb = fc.record({
  words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 14 }),
  speaker: fc.constantFrom(...SPEAKERS),
  file: fc.integer({ min: 0, max: 5 }),
  line: fc.integer({ min: 0, max: 40 }),
});

function itemsOf(quotes: { words: string[]; speaker: string; file: number; line: number }[]): QuoteItem[] {
  return quotes.map((q) => ({
    text: q.words.join(' '),
    speaker: q.speaker,
    speakerKey: q.speaker,
    ref: { path: `/ws/f${q.file}.txt`, file: `f${q.file}.txt`, range: [q.line, 0, q.line, q.words.length] },
  }));
}

/** A collection where many quotes repeat others word for word (as syndicated articles do). */
const collectionArb = fc
  .array(quoteArb, { minLength: 0, maxLength: 60 })
  .chain((quotes) =>
    fc
      .array(fc.record({ of: fc.nat(), speaker: fc.constantFrom(...SPEAKERS), file: fc.nat(5) }), { maxLength: 30 })
      .map((copies) =>
        quotes.length
          ? [...quotes, ...copies.map((c) => ({ ...quotes[c.of % quotes.length]!, speaker: c.speaker, file: c.file }))]
          : quotes,
      ),
  );

describe('report conflicts: hashing and similarity join', () => {
  it('equals the pairwise comparison on generated collections', () =>
    fc.assert(
      fc.property(collectionArb, (quotes) => {
        const items = itemsOf(quotes);
        assert.deepEqual(findConflicts(items), pairwiseConflicts(items));
      }),
      { numRuns: 300 },
    ));

  it('equals the pairwise comparison with other thresholds and a small limit', () =>
    fc.assert(
      fc.property(
        collectionArb,
        fc.record({
          minWords: fc.integer({ min: 1, max: 6 }),
          sameQuote: fc.constantFrom(0.6, 0.75, 0.9, 1),
          reworded: fc.constantFrom(0.3, 0.5, 0.7),
          limit: fc.integer({ min: 1, max: 20 }),
        }),
        (quotes, options) => {
          const items = itemsOf(quotes);
          assert.deepEqual(findConflicts(items, options), pairwiseConflicts(items, options));
        },
      ),
      { numRuns: 300 },
    ));

  it('the overlap join finds exactly the pairs a brute-force check finds', () =>
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 }), { maxLength: 40 }),
        fc.constantFrom(0.3, 0.5, 0.9, 1),
        fc.subarray(VOCABULARY),
        (lists, t, distinctiveWords) => {
          const sets = lists.map((l) => new Set(l));
          const distinctive = new Set(distinctiveWords);
          const found = new Set<string>();
          overlapJoin(
            sets,
            t,
            (i, j) => found.add(i < j ? `${i},${j}` : `${j},${i}`),
            (w) => distinctive.has(w),
          );
          const expected = new Set<string>();
          for (let i = 0; i < sets.length; i++)
            for (let j = i + 1; j < sets.length; j++) {
              const shared = [...sets[i]!].filter((w) => sets[j]!.has(w));
              if (
                shared.length >= sharedNeeded(t, Math.min(sets[i]!.size, sets[j]!.size)) &&
                shared.some((w) => distinctive.has(w))
              )
                expected.add(`${i},${j}`);
            }
          assert.deepEqual([...found].sort(), [...expected].sort());
        },
      ),
      { numRuns: 400 },
    ));

  it('pairs a quote repeated in many articles with each other speaker of it', () => {
    const text = 'We will never accept a deal that leaves our farmers without protection';
    const items = itemsOf(
      Array.from({ length: 30 }, (_, i) => ({
        words: text.split(' '),
        speaker: i === 0 ? 'PER:bo' : 'PER:ann',
        file: i,
        line: 1,
      })),
    );
    const found = findConflicts(items);
    assert.equal(found.length, 29);
    assert.ok(found.every((c) => c.kind === 'different-speakers' && c.a.speakerKey === 'PER:bo'));
  });
});
