// A long article's first window against the whole article: long articles generated from the sample in
// seeds/, the window's end falling on each of the sample's paragraphs in turn; what the window reports
// (quotes, speakers and the words they rest on, claims, dates, problems) is what the whole analysis finds there.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze, analyzeFirstWindow, analyzeWindow, firstWindow, WINDOWED_MIN_CHARS } from '../../../src/engine';
import type { Analysis, AnalyzeOptions, Attribution, Quote } from '../../../src/engine/types';
import { WINDOW_CHARS, WINDOW_MAX_VISIBLE_END, WINDOW_OVERLAP_CHARS } from '../../../src/engine/windows';
import { checkAnalysis } from '../helpers/invariants';
import { repoRoot } from '../helpers/repoRoot';

const OPTIONS: AnalyzeOptions = { expectHeader: true, today: '2026-12-01' };
const PEOPLE = [
  ['Jens', 'Stoltenberg'],
  ['Maria', 'Lindqvist'],
  ['Peter', 'Novak'],
  ['Grace', 'Mensah'],
  ['Ahmed', 'Karim'],
];

/**
 * The sample article's header and paragraphs; a quote that opens a paragraph runs on into the next one at its
 * first ", and" (its speaker, named at its end, is then found by looking ahead across a blank line).
 */
function sample(): { header: string; paragraphs: string[] } {
  const dir = path.join(repoRoot(), 'seeds');
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.txt'))!;
  const text = fs.readFileSync(path.join(dir, file), 'utf8').trim();
  const [first, ...rest] = text.split(/\n\s*\n/);
  const header = /^date \d{4}-\d{2}-\d{2}\s*/.exec(first!)![0];
  const paragraphs = [first!.slice(header.length), ...rest].map((p) => p.trim());
  return {
    header: header.trim(),
    paragraphs: paragraphs.flatMap((p) => (p.startsWith('“') ? p.replace(', and ', '.\n\n“And ') : p).split('\n\n')),
  };
}

/** About `chars` characters: the sample's paragraphs from `shift` on, over and over, each copy about another person. */
function longArticle(chars: number, shift: number): string {
  const { header, paragraphs } = sample();
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  const out: string[] = [];
  for (let copy = 0, length = 0; length < chars; copy++) {
    const [first, last] = PEOPLE[copy % PEOPLE.length]!;
    for (const p of rotated) {
      const paragraph = p.replaceAll('Jens', first!).replaceAll('Stoltenberg', last!);
      out.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return `${header}\n${out.join('\n\n')}\n`;
}

const speaker = (a: Attribution | null) =>
  a && { name: a.name, rule: a.rule, mention: a.mention, cue: a.cue, phrase: a.phrase, anonymous: a.anonymous };
const quoteFacts = (q: Quote) => ({ ...q, speaker: speaker(q.speaker) });

/** The whole analysis of what starts in the covered part, in the window's terms. */
function wholeOverCovered(whole: Analysis, end: number) {
  return {
    quotes: whole.quotes.filter((q) => q.start < end).map(quoteFacts),
    claims: whole.claims.filter((c) => c.sentence.start < end).map((c) => ({ ...c, source: speaker(c.source) })),
    dates: whole.dates.filter((d) => d.start < end),
    problems: whole.problems.filter((p) => p.start < end),
    paragraphs: whole.paragraphs.filter((p) => p.start < end),
  };
}

/** Offsets of the blank lines between paragraphs in `text` from `from` to `to`. */
function paragraphBreaks(text: string, from: number, to: number): number[] {
  return [...text.slice(0, to).matchAll(/\n\s*\n/g)].map((m) => m.index).filter((at) => at >= from);
}

/** The window's report and the whole analysis over the same part, in comparable terms. */
function compare(text: string, windowed: Analysis, whole: Analysis): void {
  const end = windowed.window!.covered.end;
  checkAnalysis(text, windowed);
  assert.deepEqual(
    {
      quotes: windowed.quotes.map(quoteFacts),
      claims: windowed.claims.map((c) => ({ ...c, source: speaker(c.source) })),
      dates: windowed.dates,
      problems: windowed.problems,
      paragraphs: windowed.paragraphs,
    },
    wholeOverCovered(whole, end),
    `the window covering [0, ${end}) reports what the whole analysis finds there`,
  );
  for (const m of windowed.mentions.filter((x) => x.start < end))
    assert.ok(
      whole.mentions.some((x) => x.start === m.start && x.end === m.end && x.type === m.type),
      `the window's mention ${m.text} at ${m.start} is the whole analysis' too`,
    );
}

describe('windows: a long article’s first window reports what the whole analysis finds there', function () {
  this.timeout(120000);

  it('at the real sizes', () => {
    const text = longArticle(1.3 * WINDOWED_MIN_CHARS, 3);
    const windowed = analyzeFirstWindow(text, OPTIONS);
    const whole = analyze(text, OPTIONS);
    assert.ok(windowed.window && windowed.window.covered.end >= WINDOW_CHARS, 'a long article is analysed in a window');
    assert.equal(whole.window, undefined, 'the whole analysis is not marked as a window');
    assert.ok(windowed.quotes.length > 50 && windowed.claims.length > 50, 'the window reports quotes and claims');
    compare(text, windowed, whole);
  });

  it('whichever paragraph the covered part ends after (the overlap looks past it)', () => {
    const text = longArticle(8 * sample().paragraphs.join('').length, 0);
    const whole = analyze(text, OPTIONS);
    const breaks = paragraphBreaks(text, 1, text.length / 4);
    assert.ok(breaks.length > 10, `${breaks.length} paragraph breaks`);
    let differsWithoutOverlap = 0;
    for (const at of breaks) {
      const sizes = { minText: 0, covered: at, overlap: WINDOW_OVERLAP_CHARS / 4 };
      const window = firstWindow(text, 0, sizes)!;
      assert.equal(window.covered.end, at);
      compare(text, analyzeWindow(text, window, OPTIONS), whole);
      const bare = analyzeWindow(text, firstWindow(text, 0, { ...sizes, overlap: 0 })!, OPTIONS);
      if (!isDeepStrictEqual(bare.quotes.map(quoteFacts), wholeOverCovered(whole, at).quotes)) differsWithoutOverlap++;
    }
    assert.ok(differsWithoutOverlap > 0, 'without the overlap, a quote running on past the window loses its speaker');
  });

  it('ends its covered part and its overlap at blank lines, past the visible range', () => {
    const text = longArticle(3 * WINDOWED_MIN_CHARS, 0);
    const window = firstWindow(text)!;
    assert.ok(window.covered.end >= WINDOW_CHARS && window.analysed > window.covered.end + WINDOW_OVERLAP_CHARS);
    for (const at of [window.covered.end, window.analysed]) assert.match(text.slice(at, at + 3), /^\n\s*\n/);
    assert.ok(firstWindow(text, 80_000)!.covered.end >= 80_000, 'a window reaches the end of the visible range');
    assert.equal(
      firstWindow(text, WINDOW_MAX_VISIBLE_END + 1)!.covered.end,
      window.covered.end,
      'a visible range far down is not waited for',
    );
  });

  it('analyses an article of ordinary length whole', () => {
    const text = longArticle(WINDOWED_MIN_CHARS / 2, 0);
    assert.equal(firstWindow(text), undefined);
    assert.equal(analyzeFirstWindow(text, OPTIONS).window, undefined);
  });
});
