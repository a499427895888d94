// Property tests: on random news-like text (words, names, quotation marks, punctuation, line breaks,
// emoji, a sometimes-present header) every analysis is well-formed and deterministic.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, clearParseCache } from '../../../src/engine';
import type { Analysis, AnalyzeOptions } from '../../../src/engine/types';
import { checkAnalysis } from '../helpers/invariants';

/** ~200 runs per property; PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS) || 200;
const TODAY = '2026-01-01';

const word = fc.constantFrom(
  'the',
  'said',
  'minister',
  'will',
  'not',
  'on',
  'Monday',
  'yesterday',
  'last week',
  'government',
  'according to',
  'told reporters',
  'may',
  'reportedly',
  'he',
  'she',
  'they',
  'officials',
  'a source',
  'in',
  'of',
  'and',
  'It’s',
  "don't",
  '1990s',
  '$5 million',
  'Sept. 11',
  'U.S.',
);
const name = fc.constantFrom(
  'Ann Lee',
  'Maria Lopez',
  'Peter Novak',
  'Mr. Smith',
  'Dr. Aiko Tanaka',
  'President Grace Mensah',
  'Paris',
  'Kenya',
  'New York',
  'the United Nations',
  'Acme Corp',
  'NATO',
  'Lee',
  'Ukrainian',
);
const mark = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„');
const punctuation = fc.constantFrom('.', ',', '!', '?', ';', ':', '—', '–', '...', '…', '(', ')', '-', '/');
const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '\n\n\n');
const emoji = fc.constantFrom('😀', '🇫🇷', '👩‍🚒', '𝄞', '🎉🎉', '\u200b', '\u00a0');
const oddity = fc.string({ maxLength: 3, unit: 'binary' });
const separator = fc.constantFrom(' ', ' ', ' ', '', '\t', '  ');

const piece = fc.tuple(
  fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 3, arbitrary: name },
    { weight: 3, arbitrary: mark },
    { weight: 2, arbitrary: punctuation },
    { weight: 1, arbitrary: lineBreak },
    { weight: 1, arbitrary: emoji },
    { weight: 1, arbitrary: oddity },
  ),
  separator,
);
const header = fc.constantFrom(
  '',
  '',
  'date 2023-03-08 ',
  '  date 2024-02-29 ',
  'date 2023-02-30 ',
  'date 2999-01-01 ',
  'date 23-3-8 ',
  '\ufeffdate 2023-03-08\n',
);

/** A random news-like text: an optional header, then pieces and separators. */
const articleText = fc
  .tuple(header, fc.array(piece, { maxLength: 120 }))
  .map(([head, pieces]) => head + pieces.map(([p, sep]) => p + sep).join(''));

/** A quote-dense variant: every third piece is a quotation mark around a short phrase. */
const quotedText = fc
  .array(
    fc.tuple(
      mark,
      fc.array(word, { minLength: 1, maxLength: 6 }),
      mark,
      fc.constantFrom(',', '.', ''),
      name,
      fc.constantFrom(' said.', ' added', ' told reporters.', ''),
      fc.constantFrom(' ', '\n\n', ' '),
    ),
    { maxLength: 20 },
  )
  .map((parts) =>
    parts
      .map(
        ([open, words, close, comma, who, verb, sep]) =>
          `${open}${words.join(' ')}${comma}${close} ${who}${verb}${sep}`,
      )
      .join(''),
  );

/** Reporting sentences from templates (quotes, claims, according-to, appositives), with dropped marks and stray noise. */
const clause = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const speaker = fc.oneof(
  name,
  fc.constantFrom(
    'he',
    'she',
    'they',
    'officials',
    'a spokesman',
    'the ministry',
    'Lee, a doctor,',
    'Ann Lee (D-Calif.)',
  ),
);
const verb = fc.constantFrom(
  'said',
  'says',
  'added',
  'told reporters',
  'warned',
  'claimed',
  'insisted',
  'wrote',
  'has said',
);
const sentence = fc.oneof(
  fc.tuple(speaker, verb, clause).map(([s, v, c]) => `${s} ${v} that ${c}.`),
  fc.tuple(clause, speaker, verb).map(([c, s, v]) => `“${c},” ${s} ${v}.`),
  fc.tuple(clause, verb, speaker).map(([c, v, s]) => `"${c}," ${v} ${s}.`),
  fc.tuple(speaker, verb, clause).map(([s, v, c]) => `${s} ${v}: “${c}.”`),
  fc.tuple(speaker, clause).map(([s, c]) => `According to ${s}, ${c}.`),
  fc.tuple(speaker, verb, clause, clause).map(([s, v, c, d]) => `${s} ${v} the plan was a “${c}” and ${d}.`),
  fc.tuple(clause, clause).map(([c, d]) => `“${c}. ${d}`),
);
const noise = fc.constantFrom('', '', '', '', ' 😀', '\n', '\n\n', ' —', ' (', ')', '“', '”', "'", '\u200b');
const reportedText = fc
  .tuple(header, fc.array(fc.tuple(sentence, noise, fc.constantFrom(' ', ' ', '\n\n')), { maxLength: 25 }))
  .map(([head, parts]) => head + parts.map(([s, n, sep]) => s + n + sep).join(''));

/** The repository's sample seed file, found upwards from the compiled test. */
function sampleSeed(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'seeds', '000_ff2cfafdf74160c4.txt');
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new Error('seeds/000_ff2cfafdf74160c4.txt not found');
}

/** Edits as typed or pasted: insert a piece or delete a range, at relative positions. */
const edit = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.oneof(
    piece.map(([p]) => ({ insert: p })),
    fc.integer({ min: 1, max: 40 }).map((n) => ({ remove: n })),
  ),
);
function applyEdits(text: string, edits: readonly [number, { insert?: string; remove?: number }][]): string {
  for (const [where, change] of edits) {
    const at = Math.floor(where * text.length);
    text =
      change.insert !== undefined
        ? text.slice(0, at) + change.insert + text.slice(at)
        : text.slice(0, at) + text.slice(at + (change.remove ?? 0));
  }
  return text;
}

const optionsArb = fc.record({
  expectHeader: fc.boolean(),
  referenceDate: fc.constantFrom(undefined, '2023-03-08'),
  maxChars: fc.constantFrom(undefined, undefined, undefined, 40, 300),
  tagging: fc.constantFrom('full' as const, 'full' as const, 'fast' as const),
});

function analyzeChecked(text: string, options: AnalyzeOptions): Analysis {
  const analysis = analyze(text, { today: TODAY, ...options });
  checkAnalysis(text, analysis);
  return analysis;
}

describe('properties of analyze() on random text', function () {
  this.timeout(120000);

  for (const [label, texts] of [
    ['news-like text', articleText],
    ['quote-dense text', quotedText],
    ['reporting sentences', reportedText],
  ] as const) {
    it(`${label}: no exception, spans in [0, length], start ≤ end, sorted, quotes disjoint`, () => {
      fc.assert(
        fc.property(texts, optionsArb, (text, options) => {
          analyzeChecked(text, options);
        }),
        { numRuns: RUNS },
      );
    });

    it(`${label}: deterministic, whatever the parse cache holds`, () => {
      fc.assert(
        fc.property(texts, texts, optionsArb, (text, other, options) => {
          clearParseCache();
          const cold = analyzeChecked(text, options);
          analyze(other, { today: TODAY });
          const warm = analyze(text, { today: TODAY, ...options });
          assert.deepEqual(warm, cold);
          clearParseCache();
          assert.deepEqual(analyze(text, { today: TODAY, ...options }), cold);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('random edits of the sample seed file keep every invariant', () => {
    const seed = sampleSeed();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        analyzeChecked(applyEdits(seed, edits), { expectHeader: true });
      }),
      { numRuns: RUNS },
    );
  });

  it('CRLF line endings find the same quotes, mentions and dates as LF', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, reportedText), (text) => {
        const lf = text.replace(/\r\n/g, '\n').replace(/\r/g, '');
        const crlf = lf.replace(/\n/g, '\r\n');
        const texts = (t: string, spans: readonly { start: number; end: number }[]): string[] =>
          spans.map((s) => t.slice(s.start, s.end).replace(/\r/g, ''));
        const a = analyzeChecked(lf, {});
        const b = analyzeChecked(crlf, {});
        assert.deepEqual(texts(crlf, b.quotes), texts(lf, a.quotes));
        assert.deepEqual(texts(crlf, b.mentions), texts(lf, a.mentions));
        assert.deepEqual(texts(crlf, b.dates), texts(lf, a.dates));
      }),
      { numRuns: RUNS },
    );
  });

  it('a leading emoji paragraph shifts quotes and mentions by its length and changes nothing else', () => {
    const prefix = '😀🎉 👩‍🚒\n\n';
    fc.assert(
      fc.property(quotedText, (body) => {
        const plain = analyzeChecked(body, {});
        const shifted = analyzeChecked(prefix + body, {});
        const shift = (spans: readonly { start: number; end: number }[]): [number, number][] =>
          spans.map((s) => [s.start + prefix.length, s.end + prefix.length]);
        const spans = (list: readonly { start: number; end: number }[]): [number, number][] =>
          list.map((s) => [s.start, s.end]);
        assert.deepEqual(spans(shifted.quotes), shift(plain.quotes));
        assert.deepEqual(spans(shifted.mentions), shift(plain.mentions));
        assert.deepEqual(
          shifted.quotes.map((q) => q.speaker?.name ?? null),
          plain.quotes.map((q) => q.speaker?.name ?? null),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
